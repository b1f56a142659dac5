import { foldText } from '@ruta/schema/search';
import { problem } from '@ruta/schema/problems';
import { conflict } from '#platform/errors';
import { step, type Step } from '#platform/transact';
import type { Searchable } from '#modules/search/steps';
import { OrganizationName, type OrganizationRecord } from '#modules/organization/entity';

const TYPE = 'Organization';

/** An organization as the search index sees it: found by the words of its name and its acronym, filtered by kind. */
export const organizationSearchable = (o: Pick<OrganizationRecord, 'id' | 'name' | 'acronym' | 'kind'>): Searchable => ({
  type: TYPE,
  id: o.id,
  texts: [o.name, o.acronym],
  facets: { kind: o.kind },
});

/** Another organization has this name: CONFLICT with the field and that organization's id, so a form can link to it. */
export const nameTaken = (existingId: string | undefined) =>
  conflict('Another organization already has this name (case and accents ignored); open it instead of creating another', {
    reason: 'NAME_TAKEN',
    ...(existingId ? { existingId } : {}),
    fields: [problem('input.name', 'validation.name_taken')],
  });

/** Who holds a folded name now (one GetItem), to say which organization a refused name belongs to. */
async function holderOf(foldedName: string): Promise<string | undefined> {
  const { data } = await OrganizationName.get({ foldedName }).go();
  return data?.organizationId;
}

/** Takes the name for the organization; fails as NAME_TAKEN when another organization has it. */
export function claimName(id: string, name: string): Step {
  const foldedName = foldText(name);
  return step(OrganizationName.create({ foldedName, organizationId: id }).commit(), async () => nameTaken(await holderOf(foldedName)));
}

/**
 * Gives the name up (rename, delete) when this organization holds it: read first, because data
 * written before names were guarded may have no claim, or two organizations of that name with the
 * claim on the other one (until `npm run recount -- --fix` and a rename). The delete is
 * conditional on the claim still being this organization's.
 */
export async function releaseName(id: string, name: string): Promise<Step[]> {
  const foldedName = foldText(name);
  if ((await holderOf(foldedName)) !== id) return [];
  return [
    step(
      OrganizationName.delete({ foldedName })
        .where((a, op) => op.eq(a.organizationId, id))
        .commit(),
    ),
  ];
}
