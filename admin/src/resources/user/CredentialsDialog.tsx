import WarningAmber from '@mui/icons-material/WarningAmber';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CopyButton } from '../../commons/CopyButton.tsx';
import type { Credentials } from '../../providers/users/userProvider.ts';

/**
 * The one time a temporary password is visible (after create or reset): the API does not keep it in
 * clear. In AWS Cognito e-mails it instead, and the dialog says where it went.
 */
interface Props {
  credentials: Credentials | null;
  /** In AWS a new account gets a temporary password by e-mail, a reset account a code. */
  reason: 'created' | 'reset';
  onClose: () => void;
}

export const CredentialsDialog = ({ credentials, reason, onClose }: Props) => {
  const translate = useTranslate();
  if (!credentials) return null;
  const { user, temporaryPassword } = credentials;
  const name = user.displayName || user.username;
  return (
    // Closing needs the button: a click beside the dialog must not lose the password unseen.
    <Dialog open aria-labelledby="credentials-title" disableEscapeKeyDown>
      <DialogTitle id="credentials-title">
        {translate(temporaryPassword ? 'ruta.users.credentials_title' : 'ruta.users.emailed_title', { name })}
      </DialogTitle>
      <DialogContent>
        {temporaryPassword ? (
          <>
            <Typography sx={{ mb: 2 }}>{translate('ruta.users.credentials_intro', { name })}</Typography>
            <Stack direction="row" alignItems="center" gap={1} sx={{ mb: 2 }}>
              <Typography
                component="code"
                data-testid="temporary-password"
                sx={{ fontFamily: 'monospace', fontSize: '1.4rem', px: 1.5, py: 0.5, bgcolor: 'action.hover', borderRadius: 1 }}
              >
                {temporaryPassword}
              </Typography>
              <CopyButton value={temporaryPassword} />
            </Stack>
            <Alert severity="warning" icon={<WarningAmber />}>
              {translate('ruta.users.credentials_warning')}
            </Alert>
          </>
        ) : (
          <Typography>
            {translate(`ruta.users.${reason === 'reset' ? 'reset_emailed' : 'credentials_emailed'}`, {
              name,
              email: user.email ?? user.username,
            })}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate('ruta.users.credentials_done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
