import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';
import type { DashboardTileProps } from '../tiles.ts';
import { errorKey, TileCard } from './TileCard.tsx';

const DAY = 86_400_000;
/** How far ahead the tile looks. */
export const EXPIRING_DAYS = 90;
const SHOWN = 10;

/** Today and today + 90 days as ISO dates, in UTC like the server's derived status. */
export function expiringWindow(now = new Date()): { from: string; to: string } {
  const from = now.toISOString().slice(0, 10);
  const to = new Date(Date.parse(`${from}T00:00:00Z`) + EXPIRING_DAYS * DAY).toISOString().slice(0, 10);
  return { from, to };
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/**
 * Active agreements of the program ending in the next 90 days, soonest first: one
 * `partnerAgreements(filter: { programId, status: ACTIVE, endFrom, endTo })`, served by the program
 * copies' end-date index (one Query; a filter on status may read up to three pages).
 */
export const ExpiringAgreementsTile = ({ program }: DashboardTileProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useRutaDataProvider();
  const { from, to } = expiringWindow();
  const { data, error } = useQuery({
    queryKey: ['ruta', 'dashboard', 'expiring', program.id, from, to],
    queryFn: () => dataProvider.expiringAgreements(program.id, from, to, SHOWN),
  });
  const t = (key: string, options?: object) => translate(`ruta.dashboard.team.expiring.${key}`, options);
  const date = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
  return (
    <TileCard title="ruta.dashboard.team.expiring.title" loading={!data} error={errorKey(error)}>
      {data && data.data.length === 0 && <Typography color="text.secondary">{t('empty')}</Typography>}
      {data && data.data.length > 0 && (
        <List dense disablePadding aria-label={t('list')}>
          {data.data.map((a) => {
            const left = a.endDate ? daysBetween(from, a.endDate) : 0;
            return (
              <ListItem key={a.id} disableGutters>
                <ListItemText
                  primary={<Link to={`/PartnerAgreement/${encodeURIComponent(a.id)}/show`}>{a.title}</Link>}
                  secondary={`${t('ends', { date: a.endDate ? date(a.endDate) : '—' })} · ${left === 0 ? t('today') : t('days_left', { smart_count: left })}`}
                />
              </ListItem>
            );
          })}
        </List>
      )}
      {data?.hasMore && (
        <Typography variant="caption" color="text.secondary">
          {t('more')}
        </Typography>
      )}
    </TileCard>
  );
};
