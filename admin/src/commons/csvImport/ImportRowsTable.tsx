import { Chip, Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useCreatePath, useTranslate } from 'react-admin';
import { COLOR, LABEL, type Status } from './importStatus.ts';
import type { ImportRow, ImportSpec, RowError } from './mapRows.ts';
import type { Existing } from './runImport.ts';

/** Every row of the file: its number, its title (and the record it matches), its status and what is wrong. */
export function ImportRowsTable<T extends { id?: string | null }>({
  spec,
  rows,
  matches,
  statusOf,
  problemsOf,
  describe,
}: {
  spec: ImportSpec<T>;
  rows: ImportRow<T>[];
  matches: Record<number, Existing>;
  statusOf: (row: ImportRow<T>, i: number) => Status | undefined;
  problemsOf: (row: ImportRow<T>, i: number) => RowError[];
  describe: (e: RowError) => string;
}) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
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
                  {status && <Chip size="small" color={COLOR[status]} label={translate(LABEL[status] ?? `ruta.import.status.${status}`)} />}
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
  );
}
