import Delete from '@mui/icons-material/Delete';
import { IconButton, Tooltip } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, HttpError, useNotify, useTranslate } from 'react-admin';
import { errorMessage } from '#commons/serverFieldErrors.ts';
import { useFramework } from './FrameworkContext.tsx';

interface DeleteButtonProps {
  /** Tooltip and accessible name of the button. */
  label: string;
  /** Question and consequences shown before anything is deleted. */
  title: string;
  content: string;
  /** Interpolated into title and content (e.g. the record's name). */
  translateOptions?: Record<string, unknown>;
  onDelete: () => Promise<unknown>;
}

/** The parameters of a refused delete (e.g. how many values are too many), so the notice can show them. */
const problemParams = (e: unknown) =>
  e instanceof HttpError ? (e.body as { problems?: { params?: Record<string, unknown> }[] } | undefined)?.problems?.[0]?.params : undefined;

/**
 * A framework record's delete, always behind a confirmation: the server refuses what is still in
 * use (an objective with indicators, a charged budget line) and the notice says why.
 */
export const DeleteButton = ({ label, title, content, translateOptions, onDelete }: DeleteButtonProps) => {
  const { refresh } = useFramework();
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const { mutateAsync, isPending } = useMutation({ mutationFn: onDelete });
  const confirm = async () => {
    try {
      await mutateAsync();
      notify('ruta.framework.deleted', { type: 'success' });
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error', messageArgs: problemParams(e) });
    }
    setOpen(false);
  };
  return (
    <>
      <Tooltip title={translate(label)}>
        <IconButton size="small" aria-label={translate(label)} onClick={() => setOpen(true)}>
          <Delete fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={title}
        content={content}
        translateOptions={translateOptions}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
