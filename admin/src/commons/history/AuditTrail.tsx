/**
 * The history of one record: who changed it (actor and role), when, what (created, changed, deleted…)
 * and the record's version after the change — the API's audit events (`auditEvents(entityType,
 * entityId)`, schema/graphql/common.graphql), newest first, 25 a page with "Load more".
 *
 * Usage:
 *
 *   // anywhere (a dialog, a drawer, a section): the caller decides who sees it — wrap it in
 *   // `useCanReadHistory()` (only roles the policy lets read `Query.auditEvents`: admin, staff).
 *   <AuditTrail entityType="Objective" entityId={objective.id} />
 *
 *   // a Show page with a TabbedShowLayout: the tab (hidden from roles that may not read the audit),
 *   // the record's id from the record context; give `path` on the element, TabbedShowLayout reads it.
 *   <HistoryTab entityType="Organization" path="history" />
 *
 * Props of AuditTrail: `entityType` (string, the GraphQL type name), `entityId` (string, the record's
 * GraphQL `id`), optional `pageSize` (1–100, default 25), optional `refreshKey` (any value: when it
 * changes the first page is read again, e.g. the record after an action), optional `label` (i18n key or
 * text of the table's accessible name, default `ruta.history.table`), optional `actionKeys` (i18n prefix
 * of the action labels, default `ruta.history.actions`).
 *
 * What the audit events are keyed by (functions/modules/audit, records/writes.ts): `entityType` is the
 * GraphQL type, `entityId` the id the API returns for the record:
 * - Organization, PartnerAgreement, Program: their `id`; User: the username.
 * - Objective: `<programId>~<code>`; Indicator, BudgetLine, Expenditure: `<programId>~<localId>` —
 *   the scoped id the API returns as `id` (framework/ids.ts `scopedId`), so pass `node.id` as is.
 * - IndicatorValue: `<indicator id>~<YYYY-MM>`; Observation: `<programId>~<code>~<YYYY-MM>` (no versions).
 * Every event carries `versionBefore` (absent on create) and `versionAfter` (absent on delete); the
 * Version column shows the version after the change (on a delete, the version that was deleted).
 * Accounts (User) have no versions: the column shows "—".
 */
import { Alert, Box, Button, CircularProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { fromApiRole } from '@ruta/schema/roles';
import type { AuditEntry } from '../../providers/audit/auditMethods.ts';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';

export interface AuditTrailProps {
  /** The GraphQL type of the record: Organization, PartnerAgreement, Program, Objective, Indicator, BudgetLine, Expenditure, User. */
  entityType: string;
  /** The record's GraphQL `id` (framework items: the scoped `<programId>~<localId>` id as returned). */
  entityId: string;
  /** Events per page (default 25). */
  pageSize?: number;
  /** Read the first page again when this value changes. */
  refreshKey?: unknown;
  /** Accessible name of the table (an i18n key or a text). */
  label?: string;
  /** Where the action labels are (`<prefix>.CREATE`…; default `ruta.history.actions`), e.g. the account screens' own. */
  actionKeys?: string;
}

/** The version a row shows: after the change, or the deleted version; "—" for records without versions. */
export const eventVersion = (e: Pick<AuditEntry, 'versionAfter' | 'versionBefore'>): string =>
  String(e.versionAfter ?? e.versionBefore ?? '—');

/** The translation key of an audit action (CREATE, UPDATE…); unknown actions show as sent. */
export const actionLabel = (action: string, prefix = 'ruta.history.actions') => `${prefix}.${action}`;

/** "staff (Personal del programa)": who did it, with their role. */
export function useActorLabel() {
  const translate = useTranslate();
  return (e: Pick<AuditEntry, 'actor' | 'actorRole'>) => `${e.actor} (${translate(`ruta.enums.Role.${fromApiRole(e.actorRole)}`)})`;
}

/** The API errors arrive as message keys (providers/graphql/errors.ts). */
const errorKey = (e: Error | undefined) => e?.message || 'ruta.errors.INTERNAL_SERVER_ERROR';

interface TrailState {
  entries: AuditEntry[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export const AuditTrail = ({
  entityType,
  entityId,
  pageSize = 25,
  refreshKey,
  label = 'ruta.history.table',
  actionKeys = 'ruta.history.actions',
}: AuditTrailProps) => {
  const dataProvider = useRutaDataProvider();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const actor = useActorLabel();
  const [state, setState] = useState<TrailState | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const load = useCallback(
    (after: string | null, previous: AuditEntry[]) => {
      setLoading(true);
      setFailed(null);
      return dataProvider.auditEvents(entityType, entityId, pageSize, after).then(({ data, pageInfo }) => ({
        entries: [...previous, ...data],
        endCursor: pageInfo.endCursor ?? null,
        hasNextPage: pageInfo.hasNextPage,
      }));
    },
    [dataProvider, entityType, entityId, pageSize],
  );

  // First page: again when the record (or refreshKey) changes; a stale answer is dropped.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey only triggers a reload.
  useEffect(() => {
    let live = true;
    setState(null);
    load(null, []).then(
      (s) => {
        if (!live) return;
        setState(s);
        setLoading(false);
      },
      (e: Error) => {
        if (!live) return;
        setFailed(errorKey(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [load, refreshKey]);

  const loadMore = () => {
    if (!state) return;
    load(state.endCursor, state.entries).then(
      (s) => {
        setState(s);
        setLoading(false);
      },
      (e: Error) => {
        setFailed(errorKey(e));
        setLoading(false);
      },
    );
  };

  const error = failed && (
    <Alert severity="error" role="alert">
      {translate(failed, { _: failed })}
    </Alert>
  );
  if (!state) {
    return (
      error || (
        <Box sx={{ py: 2 }}>
          <CircularProgress size={24} aria-label={translate('ruta.history.loading')} />
        </Box>
      )
    );
  }
  if (!state.entries.length) return <Typography color="text.secondary">{translate('ruta.history.empty')}</Typography>;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Box>
      <Table size="small" aria-label={translate(label, { _: label })}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('ruta.history.at')}</TableCell>
            <TableCell>{translate('ruta.history.actor')}</TableCell>
            <TableCell>{translate('ruta.history.action')}</TableCell>
            <TableCell align="right">{translate('ruta.history.version')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {state.entries.map((e) => (
            <TableRow key={e.id}>
              <TableCell>
                <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
              </TableCell>
              <TableCell>{actor(e)}</TableCell>
              <TableCell>{translate(actionLabel(e.action, actionKeys), { _: e.action })}</TableCell>
              <TableCell align="right">{eventVersion(e)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {error}
      {state.hasNextPage && (
        <Button onClick={loadMore} disabled={loading} sx={{ mt: 1 }}>
          {translate('ruta.history.load_more')}
        </Button>
      )}
    </Box>
  );
};
