import UploadFile from '@mui/icons-material/UploadFile';
import { useState } from 'react';
import { Button, useCanAccess } from 'react-admin';
import { ImportDialog } from './ImportDialog.tsx';
import type { ImportSpec } from './mapRows.ts';

/** "Import CSV" for a list's toolbar; shown only to roles that may create the resource. */
export function ImportButton<T extends { id?: string | null }>({ spec }: { spec: ImportSpec<T> }) {
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: spec.resource, action: 'create' });
  if (!canAccess) return null;
  return (
    <>
      <Button label="ruta.import.button" onClick={() => setOpen(true)}>
        <UploadFile />
      </Button>
      <ImportDialog spec={spec} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
