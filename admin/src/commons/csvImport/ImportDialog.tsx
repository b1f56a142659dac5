import UploadFile from '@mui/icons-material/UploadFile';
import {
  Alert,
  Button,
  Chip,
  Dialog,
  FormControl,
  FormControlLabel,
  FormLabel,
  Link,
  Radio,
  RadioGroup,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import { downloadCSV, useCreatePath, useRefresh, useTranslate } from 'react-admin';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';
import { mapRows, type ImportRow, type ImportSpec, type MappedFile, type RowError } from './mapRows.ts';
import { decodeCsv, parseCsv, type ParsedCsv } from './parseCsv.ts';
import { changesFrom, runBatches, runImport, type Existing, type OnExisting, type Outcome } from './runImport.ts';
import { writeCsv } from './writeCsv.ts';

/** `matched`: valid, and its record exists already (same id or same name) — found before sending. */
type Status = 'valid' | 'matched' | 'invalid' | Outcome['status'];
const COLOR: Record<Status, 'default' | 'success' | 'info' | 'error' | 'warning'> = {
  valid: 'success',
  matched: 'info',
  invalid: 'error',
  created: 'success',
  existing: 'info',
  updated: 'success',
  failed: 'error',
  skipped: 'warning',
};
/** Labels of the statuses added for existing records (issue 9.2) live with the search texts. */
const LABEL: Partial<Record<Status, string>> = { matched: 'ruta.import_existing.matched', updated: 'ruta.import_existing.updated' };

interface Loaded<T extends { id?: string | null }> {
  fileName: string;
  /** The spec the file was mapped with (after `spec.prepare`). */
  spec: ImportSpec<T>;
  /** More rows than `spec.maxRows`: refused as a whole. */
  tooMany: boolean;
  separator: ParsedCsv['separator'];
  mapped: MappedFile<T>;
}

type Phase = 'preview' | 'running' | 'done';

/**
 * Pick a file → every row checked with the shared schema (nothing is sent yet) → import the valid
 * rows with a progress bar → what happened to each row, and the rows to fix as a CSV file in the
 * same columns, so fixing them and importing that file again is the whole loop.
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
  const createPath = useCreatePath();
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
      const parsed = parseCsv(decodeCsv(await file.arrayBuffer()));
      const tooMany = !!spec.maxRows && parsed.rows.length - 1 > spec.maxRows;
      const ready = spec.prepare && !tooMany ? await spec.prepare(dataProvider) : spec;
      const mapped = tooMany ? { headers: [], columnOf: {}, unknownHeaders: [], missingColumns: [], rows: [] } : mapRows(parsed, ready);
      setMatches({});
      setOnExisting('skip');
      setLoaded({ fileName: file.name, separator: parsed.separator, mapped, spec: ready, tooMany });
      setUnreadable(false);
      // Batch imports find existing rows on the server (derived ids); the others look them up first.
      if (!spec.batch && !tooMany) void lookUp(mapped);
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
      {
        onExisting,
        signal: controller.signal,
        onOutcome: (k, outcome) => {
          setOutcomes((o) => ({ ...o, [indexes[k]!]: outcome }));
          setDone((d) => d + 1);
        },
      },
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

  const statusOf = (row: ImportRow<T>, i: number): Status | undefined =>
    row.errors.length ? 'invalid' : (outcomes[i]?.status ?? (phase === 'preview' ? (matches[i] ? 'matched' : 'valid') : undefined));
  const problemsOf = (row: ImportRow<T>, i: number): RowError[] => {
    const outcome = outcomes[i];
    return row.errors.length ? row.errors : outcome?.status === 'failed' ? outcome.errors : [];
  };
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
          {!loaded && <Typography variant="body2">{translate('ruta.import.help')}</Typography>}
          {unreadable && <Alert severity="error">{translate('ruta.import.errors.unreadable')}</Alert>}
          {loaded && (
            <>
              <Typography variant="body2">
                {translate('ruta.import.file', { name: loaded.fileName })}
                <br />
                {translate('ruta.import.columns', { columns: Object.values(loaded.mapped.columnOf).join(', ') || '—' })}
              </Typography>
              {loaded.mapped.unknownHeaders.length > 0 && (
                <Alert severity="warning">
                  {translate('ruta.import.unknown_columns', { columns: loaded.mapped.unknownHeaders.join(', ') })}
                </Alert>
              )}
              {loaded.tooMany && <Alert severity="error">{translate('ruta.import_batch.too_many_rows', { max: spec.maxRows ?? 0 })}</Alert>}
              {loaded.mapped.missingColumns.length > 0 && (
                <Alert severity="error" role="alert">
                  {translate('ruta.import_batch.missing_columns', {
                    columns: loaded.mapped.missingColumns
                      .map((f) => translate(`resources.${spec.resource}.fields.${f}`, { _: f }))
                      .join(', '),
                  })}
                </Alert>
              )}
              {rows.length === 0 && !loaded.tooMany && <Alert severity="error">{translate('ruta.import.no_rows')}</Alert>}
              {phase === 'preview' && rows.length > 0 && loaded.mapped.missingColumns.length === 0 && (
                <Alert severity={valid.length === rows.length ? 'success' : 'warning'}>
                  {translate('ruta.import.valid_count', { valid: valid.length, total: rows.length })}
                  {valid.length < rows.length && (
                    <>
                      <br />
                      {translate('ruta.import.invalid_hint')}
                    </>
                  )}
                </Alert>
              )}
              {lookupFailed && phase === 'preview' && <Alert severity="warning">{translate(lookupFailed, { _: lookupFailed })}</Alert>}
              {phase === 'preview' && matchCount > 0 && (
                <Alert severity="info">
                  <FormControl>
                    <FormLabel id="import-existing-choice" sx={{ color: 'inherit' }}>
                      {translate('ruta.import_existing.count', { smart_count: matchCount })}
                    </FormLabel>
                    <RadioGroup
                      aria-labelledby="import-existing-choice"
                      value={onExisting}
                      onChange={(e) => setOnExisting(e.target.value as OnExisting)}
                    >
                      <FormControlLabel value="skip" control={<Radio size="small" />} label={translate('ruta.import_existing.skip')} />
                      <FormControlLabel value="update" control={<Radio size="small" />} label={translate('ruta.import_existing.update')} />
                    </RadioGroup>
                  </FormControl>
                </Alert>
              )}
              {phase !== 'preview' && (
                <Stack gap={0.5}>
                  <LinearProgress
                    variant="determinate"
                    value={valid.length ? (100 * done) / valid.length : 100}
                    aria-label={translate('ruta.import.progress', { done, total: valid.length })}
                  />
                  <Typography variant="body2" role="status">
                    {translate('ruta.import.progress', { done, total: valid.length })}
                    {stopping && phase === 'running' && ` — ${translate('ruta.import.stopping')}`}
                  </Typography>
                </Stack>
              )}
              {phase === 'done' && (
                <Alert severity={toFix.length ? 'warning' : 'success'} role="status">
                  {translate('ruta.import.summary', { created: count('created'), existing: count('existing'), failed: count('failed') })}
                  {count('updated') > 0 && (
                    <>
                      <br />
                      {translate('ruta.import_existing.summary_updated', { smart_count: count('updated') })}
                    </>
                  )}
                  {count('skipped') > 0 && (
                    <>
                      <br />
                      {translate('ruta.import.summary_skipped', { smart_count: count('skipped') })}
                    </>
                  )}
                  {count('invalid') > 0 && (
                    <>
                      <br />
                      {translate('ruta.import.summary_invalid', { smart_count: count('invalid') })}
                    </>
                  )}
                </Alert>
              )}
              {rows.length > 0 && loaded.mapped.missingColumns.length === 0 && (
                <TableContainer sx={{ maxHeight: 360 }}>
                  <Table size="small" stickyHeader>
                    <TableHead>
                      <TableRow>
                        <TableCell>{translate('ruta.import.column.row')}</TableCell>
                        <TableCell>{translate(`resources.${spec.resource}.fields.${spec.titleField}`)}</TableCell>
                        <TableCell>{translate('ruta.import.column.status')}</TableCell>
                        <TableCell>{translate('ruta.import.column.problems')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {rows.map((r, i) => {
                        const status = statusOf(r, i);
                        return (
                          <TableRow key={r.row}>
                            <TableCell>{r.row}</TableCell>
                            <TableCell>
                              {r.title || '—'}
                              {matches[i] && (
                                <>
                                  {' → '}
                                  <Link
                                    href={`#${createPath({ resource: spec.resource, id: matches[i]!.id, type: 'show' })}`}
                                    target="_blank"
                                    rel="noopener"
                                    title={translate('ruta.import_existing.open')}
                                  >
                                    {String(matches[i]![spec.titleField] ?? matches[i]!.id)}
                                  </Link>
                                </>
                              )}
                            </TableCell>
                            <TableCell>
                              {status && (
                                <Chip
                                  size="small"
                                  color={COLOR[status]}
                                  label={translate(LABEL[status] ?? `ruta.import.status.${status}`)}
                                />
                              )}
                            </TableCell>
                            <TableCell>
                              {problemsOf(r, i).map((e, k) => (
                                <Typography key={k} variant="body2" color="error">
                                  {describe(e)}
                                </Typography>
                              ))}
                            </TableCell>
                          </TableRow>
                        );
                      })}
                    </TableBody>
                  </Table>
                </TableContainer>
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
