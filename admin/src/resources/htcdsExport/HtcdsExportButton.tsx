import FileDownload from '@mui/icons-material/FileDownload';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, downloadCSV, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { canCall } from '@ruta/schema/policy';
import { useRole } from '../../commons/useRole.ts';
import { exportHtcds, type HtcdsExportSummary } from './htcdsExportApi.ts';

/**
 * The program's cases as an HTCDS CSV (staff and admin): downloads the file and says what the
 * k-anonymity check did — rows generalised per step, rows dropped and why.
 */
export const HtcdsExportButton = () => {
  const record = useRecordContext<{ id: string }>();
  const role = useRole();
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<HtcdsExportSummary | null>(null);
  if (!record?.id || !role || !canCall(role, 'Mutation', 'exportHtcds')) return null;

  const run = async () => {
    setBusy(true);
    try {
      const result = await exportHtcds(String(record.id));
      // downloadCSV adds the .csv extension; the text already ends each row with CRLF.
      downloadCSV(result.csv, `htcds_${result.programId}_${new Date().toISOString().slice(0, 10)}`);
      setSummary(result);
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button label="htcds.button" onClick={run} disabled={busy}>
        <FileDownload />
      </Button>
      <Dialog open={!!summary} onClose={() => setSummary(null)} aria-labelledby="htcds-summary-title" maxWidth="sm" fullWidth>
        <DialogTitle id="htcds-summary-title">{translate('htcds.summary.title')}</DialogTitle>
        {summary && (
          <DialogContent>
            <Typography gutterBottom>
              {translate('htcds.summary.rows', { rows: summary.rows, cases: summary.cases, k: summary.k })}
            </Typography>
            <Typography gutterBottom>{translate('htcds.summary.generalised', { count: summary.generalisedRows })}</Typography>
            {summary.droppedRows > 0 ? (
              <Alert severity="warning" sx={{ my: 1 }}>
                {translate('htcds.summary.dropped', { count: summary.droppedRows, k: summary.k })}
              </Alert>
            ) : (
              <Typography gutterBottom>{translate('htcds.summary.none_dropped')}</Typography>
            )}
            {summary.generalisations.length > 0 && (
              <Table size="small" aria-label={translate('htcds.summary.steps_caption')}>
                <caption>{translate('htcds.summary.steps_caption')}</caption>
                <TableHead>
                  <TableRow>
                    <TableCell component="th" scope="col">
                      {translate('htcds.summary.step')}
                    </TableCell>
                    <TableCell component="th" scope="col" align="right">
                      {translate('htcds.summary.step_rows')}
                    </TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {summary.generalisations.map((g) => (
                    <TableRow key={g.step}>
                      <TableCell component="th" scope="row">
                        {translate(`htcds.steps.${g.step}`)}
                      </TableCell>
                      <TableCell align="right">{g.rows}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              {translate('htcds.summary.note', { requests: summary.requests })}
            </Typography>
          </DialogContent>
        )}
        <DialogActions>
          <Button label="ra.action.close" onClick={() => setSummary(null)} />
        </DialogActions>
      </Dialog>
    </>
  );
};
