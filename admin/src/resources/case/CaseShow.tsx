import { Alert, AlertTitle, Box, Chip, Stack, Tab, Table, TableBody, TableCell, TableRow, Tabs, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button, Title, useLocaleState, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useParams } from 'react-router';
import { AuditTrail } from '../../commons/history/AuditTrail.tsx';
import { useCanReadHistory } from '../../commons/history/HistoryTab.tsx';
import { errorMessage } from '../../commons/serverFieldErrors.ts';
import { placeText } from '../../commons/place/place.ts';
import { useRole } from '../../commons/useRole.ts';
import { CaseRouteTabs } from './route/CaseRouteTabs.tsx';
import { caseApi, type CaseDetail } from './caseApi.ts';
import { ck, EMPTY, enumKey, useCaseDates } from './format.ts';
import { RevealIdentity } from './RevealIdentity.tsx';

/**
 * A case's page: summary, identity (hidden behind an audited reveal), the route (the route module's
 * tabs), and for the roles that read the audit, its history (reads and reveals included). The case is
 * read once, with purpose CASE_MANAGEMENT.
 */
export const CaseShow = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const canReadHistory = useCanReadHistory();
  const ids = useId();
  const [tab, setTab] = useState(0);
  const role = useRole();
  const redirect = useRedirect();
  const { data, error } = useQuery({ queryKey: ['ruta', 'case', id], queryFn: () => caseApi.get(id) });
  if (error) return <Alert severity="error">{translate(errorMessage(error))}</Alert>;
  if (!data) return <Typography role="status">{translate(ck('loading'))}</Typography>;
  const tabs = ['summary', 'identity', 'route', ...(canReadHistory ? ['history'] : [])];
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate(ck('show_title'), { code: data.code })} />
      <Stack direction="row" gap={1} sx={{ mb: 1 }} flexWrap="wrap" alignItems="center">
        {(role === 'caseworker' || role === 'admin') && (
          <Button label={ck('edit.button')} variant="outlined" onClick={() => redirect(`/Case/${encodeURIComponent(data.id)}`)} />
        )}
        <Chip label={translate(enumKey('CaseStage', data.stage))} />
        {data.isMinor && <Chip label={translate(ck('minor'))} color="warning" />}
        {data.overdue && <Chip label={translate(ck('overdue'))} color="error" />}
        {data.anonymised && <Chip label={translate(ck('anonymised'))} variant="outlined" />}
      </Stack>
      <ReferralRequests data={data} />
      <Tabs value={tab} onChange={(_, v) => setTab(v)} aria-label={translate(ck('tabs.label'))}>
        {tabs.map((t, i) => (
          <Tab key={t} label={translate(ck(`tabs.${t}`))} id={`${ids}-tab-${i}`} aria-controls={`${ids}-panel-${i}`} />
        ))}
      </Tabs>
      {tabs.map((t, i) => (
        <Box key={t} role="tabpanel" hidden={tab !== i} id={`${ids}-panel-${i}`} aria-labelledby={`${ids}-tab-${i}`} sx={{ pt: 2 }}>
          {tab === i && t === 'summary' && <Summary data={data} />}
          {tab === i && t === 'identity' && (
            <RevealIdentity caseId={data.id} version={data.version} isMinor={data.isMinor} anonymised={data.anonymised} />
          )}
          {tab === i && t === 'route' && <CaseRouteTabs caseRecord={data as CaseDetail & Record<string, unknown>} />}
          {tab === i && t === 'history' && <AuditTrail entityType="Case" entityId={data.id} actionKeys="ruta.case.reads.actions" />}
        </Box>
      ))}
    </Box>
  );
};

const Summary = ({ data }: { data: CaseDetail }) => {
  const translate = useTranslate();
  const { date } = useCaseDates();
  const [locale = 'es'] = useLocaleState();
  const list = (type: string, values: readonly string[]) => values.map((v) => translate(enumKey(type, v))).join(', ') || EMPTY;
  const one = (type: string, v: string | null | undefined) => (v ? translate(enumKey(type, v)) : EMPTY);
  const place = (p: Parameters<typeof placeText>[0]) => placeText(p, locale) || EMPTY;
  const rows: [string, string][] = [
    ['code', data.code],
    ['ownerOrganizationId', data.ownerOrganizationName ?? EMPTY],
    ['objectiveCode', data.objectiveCode ?? EMPTY],
    ['stage', one('CaseStage', data.stage)],
    ['stageSince', date(data.stageSince)],
    ['stageDueOn', date(data.stageDueOn)],
    ['legalStage', one('LegalStage', data.legalStage)],
    ['exploitationTypes', list('ExploitationType', data.exploitationTypes)],
    ['meansOfControl', list('MeansOfControl', data.meansOfControl)],
    ['recruitmentPlace', place(data.recruitmentPlace)],
    ['exploitationPlace', place(data.exploitationPlace)],
    ['sex', one('CaseSex', data.sex)],
    ['ageAtIdentification', data.ageAtIdentification == null ? EMPTY : String(data.ageAtIdentification)],
    ['ageBand', one('AgeBand', data.ageBand)],
    ['nationality', data.nationality ?? EMPTY],
    ['referralSource', one('ReferralSource', data.referralSource)],
    ['dateReported', date(data.dateReported)],
    ['dateIdentified', date(data.dateIdentified)],
    ['criminalProceedings', one('CriminalProceedingsParticipation', data.criminalProceedings)],
    ['closureReason', one('CaseClosureReason', data.closureReason)],
  ];
  return (
    <Table size="small" aria-label={translate(ck('tabs.summary'))}>
      <TableBody>
        {rows.map(([field, value]) => (
          <TableRow key={field}>
            <TableCell component="th" scope="row" sx={{ width: 280 }}>
              {translate(ck(`fields.${field}`))}
            </TableCell>
            <TableCell>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Other organizations' pending requests to be referred the case (the owner's side sees them), each with a way to close it. */
const ReferralRequests = ({ data }: { data: CaseDetail }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const role = useRole();
  const queryClient = useQueryClient();
  const { dateTime } = useCaseDates();
  if (!data.referralRequests.length) return null;
  const close = async (organizationId: string) => {
    try {
      await caseApi.closeRequest(data.id, organizationId);
      notify(ck('duplicate.closed'), { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['ruta', 'case', data.id] });
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    }
  };
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      <AlertTitle>{translate(ck('duplicate.pending_title'))}</AlertTitle>
      {data.referralRequests.map((r) => {
        const organization = r.organizationName ?? translate(ck('duplicate.unknown_owner'));
        return (
          <Box key={r.organizationId} sx={{ mb: 1 }}>
            <Typography component="p">
              {translate(ck('duplicate.pending_text'), { organization, date: dateTime(r.requestedAt), user: r.requestedBy })}
            </Typography>
            {r.note && <Typography component="p">{translate(ck('duplicate.pending_note'), { note: r.note })}</Typography>}
            {(role === 'caseworker' || role === 'admin') && (
              <Button label={translate(ck('duplicate.close_request'), { organization })} onClick={() => close(r.organizationId)} />
            )}
          </Box>
        );
      })}
      <Typography component="p">{translate(ck('duplicate.pending_howto'))}</Typography>
    </Alert>
  );
};
