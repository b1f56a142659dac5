import UploadFile from '@mui/icons-material/UploadFile';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import { downloadCSV, useRefresh, useTranslate } from 'react-admin';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { ImportRowsTable } from './ImportRowsTable.tsx';
import { problemsOf as rowProblems, statusOf as rowStatus, type Phase, type Status } from './importStatus.ts';
import { loadFile, type Loaded } from './loadFile.ts';
import type { ImportRow, ImportSpec, MappedFile, RowError } from './mapRows.ts';
import { changesFrom, runBatches, runImport, type Existing, type OnExisting, type Outcome } from './runImport.ts';
import { writeCsv } from './writeCsv.ts';

/**
 * Pick a file → every row checked with the shared schema (nothing is sent yet) → import the valid
 * rows with a progress bar → what happened to each row, and the rows to fix as a CSV file in the
 * same columns, so fixing them and importing that file again is the whole loop. This file holds the
 * steps and their state; reading the file is loadFile.ts, the parts shown are ImportPreview (before
 * sending), ImportProgress (while and after) and ImportRowsTable (every row), the statuses importStatus.ts.
 */
export function ImportDialog<T extends { id?: string | null }>({
  spec,
  open,
  onClose,
}: {
  spec: ImportSpec<T>;
  open: boolean;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const dataProvider = useRutaDataProvider();
  const refresh = useRefresh();
  const [loaded, setLoaded] = useState<Loaded<T>>();
  const [unreadable, setUnreadable] = useState(false);
  const [phase, setPhase] = useState<Phase>('preview');
  const [outcomes, setOutcomes] = useState<Record<number, Outcome>>({});
  const [done, setDone] = useState(0);
  const [stopping, setStopping] = useState(false);
  /** Records the valid rows stand for, found in the preview (by row index). */
  const [matches, setMatches] = useState<Record<number, Existing>>({});
  const [lookupFailed, setLookupFailed] = useState<string>();
  const [onExisting, setOnExisting] = useState<OnExisting>('skip');
  const abort = useRef<AbortController>(undefined);

  const rows = loaded?.mapped.rows ?? [];
  const valid = rows.filter((r) => r.input);
  const matchCount = Object.keys(matches).length;

  /** For each input, the record with its id, else the record with its name (`spec.findByUnique`), else null. */
  const existingOf = async (inputs: (T & { id: string })[]): Promise<(Existing | null)[]> => {
    const byId = new Map<string, Existing>();
    if (inputs.length) {
      for (const r of (await dataProvider.getMany(spec.resource, { ids: inputs.map((i) => i.id) })).data)
        byId.set(String(r.id), r as Existing);
    }
    const field = spec.uniqueField;
    const byName =
      field && spec.findByUnique
        ? await spec.findByUnique(
            dataProvider,
            inputs.map((i) => String((i as Record<string, unknown>)[field] ?? '')),
          )
        : [];
    return inputs.map((input, k) => byId.get(input.id) ?? (byName[k] as Existing | null | undefined) ?? null);
  };

  /** The preview marks rows whose record exists, so the user chooses before anything is sent. */
  const lookUp = async (mapped: MappedFile<T>) => {
    const indexes = mapped.rows.flatMap((r, i) => (r.input ? [i] : []));
    try {
      const found: (Existing | null)[] = [];
      for (let k = 0; k < indexes.length; k += 100) {
        found.push(...(await existingOf(indexes.slice(k, k + 100).map((i) => mapped.rows[i]!.input as T & { id: string }))));
      }
      setMatches(Object.fromEntries(indexes.flatMap((i, k) => (found[k] ? [[i, found[k]!]] : []))));
      setLookupFailed(undefined);
    } catch (e) {
      setMatches({});
      setLookupFailed((e as Error).message || 'ruta.errors.NETWORK');
    }
  };

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // picking the same file again (after fixing it) must fire again
    if (!file) return;
    setOutcomes({});
    setPhase('preview');
    try {
      const next = await loadFile(file, spec, dataProvider);
      setMatches({});
      setOnExisting('skip');
      setLoaded(next);
      setUnreadable(false);
      // Batch imports find existing rows on the server (derived ids); the others look them up first.
      if (!spec.batch && !next.tooMany) void lookUp(next.mapped);
    } catch {
      setLoaded(undefined);
      setUnreadable(true);
    }
  };

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    const indexes = rows.flatMap((r, i) => (r.input ? [i] : []));
    setPhase('running');
    setDone(0);
    setStopping(false);
    const onOutcome = (k: number, outcome: Outcome) => {
      setOutcomes((o) => ({ ...o, [indexes[k]!]: outcome }));
      setDone((d) => d + 1);
    };
    if (spec.batch) {
      const { batch } = spec;
      const sent = await runBatches(
        indexes.map((i) => ({ row: rows[i]!.row, input: rows[i]!.input as T })),
        (chunk) => batch.send(dataProvider, chunk),
        { size: batch.size, signal: controller.signal, onOutcome },
      );
      setOutcomes(Object.fromEntries(sent.map((outcome, k) => [indexes[k]!, outcome])));
      setPhase('done');
      return;
    }
    const result = await runImport(
      indexes.map((i) => rows[i]!.input as T & { id: string }),
      {
        existing: existingOf,
        create: (input) => dataProvider.create(spec.resource, { data: input }),
        update: async (existing, input) => {
          const changes = changesFrom(existing, input, spec.uniqueField ? [spec.uniqueField] : []);
          if (!Object.keys(changes).length) return 'unchanged';
          return dataProvider.update(spec.resource, { id: existing.id, data: { ...existing, ...changes }, previousData: existing });
        },
      },
      { onExisting, signal: controller.signal, onOutcome },
    );
    setOutcomes(Object.fromEntries(result.map((outcome, k) => [indexes[k]!, outcome])));
    setPhase('done');
  };

  const close = () => {
    if (phase === 'running') return;
    if (phase === 'done') refresh();
    setLoaded(undefined);
    setUnreadable(false);
    setPhase('preview');
    setOutcomes({});
    setMatches({});
    onClose();
  };

  const statusOf = (row: ImportRow<T>, i: number): Status | undefined => rowStatus(row, outcomes[i], phase, !!matches[i]);
  const problemsOf = (row: ImportRow<T>, i: number): RowError[] => rowProblems(row, outcomes[i]);
  const describe = (e: RowError) => {
    const message = translate(e.key, { _: e.key, ...e.args });
    if (!e.field) return message;
    // A nested field (place.cantonCode) is in the column of its last part.
    const leaf = e.field.split('.').pop()!;
    const column =
      loaded?.mapped.columnOf[e.field] ??
      loaded?.mapped.columnOf[leaf] ??
      translate(`resources.${spec.resource}.fields.${leaf}`, { _: e.field });
    return `${column}: ${message}`;
  };

  const count = (status: Status) => rows.filter((r, i) => statusOf(r, i) === status).length;
  const toFix = rows.flatMap((r, i) => (['invalid', 'failed', 'skipped'].includes(statusOf(r, i) ?? '') ? [{ r, i }] : []));
  // The file's own columns and separator plus what is wrong, so it opens like the original and re-imports as is.
  const downloadToFix = () => {
    const { headers } = loaded!.mapped;
    const table = [
      [...headers, translate('ruta.import.errors_column')],
      ...toFix.map(({ r, i }) => [...headers.map((_, c) => r.cells[c] ?? ''), problemsOf(r, i).map(describe).join(' / ')]),
    ];
    downloadCSV(writeCsv(table, loaded!.separator), translate('ruta.import.failed_file'));
  };

  const plural = translate(`resources.${spec.resource}.name`, { smart_count: 2 }).toLocaleLowerCase();
  const filePicker = (
    <Button component="label" variant={loaded ? 'text' : 'contained'} startIcon={<UploadFile />} disabled={phase === 'running'}>
      {translate(loaded ? 'ruta.import.choose_other' : 'ruta.import.choose')}
      <input type="file" accept=".csv,text/csv" hidden onChange={pick} />
    </Button>
  );

  return (
    <Dialog open={open} onClose={close} maxWidth="md" fullWidth aria-labelledby="import-title">
      <DialogTitle id="import-title">{translate('ruta.import.title', { name: plural })}</DialogTitle>
      <DialogContent>
        <Stack gap={1.5}>
          {!loaded && <Typography variant="body2">{translate(spec.help ?? 'ruta.import.help')}</Typography>}
          {unreadable && <Alert severity="error">{translate('ruta.import.errors.unreadable')}</Alert>}
          {loaded && (
            <>
              <ImportPreview
                spec={spec}
                loaded={loaded}
                phase={phase}
                valid={valid.length}
                lookupFailed={lookupFailed}
                matchCount={matchCount}
                onExisting={onExisting}
                setOnExisting={setOnExisting}
              />
              <ImportProgress phase={phase} done={done} total={valid.length} stopping={stopping} toFix={toFix.length} count={count} />
              {rows.length > 0 && loaded.mapped.missingColumns.length === 0 && (
                <ImportRowsTable
                  spec={spec}
                  rows={rows}
                  matches={matches}
                  statusOf={statusOf}
                  problemsOf={problemsOf}
                  describe={describe}
                />
              )}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {phase === 'preview' && filePicker}
        {phase === 'done' && toFix.length > 0 && <Button onClick={downloadToFix}>{translate('ruta.import.download_failed')}</Button>}
        {phase === 'running' ? (
          <Button
            color="warning"
            disabled={stopping}
            onClick={() => {
              setStopping(true);
              abort.current?.abort();
            }}
          >
            {translate('ruta.import.stop')}
          </Button>
        ) : (
          <Button onClick={close}>{translate(phase === 'done' ? 'ra.action.close' : 'ra.action.cancel')}</Button>
        )}
        {phase === 'preview' && loaded && (
          <Button variant="contained" disabled={valid.length === 0 || loaded.mapped.missingColumns.length > 0} onClick={() => void start()}>
            {translate('ruta.import.import_valid', { smart_count: valid.length })}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
