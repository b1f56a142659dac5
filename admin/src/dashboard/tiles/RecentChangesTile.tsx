import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { actionLabel, eventVersion, useActorLabel } from '../../commons/history/AuditTrail.tsx';
import type { RecentChange } from '../../providers/dashboard/dashboardMethods.ts';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';
import { frameworkPath } from '../../resources/program/ProgramLinks.tsx';
import { errorKey, TileCard } from './TileCard.tsx';

const SHOWN = 10;
const RESOURCES = ['Organization', 'PartnerAgreement', 'Program'];

/** Where a changed record is seen: its Show page, or its program's framework for framework items. */
export function recordPath(e: Pick<RecentChange, 'entityType' | 'entityId' | 'action'>): string | null {
  if (RESOURCES.includes(e.entityType)) return e.action === 'DELETE' ? null : `/${e.entityType}/${encodeURIComponent(e.entityId)}/show`;
  // Framework items' ids start with their program's id (`<programId>~…`, functions/modules/framework/ids.ts).
  const programId = e.entityId.split('~')[0];
  return programId && e.entityId.includes('~') ? frameworkPath(programId) : null;
}

/**
 * The latest changes across records (every program), newest first: one `recentChanges` (the audit
 * feed index, at most two Queries). Staff and admin only; records with personal data never appear.
 */
export const RecentChangesTile = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const actor = useActorLabel();
  const dataProvider = useRutaDataProvider();
  const { data, error } = useQuery({
    queryKey: ['ruta', 'dashboard', 'recent'],
    queryFn: () => dataProvider.recentChanges(SHOWN).then((r) => r.data),
  });
  const t = (key: string) => translate(`ruta.dashboard.team.recent.${key}`);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <TileCard title="ruta.dashboard.team.recent.title" note={t('note')} wide loading={!data} error={errorKey(error)}>
      {data && data.length === 0 && <Typography color="text.secondary">{t('empty')}</Typography>}
      {data && data.length > 0 && (
        <Table size="small" aria-label={t('list')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('ruta.history.at')}</TableCell>
              <TableCell>{translate('ruta.history.actor')}</TableCell>
              <TableCell>{translate('ruta.history.action')}</TableCell>
              <TableCell>{t('record')}</TableCell>
              <TableCell align="right">{translate('ruta.history.version')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((e) => {
              const path = recordPath(e);
              const type = translate(`ruta.history.types.${e.entityType}`, { _: e.entityType });
              return (
                <TableRow key={e.id}>
                  <TableCell>
                    <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
                  </TableCell>
                  <TableCell>{actor(e)}</TableCell>
                  <TableCell>{translate(actionLabel(e.action), { _: e.action })}</TableCell>
                  <TableCell>{path ? <Link to={path}>{type}</Link> : type}</TableCell>
                  <TableCell align="right">{eventVersion(e)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </TileCard>
  );
};
