import { Alert, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

interface TileCardProps {
  /** i18n key of the tile's heading (also the region's accessible name). */
  title: string;
  /** A line under the heading. */
  note?: ReactNode;
  /** Spans two columns of the grid. */
  wide?: boolean;
  loading?: boolean;
  /** The error's message key (providers/graphql/errors.ts), or true for the generic message. */
  error?: string | boolean | null;
  children?: ReactNode;
}

/** One dashboard tile: a named region with a heading, and its loading and error states. */
export const TileCard = ({ title, note, wide, loading, error, children }: TileCardProps) => {
  const translate = useTranslate();
  const id = useId();
  let body = children;
  if (error) {
    body = (
      <Alert severity="error" role="alert">
        {typeof error === 'string'
          ? translate(error, { _: translate('ruta.dashboard.team.failed') })
          : translate('ruta.dashboard.team.failed')}
      </Alert>
    );
  } else if (loading) {
    body = <LinearProgress aria-label={translate('ruta.dashboard.team.loading')} />;
  }
  return (
    <Card component="section" aria-labelledby={id} sx={{ gridColumn: wide ? { xs: 'auto', lg: 'span 2' } : 'auto', minWidth: 0 }}>
      <CardContent>
        <Typography id={id} variant="h6" component="h2">
          {translate(title)}
        </Typography>
        {note && (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
            {note}
          </Typography>
        )}
        {body}
      </CardContent>
    </Card>
  );
};

/** The message key of a failed call (our errors carry one), else the tile's generic message. */
export const errorKey = (e: unknown): string | true | null => {
  if (!e) return null;
  const message = (e as Error).message;
  return message?.startsWith('ruta.') ? message : true;
};
