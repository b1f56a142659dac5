import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { graphql } from '../../graphql/generated/gql.ts';
import type { TrainingKind } from '../../graphql/generated/graphql.ts';
import { runMutation } from '../../providers/graphql/request.ts';
import { errorMessage } from '../../commons/serverFieldErrors.ts';

const tk = (key: string) => `ruta.activity_training.${key}`;
const KINDS: TrainingKind[] = ['WORKSHOP', 'SEMINAR', 'COURSE', 'TRAINING_OF_TRAINERS', 'AWARENESS_EVENT', 'VIRTUAL_MODULE'];

const createTrainingMutation = graphql(`
  mutation activityRecordCreateTraining($id: ID!, $version: Int!, $kind: TrainingKind) {
    createTrainingFromActivityRecord(id: $id, version: $version, kind: $kind) { id version trainingId }
  }
`);

/**
 * "Create the training record" on a training activity's page: a dialog that says what the training takes
 * from the activity, asks its kind, and makes it (linked to the activity) in one call.
 */
export const TrainingFromRecordButton = ({ id, version }: { id: string; version: number }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<TrainingKind>('WORKSHOP');
  const [busy, setBusy] = useState(false);
  const create = async () => {
    setBusy(true);
    try {
      await runMutation(createTrainingMutation, { id, version, kind }, { isSave: false });
      notify(tk('created'), { type: 'info' });
      setOpen(false);
      await client.invalidateQueries({ queryKey: ['ruta'] });
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label={tk('create')} onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="training-from-record-title">
        <DialogTitle id="training-from-record-title">{translate(tk('title'))}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate(tk('explain'))}</DialogContentText>
          <TextField
            select
            fullWidth
            size="small"
            label={translate(tk('kind'))}
            value={kind}
            onChange={(e) => setKind(e.target.value as TrainingKind)}
          >
            {KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {translate(`ruta.enums.TrainingKind.${k}`)}
              </MenuItem>
            ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button label={tk('cancel')} onClick={() => setOpen(false)} />
          <Button variant="contained" label={tk('confirm')} disabled={busy} onClick={create} />
        </DialogActions>
      </Dialog>
    </>
  );
};
