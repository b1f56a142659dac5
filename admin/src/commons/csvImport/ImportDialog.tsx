import UploadFile from '@mui/icons-material/UploadFile';
import {
  Alert,
  Button,
  Chip,
  Dialog,
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
import { downloadCSV, useDataProvider, useRefresh, useTranslate } from 'react-admin';
import { mapRows, type ImportRow, type ImportSpec, type MappedFile, type RowError } from './mapRows.ts';
import { decodeCsv, parseCsv, type ParsedCsv } from './parseCsv.ts';
import { runImport, type Outcome } from './runImport.ts';
import { writeCsv } from './writeCsv.ts';

type Status = 'valid' | 'invalid' | Outcome['status'];
const COLOR: Record<Status, 'default' | 'success' | 'info' | 'error' | 'warning'> = {
  valid: 'success',
  invalid: 'error',
  created: 'success',
  existing: 'info',
  failed: 'error',
  skipped: 'warning',
};

interface Loaded<T> {
  fileName: string;
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
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  const [loaded, setLoaded] = useState<Loaded<T>>();
  const [unreadable, setUnreadable] = useState(false);
  const [phase, setPhase] = useState<Phase>('preview');
  const [outcomes, setOutcomes] = useState<Record<number, Outcome>>({});
  const [done, setDone] = useState(0);
  const [stopping, setStopping] = useState(false);
  const abort = useRef<AbortController>(undefined);

  const rows = loaded?.mapped.rows ?? [];
  const valid = rows.filter((r) => r.input);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // picking the same file again (after fixing it) must fire again
    if (!file) return;
    setOutcomes({});
    setPhase('preview');
    try {
      const parsed = parseCsv(decodeCsv(await file.arrayBuffer()));
      setLoaded({ fileName: file.name, separator: parsed.separator, mapped: mapRows(parsed, spec) });
      setUnreadable(false);
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
    const result = await runImport(
      indexes.map((i) => rows[i]!.input as T & { id: string }),
      {
        existing: async (ids) => (await dataProvider.getMany(spec.resource, { ids })).data.map((r) => String(r.id)),
        create: (input) => dataProvider.create(spec.resource, { data: input }),
      },
      {
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
    onClose();
  };

  const statusOf = (row: ImportRow<T>, i: number): Status | undefined =>
    row.errors.length ? 'invalid' : (outcomes[i]?.status ?? (phase === 'preview' ? 'valid' : undefined));
  const problemsOf = (row: ImportRow<T>, i: number): RowError[] => {
    const outcome = outcomes[i];
    return row.errors.length ? row.errors : outcome?.status === 'failed' ? outcome.errors : [];
  };
  const describe = (e: RowError) => {
    const message = translate(e.key, { _: e.key, ...e.args });
    if (!e.field) return message;
    const column = loaded?.mapped.columnOf[e.field] ?? translate(`resources.${spec.resource}.fields.${e.field}`, { _: e.field });
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
              {rows.length === 0 && <Alert severity="error">{translate('ruta.import.no_rows')}</Alert>}
              {phase === 'preview' && rows.length > 0 && (
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
              {rows.length > 0 && (
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
                            <TableCell>{r.title || '—'}</TableCell>
                            <TableCell>
                              {status && <Chip size="small" color={COLOR[status]} label={translate(`ruta.import.status.${status}`)} />}
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
          <Button variant="contained" disabled={valid.length === 0} onClick={() => void start()}>
            {translate('ruta.import.import_valid', { smart_count: valid.length })}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
