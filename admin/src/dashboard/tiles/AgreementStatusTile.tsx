import { Box, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';
import type { DashboardTileProps } from '../tiles.ts';
import { errorKey, TileCard } from './TileCard.tsx';

const COLORS: Record<string, string> = { DRAFT: '#9e9e9e', ACTIVE: '#2e7d32', EXPIRED: '#ef6c00', TERMINATED: '#c62828' };

/**
 * The program's agreements by status (EXPIRED derived from the end date): one `agreementStatusCounts`,
 * one Query over the program's agreement copies.
 */
export const AgreementStatusTile = ({ program }: DashboardTileProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useRutaDataProvider();
  const { data, error } = useQuery({
    queryKey: ['ruta', 'dashboard', 'status', program.id],
    queryFn: () => dataProvider.agreementStatusCounts(program.id).then((r) => r.data),
  });
  const total = data?.reduce((a, c) => a + c.count, 0) ?? 0;
  const number = new Intl.NumberFormat(locale);
  return (
    <TileCard title="ruta.dashboard.team.status.title" loading={!data} error={errorKey(error)}>
      {data && (
        <>
          <Table size="small" aria-label={translate('ruta.dashboard.team.status.list')}>
            <TableBody>
              {data.map((c) => (
                <TableRow key={c.status} data-status={c.status}>
                  <TableCell component="th" scope="row">
                    {translate(`ruta.enums.AgreementStatus.${c.status}`)}
                  </TableCell>
                  <TableCell sx={{ width: '45%' }} aria-hidden>
                    <Box
                      sx={{
                        height: 10,
                        borderRadius: 1,
                        bgcolor: COLORS[c.status] ?? '#1565c0',
                        width: total ? `${(c.count / total) * 100}%` : 0,
                        minWidth: c.count ? 4 : 0,
                      }}
                    />
                  </TableCell>
                  <TableCell align="right">{number.format(c.count)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('ruta.dashboard.team.status.total', { smart_count: total })}
          </Typography>
        </>
      )}
    </TileCard>
  );
};
