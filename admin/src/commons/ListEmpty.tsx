import Inbox from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';
import { CreateButton, useCanAccess, useResourceContext, useTranslate } from 'react-admin';

/**
 * The empty state of a list: what belongs here, and a create button for those who may create
 * (others get `readerMessage`, e.g. a partner whose organization has no agreement yet).
 */
export const ListEmpty = ({ readerMessage }: { readerMessage?: string }) => {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource, action: 'create' });
  return (
    <Box sx={{ flex: 1, textAlign: 'center', mt: 6, mx: 2, color: 'text.secondary' }}>
      <Inbox sx={{ width: '6em', height: '6em' }} />
      <Typography variant="h5" sx={{ mb: 2 }}>{translate(`resources.${resource}.empty.title`)}</Typography>
      <Typography variant="body1" sx={{ mb: 3 }}>
        {canCreate || !readerMessage ? translate(`resources.${resource}.empty.invite`) : translate(readerMessage)}
      </Typography>
      <CreateButton variant="contained" />
    </Box>
  );
};
