import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useGetList, useStore, useTranslate } from 'react-admin';
import { useRole } from '../commons/useRole.ts';
import type { ProgramRecord } from '../providers/graphql/fragments.ts';
import { tilesFor } from './tiles.ts';

/** Most recent first: the program that started last (then by name), the dashboard's default. */
export const byRecency = (a: ProgramRecord, b: ProgramRecord) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name);

/**
 * The program team's dashboard: a program selector (the most recent program by default, the choice
 * remembered) and the registered tiles the role may see (tiles.ts). Renders nothing for roles with no tile.
 */
export const ProgramDashboard = () => {
  const translate = useTranslate();
  const role = useRole();
  const tiles = tilesFor(role);
  const { data: programs } = useGetList<ProgramRecord>('Program', { pagination: { page: 1, perPage: 100 } }, { enabled: tiles.length > 0 });
  const [chosen, setChosen] = useStore<string | undefined>('ruta.dashboard.program', undefined);
  const sorted = useMemo(() => [...(programs ?? [])].sort(byRecency), [programs]);
  if (!tiles.length) return null;
  const program = sorted.find((p) => p.id === chosen) ?? sorted[0];
  return (
    <Box sx={{ mb: 2 }} data-testid="program-dashboard">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <Typography variant="h6" component="h2">
          {translate('ruta.dashboard.team.title')}
        </Typography>
        {sorted.length > 0 && program && (
          <TextField
            select
            size="small"
            label={translate('ruta.dashboard.team.program')}
            value={program.id}
            onChange={(e) => setChosen(e.target.value)}
            fullWidth={false}
            sx={{ width: { xs: '100%', sm: 440 } }}
          >
            {sorted.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.name}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Box>
      {programs && !program && <Typography color="text.secondary">{translate('ruta.dashboard.team.no_programs')}</Typography>}
      {program && (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
          {tiles.map(({ id, Component }) => (
            <Component key={`${id}:${program.id}`} program={program} />
          ))}
        </Box>
      )}
    </Box>
  );
};
