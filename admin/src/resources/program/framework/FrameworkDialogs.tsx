import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react';
import { Button, Confirm, HttpError, useNotify, useTranslate } from 'react-admin';
import { AuditTrail } from '#commons/history/AuditTrail.tsx';
import { errorMessage } from '#commons/serverFieldErrors.ts';
import type { BudgetLineRecord, ExpenditureRecord, IndicatorRecord, ObjectiveRecord } from '#providers/framework/frameworkMethods.ts';
import { BudgetLineDialog } from './dialogs/BudgetLineDialog.tsx';
import { ExpenditureDialog } from './dialogs/ExpenditureDialog.tsx';
import { IndicatorDialog } from './dialogs/IndicatorDialog.tsx';
import { IndicatorValueDialog } from './dialogs/IndicatorValueDialog.tsx';
import { ObjectiveDialog } from './dialogs/ObjectiveDialog.tsx';
import { ObservationDialog } from './dialogs/ObservationDialog.tsx';
import { useFramework } from './FrameworkContext.tsx';

/** What a menu asks to open: one dialog at a time for the whole page. */
export type DialogRequest =
  | { kind: 'objective'; objective?: ObjectiveRecord; code?: string }
  | { kind: 'indicator'; objectiveCode: string; indicator?: IndicatorRecord }
  | { kind: 'indicatorValue'; indicator: IndicatorRecord }
  | { kind: 'budgetLine'; objectiveCode: string | null; line?: BudgetLineRecord }
  | { kind: 'expenditure'; line?: BudgetLineRecord; expenditure?: ExpenditureRecord }
  | { kind: 'observation'; objectiveCode: string }
  | {
      kind: 'delete';
      /** Question and consequences shown before anything is deleted (translation keys). */
      title: string;
      content: string;
      translateOptions?: Record<string, unknown>;
      onDelete: () => Promise<unknown>;
    }
  | { kind: 'history'; entityType: string; entityId: string; name: string };

type OpenDialog = (request: DialogRequest, returnFocus?: HTMLElement | null) => void;

const OpenDialogContext = createContext<OpenDialog>(() => {});

/** Opens a framework dialog; focus goes back to `returnFocus` (the menu's button) when it closes. */
export const useOpenDialog = () => useContext(OpenDialogContext);

/** The parameters of a refused delete (e.g. how many values are too many), so the notice can show them. */
const problemParams = (e: unknown) =>
  e instanceof HttpError ? (e.body as { problems?: { params?: Record<string, unknown> }[] } | undefined)?.problems?.[0]?.params : undefined;

/**
 * A delete, always behind a confirmation: the server refuses what is still in use (an objective with
 * indicators, a charged budget line) and the notice says why.
 */
const DeleteConfirm = ({ request, onClose }: { request: Extract<DialogRequest, { kind: 'delete' }>; onClose: () => void }) => {
  const { refresh } = useFramework();
  const notify = useNotify();
  const { mutateAsync, isPending } = useMutation({ mutationFn: request.onDelete });
  const confirm = async () => {
    try {
      await mutateAsync();
      notify('ruta.framework.deleted', { type: 'success' });
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error', messageArgs: problemParams(e) });
    }
    onClose();
  };
  return (
    <Confirm
      isOpen
      loading={isPending}
      title={request.title}
      content={request.content}
      translateOptions={request.translateOptions}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
};

/** Who changed a framework record and when (the audit), for the roles that may read it. */
const HistoryDialog = ({ request, onClose }: { request: Extract<DialogRequest, { kind: 'history' }>; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="framework-history-title">
      <DialogTitle id="framework-history-title">{translate('ruta.framework.dialogs.history', { name: request.name })}</DialogTitle>
      <DialogContent>
        <AuditTrail entityType={request.entityType} entityId={request.entityId} />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.close" onClick={onClose} />
      </DialogActions>
    </Dialog>
  );
};

const DialogFor = ({ request, onClose }: { request: DialogRequest; onClose: () => void }) => {
  switch (request.kind) {
    case 'objective':
      return <ObjectiveDialog open onClose={onClose} objective={request.objective} code={request.code} />;
    case 'indicator':
      return <IndicatorDialog open onClose={onClose} objectiveCode={request.objectiveCode} indicator={request.indicator} />;
    case 'indicatorValue':
      return <IndicatorValueDialog open onClose={onClose} indicator={request.indicator} />;
    case 'budgetLine':
      return <BudgetLineDialog open onClose={onClose} objectiveCode={request.objectiveCode} line={request.line} />;
    case 'expenditure':
      return <ExpenditureDialog open onClose={onClose} line={request.line} expenditure={request.expenditure} />;
    case 'observation':
      return <ObservationDialog open onClose={onClose} objectiveCode={request.objectiveCode} />;
    case 'delete':
      return <DeleteConfirm request={request} onClose={onClose} />;
    case 'history':
      return <HistoryDialog request={request} onClose={onClose} />;
  }
};

/**
 * The page's one dialog slot. Dialogs used to be mounted per node and row (five per objective, two
 * or three per table row, all closed): now a menu asks for one, and only that one is mounted, which
 * is most of what the page's first render no longer has to build.
 */
export const FrameworkDialogs = ({ children }: { children: ReactNode }) => {
  const [request, setRequest] = useState<DialogRequest | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const open = useCallback<OpenDialog>((next, focusAfter) => {
    returnFocus.current = focusAfter ?? (document.activeElement as HTMLElement | null);
    setRequest(next);
  }, []);
  const close = useCallback(() => {
    setRequest(null);
    const target = returnFocus.current;
    // After the dialog's own focus handling; the button may be gone (its record was deleted).
    requestAnimationFrame(() => {
      if (target?.isConnected) target.focus();
    });
  }, []);
  return (
    <OpenDialogContext.Provider value={open}>
      {children}
      {request && <DialogFor request={request} onClose={close} />}
    </OpenDialogContext.Provider>
  );
};
