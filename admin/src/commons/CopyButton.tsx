import ContentCopy from '@mui/icons-material/ContentCopy';
import { IconButton, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/** Copies a value the user must carry elsewhere (a temporary password, an authenticator secret). */
export const CopyButton = ({ value }: { value: string }) => {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard (plain-HTTP host, denied permission): the value stays on screen to copy by hand.
    }
  };
  const label = translate(copied ? 'ruta.login.copied' : 'ruta.login.copy');
  return (
    <Tooltip title={label}>
      <IconButton aria-label={translate('ruta.login.copy')} onClick={copy} size="small">
        <ContentCopy fontSize="small" />
      </IconButton>
    </Tooltip>
  );
};
