import {
  Alert,
  Box,
  Chip,
  CircularProgress,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { Button, Confirm, useGetMany, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { allowedSteps, daysBetween, isOverdue } from '@ruta/schema/route';
import { useRole } from '#commons/useRole.ts';
import { errorMessage } from '#commons/serverFieldErrors.ts';
import { AddServiceDialog, RecordConsentDialog, RecordStepDialog, ReferDialog } from './RouteDialogs.tsx';
import { routeApi, todayIso, type CaseRoute } from './routeApi.ts';

const EMPTY = '—';
const k = (key: string) => `ruta.caseRoute.${key}`;

function useDate() {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (iso: string | null | undefined) => (iso ? format.format(new Date(`${iso}T00:00:00Z`)) : EMPTY);
}

/** Names of the organizations a route names, through react-admin's cache of organizations. */
function useOrganizationNames(route: CaseRoute | null | undefined) {
  const ids = route
    ? [
        ...new Set(
          [
            ...route.routeEvents.map((e) => e.organizationId),
            ...route.services.map((s) => s.providerOrganizationId),
            ...route.consents.map((c) => c.organizationId),
            ...route.referrals.map((r) => r.toOrganizationId),
          ].filter((id): id is string => !!id),
        ),
      ]
    : [];
  const { data } = useGetMany('Organization', { ids }, { enabled: ids.length > 0 });
  const names = new Map((data ?? []).map((o) => [String(o.id), String(o.name)]));
  return (id: string | null | undefined) => (id ? (names.get(id) ?? id) : EMPTY);
}

/** A short table with a caption (its accessible name) and a "—" for every empty value. */
const RouteTable = ({ caption, head, rows, empty }: { caption: string; head: string[]; rows: ReactNode[][]; empty: string }) => {
  const translate = useTranslate();
  if (rows.length === 0) return <Typography color="text.secondary">{translate(empty)}</Typography>;
  return (
    <Table size="small" aria-label={translate(caption)}>
      <caption style={{ captionSide: 'top', textAlign: 'left', padding: 0, position: 'absolute', left: -10000 }}>
        {translate(caption)}
      </caption>
      <TableHead>
        <TableRow>
          {head.map((h) => (
            <TableCell key={h} component="th" scope="col">
              {translate(h)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((cells, i) => (
          <TableRow key={i}>
            {cells.map((c, j) => (
              <TableCell key={j}>{c ?? EMPTY}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * The route of assistance on a case's page: where the case is (stage, days in it, overdue), the
 * timeline of its steps with a form for the next one the route allows, the services received, the
 * consents and the referrals (with the consent check before sending). Rendered by the case's show
 * page; the data comes in one request (`case(id) { routeEvents services consents referrals }`).
 */
export function CaseRouteTabs({ caseRecord }: { caseRecord: { id: string } & Record<string, unknown> }) {
  const translate = useTranslate();
  const role = useRole();
  const notify = useNotify();
  const date = useDate();
  const baseId = useId();
  const [tab, setTab] = useState(0);
  const [dialog, setDialog] = useState<null | 'step' | 'service' | 'consent' | 'refer'>(null);
  const [confirm, setConfirm] = useState<null | { title: string; content: string; run: () => Promise<unknown> }>(null);
  const {
    data: route,
    error,
    refetch,
  } = useQuery({
    queryKey: ['ruta', 'caseRoute', caseRecord.id],
    queryFn: () => routeApi.load(caseRecord.id),
  });
  const orgName = useOrganizationNames(route);
  if (error) return <Alert severity="error">{translate(errorMessage(error))}</Alert>;
  if (!route)
    return (
      <Stack direction="row" gap={1} alignItems="center" role="status">
        <CircularProgress size={20} />
        <Typography>{translate(k('loading'))}</Typography>
      </Stack>
    );
  const writer = role === 'admin' || role === 'caseworker';
  const isAdmin = role === 'admin';
  const today = todayIso();
  const days = daysBetween(route.stageSince, today);
  const overdue = isOverdue(route.stageDueOn, today);
  const next = allowedSteps({ stage: route.stage, legalStage: route.legalStage, minor: route.isMinor });
  const last = route.routeEvents.at(-1);
  const refresh = () => void refetch();
  const ask = (title: string, content: string, run: () => Promise<unknown>) => setConfirm({ title, content, run });
  const tabs = ['route', 'services', 'consents', 'referrals'] as const;

  return (
    <Box component="section" aria-labelledby={`${baseId}-title`} sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2" id={`${baseId}-title`}>
        {translate(k('tabs.label'))}
      </Typography>
      <Tabs value={tab} onChange={(_, v) => setTab(v)} aria-label={translate(k('tabs.label'))}>
        {tabs.map((t, i) => (
          <Tab key={t} label={translate(k(`tabs.${t}`))} id={`${baseId}-tab-${i}`} aria-controls={`${baseId}-panel-${i}`} />
        ))}
      </Tabs>

      <Box role="tabpanel" hidden={tab !== 0} id={`${baseId}-panel-0`} aria-labelledby={`${baseId}-tab-0`} sx={{ pt: 2 }}>
        {tab === 0 && (
          <Stack gap={2}>
            <Stack direction="row" gap={1} flexWrap="wrap" alignItems="center">
              <Chip label={`${translate(k('stage'))}: ${translate(k(`stages.${route.stage}`))}`} />
              <Chip label={`${translate(k('legal_stage'))}: ${translate(k(`legal.${route.legalStage}`))}`} variant="outlined" />
              <Typography>{translate(k('days_in_stage'), { smart_count: days })}</Typography>
              {route.stageDueOn ? (
                <Chip
                  color={overdue ? 'error' : 'default'}
                  variant={overdue ? 'filled' : 'outlined'}
                  label={translate(k(overdue ? 'overdue' : 'due'), { date: date(route.stageDueOn) })}
                  data-overdue={overdue ? 'true' : 'false'}
                />
              ) : (
                <Typography color="text.secondary">{translate(k('no_limit'))}</Typography>
              )}
            </Stack>
            {route.routeEvents.length === 0 ? (
              <Typography color="text.secondary">{translate(k('empty_timeline'))}</Typography>
            ) : (
              <Box component="ol" aria-label={translate(k('timeline'))} sx={{ m: 0, pl: 3 }}>
                {route.routeEvents.map((e) => (
                  <Box component="li" key={e.id} sx={{ mb: 1.5 }}>
                    <Typography component="p" fontWeight={600}>
                      {date(e.date)} · {translate(k(`steps.${e.step}`))}
                    </Typography>
                    <Typography component="p" variant="body2">
                      {translate(k('responsible'))}: {orgName(e.organizationId)} · {translate(k('stage_after'))}:{' '}
                      {translate(k(`stages.${e.stageAfter}`))}
                    </Typography>
                    <StepSummary event={e} />
                    {e.notes && (
                      <Typography component="p" variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
                        {translate(k('fields.notes'))}: {e.notes}
                      </Typography>
                    )}
                  </Box>
                ))}
              </Box>
            )}
            {writer && (
              <Stack direction="row" gap={1}>
                {next.length > 0 ? (
                  <Button label={k('record_next')} variant="contained" onClick={() => setDialog('step')} />
                ) : (
                  <Typography color="text.secondary">{translate(k('no_next'))}</Typography>
                )}
                {last && (
                  <Button
                    label={k('delete_last')}
                    color="error"
                    onClick={() =>
                      ask(
                        k('delete_last'),
                        translate(k('delete_confirm'), { step: translate(k(`steps.${last.step}`)), date: date(last.date) }),
                        () => routeApi.deleteEvent(last.id, last.version),
                      )
                    }
                  />
                )}
              </Stack>
            )}
          </Stack>
        )}
      </Box>

      <Box role="tabpanel" hidden={tab !== 1} id={`${baseId}-panel-1`} aria-labelledby={`${baseId}-tab-1`} sx={{ pt: 2 }}>
        {tab === 1 && (
          <Stack gap={2}>
            <RouteTable
              caption={k('services.table')}
              empty={k('services.empty')}
              head={[k('fields.kind'), k('fields.providerOrganizationId'), k('fields.startDate'), k('fields.endDate')]}
              rows={route.services.map((s) => [
                translate(k(`enums.CaseServiceKind.${s.kind}`)),
                orgName(s.providerOrganizationId),
                date(s.startDate),
                date(s.endDate),
              ])}
            />
            {writer && (
              <Button label={k('services.add')} variant="contained" sx={{ alignSelf: 'flex-start' }} onClick={() => setDialog('service')} />
            )}
          </Stack>
        )}
      </Box>

      <Box role="tabpanel" hidden={tab !== 2} id={`${baseId}-panel-2`} aria-labelledby={`${baseId}-tab-2`} sx={{ pt: 2 }}>
        {tab === 2 && (
          <Stack gap={2}>
            <RouteTable
              caption={k('consents.table')}
              empty={k('consents.empty')}
              head={[
                k('fields.purpose'),
                k('fields.consentOrganization'),
                k('fields.status'),
                k('fields.date'),
                k('fields.givenBy'),
                k('fields.recordedBy'),
                k('fields.withdrawnOn'),
                '',
              ]}
              rows={route.consents.map((c) => [
                translate(k(`enums.ConsentPurpose.${c.purpose}`)),
                orgName(c.organizationId),
                translate(k(`enums.ConsentStatus.${c.status}`)),
                date(c.date),
                translate(k(`enums.ConsentGiver.${c.givenBy}`)),
                c.recordedBy,
                date(c.withdrawnOn),
                writer && c.status === 'GIVEN' ? (
                  <Button
                    key="withdraw"
                    label={k('consents.withdraw')}
                    onClick={() =>
                      ask(k('consents.withdraw'), translate(k('consents.withdraw_confirm')), () =>
                        routeApi.withdrawConsent(c.id, c.version, today),
                      )
                    }
                  />
                ) : (
                  EMPTY
                ),
              ])}
            />
            {writer && (
              <Button
                label={k('consents.record')}
                variant="contained"
                sx={{ alignSelf: 'flex-start' }}
                onClick={() => setDialog('consent')}
              />
            )}
          </Stack>
        )}
      </Box>

      <Box role="tabpanel" hidden={tab !== 3} id={`${baseId}-panel-3`} aria-labelledby={`${baseId}-tab-3`} sx={{ pt: 2 }}>
        {tab === 3 && (
          <Stack gap={2}>
            <RouteTable
              caption={k('referrals.table')}
              empty={k('referrals.empty')}
              head={[k('fields.toOrganizationId'), k('fields.status'), k('fields.startedOn'), k('fields.endedOn'), k('fields.reason'), '']}
              rows={route.referrals.map((r) => [
                <span key="org">
                  {orgName(r.toOrganizationId)}
                  {r.override && <Chip size="small" color="warning" label={translate(k('referrals.override_flag'))} sx={{ ml: 1 }} />}
                </span>,
                translate(k(`enums.ReferralStatus.${r.status}`)),
                date(r.startedOn),
                date(r.endedOn),
                r.reason ?? EMPTY,
                writer && r.status === 'ACTIVE' ? (
                  <Button
                    key="end"
                    label={k('referrals.end')}
                    onClick={() =>
                      ask(k('referrals.end'), translate(k('referrals.end_confirm')), () => routeApi.endReferral(r.id, r.version, today))
                    }
                  />
                ) : (
                  EMPTY
                ),
              ])}
            />
            {writer && (
              <Button
                label={k('referrals.refer')}
                variant="contained"
                sx={{ alignSelf: 'flex-start' }}
                onClick={() => setDialog('refer')}
              />
            )}
          </Stack>
        )}
      </Box>

      {writer && (
        <>
          <RecordStepDialog open={dialog === 'step'} onClose={() => setDialog(null)} route={route} onSaved={refresh} isAdmin={isAdmin} />
          <AddServiceDialog open={dialog === 'service'} onClose={() => setDialog(null)} route={route} onSaved={refresh} />
          <RecordConsentDialog open={dialog === 'consent'} onClose={() => setDialog(null)} route={route} onSaved={refresh} />
          <ReferDialog open={dialog === 'refer'} onClose={() => setDialog(null)} route={route} onSaved={refresh} isAdmin={isAdmin} />
        </>
      )}
      <Confirm
        isOpen={!!confirm}
        title={confirm?.title ?? ''}
        content={confirm?.content ?? ''}
        onClose={() => setConfirm(null)}
        onConfirm={async () => {
          const run = confirm?.run;
          setConfirm(null);
          try {
            await run?.();
            notify(k('saved'), { type: 'success' });
          } catch (e) {
            // An action's refusal names its reason (e.g. a consent in use): say it, not "invalid input".
            const problem = (e as { body?: { problems?: { key: string; params?: Record<string, unknown> }[] } }).body?.problems?.[0];
            notify(problem?.key ?? errorMessage(e), { type: 'error', messageArgs: problem?.params });
          }
          refresh();
        }}
      />
    </Box>
  );
}

/** The step's own fields, in words. */
const StepSummary = ({ event }: { event: CaseRoute['routeEvents'][number] }) => {
  const translate = useTranslate();
  const f = event.form;
  const parts: string[] = [];
  if (f.channel) parts.push(translate(k(`enums.ReportChannel.${f.channel}`)));
  if (f.screeningResult) parts.push(translate(k(`enums.ScreeningResult.${f.screeningResult}`)));
  if (f.measureType) parts.push(translate(k(`enums.ProtectionMeasureType.${f.measureType}`)));
  if (f.planType) parts.push(translate(k(`enums.ReintegrationPlanType.${f.planType}`)));
  if (f.outcome) parts.push(translate(k(`enums.FollowUpOutcome.${f.outcome}`)));
  if (f.closureReason) parts.push(translate(k(`enums.CaseClosureReason.${f.closureReason}`)));
  if (f.fileNumber) parts.push(`${translate(k('fields.fileNumber'))}: ${f.fileNumber}`);
  if (f.goals?.length) parts.push(`${translate(k('fields.goals'))}: ${f.goals.join('; ')}`);
  return parts.length ? (
    <Typography component="p" variant="body2">
      {parts.join(' · ')}
    </Typography>
  ) : null;
};
