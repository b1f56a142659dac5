import Inbox from '@mui/icons-material/Inbox';
import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, useCanAccess, useResourceContext, useTranslate } from 'react-admin';

/**
 * The empty state of a list: what belongs here, and a create button for those who may create
 * (others get `readerMessage`, e.g. a partner whose organization has no agreement yet). `actions`
 * are other ways to fill the list (an import): an empty list is where a new program starts.
 */
export const ListEmpty = ({ readerMessage, actions }: { readerMessage?: string; actions?: ReactNode }) => {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource, action: 'create' });
  return (
    <Box sx={{ flex: 1, textAlign: 'center', mt: 6, mx: 2, color: 'text.secondary' }}>
      <Inbox sx={{ width: '6em', height: '6em' }} />
      <Typography variant="h5" sx={{ mb: 2 }}>
        {translate(`resources.${resource}.empty.title`)}
      </Typography>
      <Typography variant="body1" sx={{ mb: 3 }}>
        {canCreate || !readerMessage ? translate(`resources.${resource}.empty.invite`) : translate(readerMessage)}
      </Typography>
      <Stack direction="row" gap={2} justifyContent="center">
        <CreateButton variant="contained" />
        {actions}
      </Stack>
    </Box>
  );
};
