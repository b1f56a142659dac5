import type { DataProvider } from 'react-admin';
import { enumLabel, isoDate, namesOf } from '../../commons/export/csvExport.ts';
import { columnsOf, listExporter } from '../../commons/export/listExporter.ts';
import type { OrganizationFieldsFragment, ProgramFieldsFragment } from '../../graphql/generated/graphql.ts';
import type { UserRecord } from '../../providers/users/userProvider.ts';
import { fromApiRole } from '@ruta/schema/roles';

/** The API lists at most this many users a page: the export button asks for one page, the rest are read here. */
export const USER_EXPORT_PAGE = 100;

type Row = UserRecord & { organizationName: string; programs: { name: string }[] };

const { field, column } = columnsOf<Row>('User');

async function allUsers(first: UserRecord[], dataProvider: DataProvider): Promise<UserRecord[]> {
  const users = [...first];
  for (let page = 2, more = first.length === USER_EXPORT_PAGE; more; page++) {
    const next = await dataProvider.getList<UserRecord>('User', {
      pagination: { page, perPage: USER_EXPORT_PAGE },
      sort: { field: 'username', order: 'ASC' },
      filter: {},
    });
    users.push(...next.data);
    more = !!next.pageInfo?.hasNextPage && next.data.length > 0;
  }
  return users;
}

/** Every account (all pages), with its organization and programs by name. */
async function withNames(records: UserRecord[], dataProvider: DataProvider): Promise<Row[]> {
  const users = await allUsers(records, dataProvider);
  const organizationIds = [...new Set(users.map((u) => u.organizationId).filter((id): id is string => !!id))];
  const [organizations, programs] = await Promise.all([
    organizationIds.length
      ? dataProvider.getMany<OrganizationFieldsFragment>('Organization', { ids: organizationIds }).then((r) => r.data)
      : [],
    users.some((u) => u.programIds.length)
      ? dataProvider
          .getList<ProgramFieldsFragment>('Program', {
            pagination: { page: 1, perPage: 100 },
            sort: { field: 'id', order: 'ASC' },
            filter: {},
          })
          .then((r) => r.data)
      : [],
  ]);
  const organizationName = new Map(organizations.map((o) => [o.id, o.name]));
  const programName = new Map(programs.map((p) => [p.id, p.name]));
  return users.map((u) => ({
    ...u,
    organizationName: u.organizationId ? (organizationName.get(u.organizationId) ?? u.organizationId) : '',
    programs: u.programIds.map((id) => ({ name: programName.get(id) ?? id })),
  }));
}

/** The accounts list (admins only) as a spreadsheet: role and status as the list shows them, names instead of ids. */
export const userExporter = listExporter<UserRecord, Row>(
  'User',
  [
    field('username'),
    field('displayName'),
    field('email'),
    column('role', (u, { translate }) => enumLabel('Role', fromApiRole(u.role), translate)),
    column('organizationId', (u) => u.organizationName),
    column('programIds', (u) => namesOf(u.programs)),
    column('disabled', (u, { translate }) => translate(u.disabled ? 'ruta.users.disabled' : 'ruta.users.active')),
    column('createdAt', (u) => isoDate(u.createdAt)),
  ],
  withNames,
);
