import { Alert, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Phase } from './importStatus.ts';
import type { Loaded } from './loadFile.ts';
import type { ImportSpec } from './mapRows.ts';
import type { OnExisting } from './runImport.ts';

/**
 * What the file is, before anything is sent: its name and recognised columns, unknown or missing
 * columns, too many rows, how many rows are valid, and — when some match records that exist — the
 * choice to skip or update them.
 */
export function ImportPreview<T extends { id?: string | null }>({
  spec,
  loaded,
  phase,
  valid,
  lookupFailed,
  matchCount,
  onExisting,
  setOnExisting,
}: {
  spec: ImportSpec<T>;
  loaded: Loaded<T>;
  phase: Phase;
  valid: number;
  lookupFailed?: string;
  matchCount: number;
  onExisting: OnExisting;
  setOnExisting: (choice: OnExisting) => void;
}) {
  const translate = useTranslate();
  const { rows } = loaded.mapped;
  return (
    <>
      <Typography variant="body2">
        {translate('ruta.import.file', { name: loaded.fileName })}
        <br />
        {translate('ruta.import.columns', { columns: Object.values(loaded.mapped.columnOf).join(', ') || '—' })}
      </Typography>
      {loaded.mapped.unknownHeaders.length > 0 && (
        <Alert severity="warning">{translate('ruta.import.unknown_columns', { columns: loaded.mapped.unknownHeaders.join(', ') })}</Alert>
      )}
      {loaded.tooMany && <Alert severity="error">{translate('ruta.import_batch.too_many_rows', { max: spec.maxRows ?? 0 })}</Alert>}
      {loaded.mapped.missingColumns.length > 0 && (
        <Alert severity="error" role="alert">
          {translate('ruta.import_batch.missing_columns', {
            columns: loaded.mapped.missingColumns.map((f) => translate(`resources.${spec.resource}.fields.${f}`, { _: f })).join(', '),
          })}
        </Alert>
      )}
      {rows.length === 0 && !loaded.tooMany && <Alert severity="error">{translate('ruta.import.no_rows')}</Alert>}
      {phase === 'preview' && rows.length > 0 && loaded.mapped.missingColumns.length === 0 && (
        <Alert severity={valid === rows.length ? 'success' : 'warning'}>
          {translate('ruta.import.valid_count', { valid, total: rows.length })}
          {valid < rows.length && (
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
    </>
  );
}
