import { Box, Link } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router';

/** The public statistics page's route: reachable without signing in. */
export const PUBLIC_STATS_PATH = '/estadisticas';

/** The login page's link to the public statistics, for visitors without an account. */
export const PublicStatsLink = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', pb: 2 }}>
      <Link component={RouterLink} to={PUBLIC_STATS_PATH} variant="body2">
        {translate('ruta.public_stats.link')}
      </Link>
    </Box>
  );
};
