import { Alert, Button as MuiButton, Stack } from '@mui/material';
import { useState } from 'react';
import { AutocompleteInput, BooleanInput, ReferenceInput, SelectInput, TextInput, useTranslate, useLocaleState } from 'react-admin';
import { useWatch, type FieldValues } from 'react-hook-form';
import {
  allowedSteps,
  CONSENT_GIVERS,
  CONSENT_PURPOSES,
  FOLLOW_UP_OUTCOMES,
  PROTECTION_MEASURE_TYPES,
  REINTEGRATION_PLAN_TYPES,
  REPORT_CHANNELS,
  SCREENING_RESULTS,
  SERVICE_KINDS,
  STEP_FORM_FIELDS,
  createCaseServiceInputFor,
  recordConsentInputFor,
  recordRouteEventInputFor,
  referCaseInput,
  type RouteStep,
} from '@ruta/schema/zod/caseRoute';
import { CLOSURE_REASONS } from '@ruta/schema/zod/case';
import { LocaleDateInput } from '#commons/LocaleDateInput.tsx';
import { newId } from '#commons/newId.ts';
import { encodeMessage } from '#commons/validationMessage.ts';
import { zodFormResolver } from '#commons/zodFormResolver.ts';
import { FormDialog } from '#commons/FormDialog.tsx';
import { routeApi, todayIso, type CaseRoute, type ConsentRow } from './routeApi.ts';

const label = (field: string) => `ruta.caseRoute.fields.${field}`;
const enumChoices = (type: string, values: readonly string[]) => values.map((id) => ({ id, name: `ruta.caseRoute.enums.${type}.${id}` }));
const byName = (q: string) => ({ q });

const OrganizationInput = ({ source, isRequired = true }: { source: string; isRequired?: boolean }) => (
  <ReferenceInput source={source} reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput
      optionText="name"
      filterToQuery={byName}
      label={label(source === 'organizationId' ? 'organizationId' : source)}
      isRequired={isRequired}
    />
  </ReferenceInput>
);

/** Goals are typed one a line; the API takes a list. */
const goalsOf = (v: unknown): string[] =>
  typeof v === 'string'
    ? v
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean)
    : Array.isArray(v)
      ? (v as string[])
      : [];

/** The form's values → the API's input: only the chosen step's fields, goals as a list. */
function eventInput(v: FieldValues) {
  const step = v.step as RouteStep;
  const form: Record<string, unknown> = {};
  for (const field of STEP_FORM_FIELDS[step] ?? []) {
    const value = field === 'goals' ? goalsOf(v.form?.goals) : v.form?.[field];
    if (value !== undefined && value !== null && value !== '') form[field] = value;
  }
  return {
    id: v.id,
    caseId: v.caseId,
    step,
    date: v.date,
    ...(v.organizationId ? { organizationId: v.organizationId } : {}),
    form,
    notes: v.notes || null,
  };
}

/** The fields of the chosen step. */
const StepFields = () => {
  const step = useWatch({ name: 'step' }) as RouteStep | undefined;
  if (!step) return null;
  const fields = STEP_FORM_FIELDS[step];
  return (
    <>
      {fields.includes('channel') && (
        <SelectInput source="form.channel" label={label('channel')} choices={enumChoices('ReportChannel', REPORT_CHANNELS)} isRequired />
      )}
      {fields.includes('screeningResult') && (
        <SelectInput
          source="form.screeningResult"
          label={label('screeningResult')}
          choices={enumChoices('ScreeningResult', SCREENING_RESULTS)}
          isRequired
        />
      )}
      {fields.includes('measureType') && (
        <SelectInput
          source="form.measureType"
          label={label('measureType')}
          choices={enumChoices('ProtectionMeasureType', PROTECTION_MEASURE_TYPES)}
          isRequired
        />
      )}
      {fields.includes('goals') && (
        <TextInput source="form.goals" label={label('goals')} multiline minRows={2} isRequired helperText={false} />
      )}
      {fields.includes('planType') && (
        <SelectInput
          source="form.planType"
          label={label('planType')}
          choices={enumChoices('ReintegrationPlanType', REINTEGRATION_PLAN_TYPES)}
          isRequired
        />
      )}
      {fields.includes('outcome') && (
        <SelectInput
          source="form.outcome"
          label={label('outcome')}
          choices={enumChoices('FollowUpOutcome', FOLLOW_UP_OUTCOMES)}
          isRequired
        />
      )}
      {fields.includes('closureReason') && (
        <SelectInput
          source="form.closureReason"
          label={label('closureReason')}
          choices={enumChoices('CaseClosureReason', CLOSURE_REASONS)}
          isRequired
        />
      )}
      {fields.includes('fileNumber') && <TextInput source="form.fileNumber" label={label('fileNumber')} />}
    </>
  );
};

interface DialogProps {
  open: boolean;
  onClose: () => void;
  route: CaseRoute;
  onSaved: () => void;
}

/** Records the next step: only the steps the route allows now are offered, each with its own fields. */
export const RecordStepDialog = ({ open, onClose, route, onSaved, isAdmin }: DialogProps & { isAdmin: boolean }) => {
  const steps = allowedSteps({ stage: route.stage, legalStage: route.legalStage, minor: route.isMinor });
  const resolver = zodFormResolver(recordRouteEventInputFor(todayIso()), eventInput);
  return (
    <FormDialog
      savedMessage="ruta.caseRoute.saved"
      open={open}
      onClose={onClose}
      title="ruta.caseRoute.record_next"
      defaultValues={{ id: newId(), caseId: route.id, step: steps[0], date: todayIso(), form: {}, notes: '' }}
      resolver={resolver}
      save={(v) => routeApi.recordEvent(eventInput(v))}
      onSaved={onSaved}
    >
      <SelectInput
        source="step"
        label={label('step')}
        choices={steps.map((id) => ({ id, name: `ruta.caseRoute.steps.${id}` }))}
        isRequired
      />
      <LocaleDateInput source="date" label={label('date')} isRequired />
      {isAdmin && <OrganizationInput source="organizationId" />}
      <StepFields />
      <TextInput source="notes" label={label('notes')} multiline minRows={2} helperText="ruta.caseRoute.notes_hidden" />
    </FormDialog>
  );
};

export const AddServiceDialog = ({ open, onClose, route, onSaved }: DialogProps) => (
  <FormDialog
    savedMessage="ruta.caseRoute.saved"
    open={open}
    onClose={onClose}
    title="ruta.caseRoute.services.add"
    defaultValues={{ id: newId(), caseId: route.id, kind: null, startDate: todayIso(), endDate: null }}
    resolver={zodFormResolver(createCaseServiceInputFor(todayIso()))}
    save={(v) =>
      routeApi.createService({
        id: v.id,
        caseId: v.caseId,
        kind: v.kind,
        providerOrganizationId: v.providerOrganizationId,
        startDate: v.startDate,
        endDate: v.endDate || null,
      })
    }
    onSaved={onSaved}
  >
    <SelectInput source="kind" label={label('kind')} choices={enumChoices('CaseServiceKind', SERVICE_KINDS)} isRequired />
    <OrganizationInput source="providerOrganizationId" />
    <LocaleDateInput source="startDate" label={label('startDate')} isRequired />
    <LocaleDateInput source="endDate" label={label('endDate')} />
  </FormDialog>
);

const ConsentOrganization = () => {
  const purpose = useWatch({ name: 'purpose' });
  return purpose === 'REFERRAL' ? (
    <ReferenceInput source="organizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" filterToQuery={byName} label={label('consentOrganization')} isRequired />
    </ReferenceInput>
  ) : null;
};

export const RecordConsentDialog = ({
  open,
  onClose,
  route,
  onSaved,
  organizationId,
}: DialogProps & { organizationId?: string | null }) => {
  const translate = useTranslate();
  return (
    <FormDialog
      savedMessage="ruta.caseRoute.saved"
      open={open}
      onClose={onClose}
      title="ruta.caseRoute.consents.record"
      defaultValues={{
        id: newId(),
        caseId: route.id,
        purpose: organizationId ? 'REFERRAL' : null,
        organizationId: organizationId ?? null,
        date: todayIso(),
        givenBy: route.isMinor ? 'GUARDIAN' : 'PERSON',
      }}
      resolver={zodFormResolver(recordConsentInputFor(todayIso()), (v) => ({
        ...v,
        organizationId: v.purpose === 'REFERRAL' ? v.organizationId : null,
      }))}
      save={(v) =>
        routeApi.recordConsent({
          id: v.id,
          caseId: v.caseId,
          purpose: v.purpose,
          organizationId: v.purpose === 'REFERRAL' ? v.organizationId : null,
          date: v.date,
          givenBy: v.givenBy,
        })
      }
      onSaved={onSaved}
    >
      {route.isMinor && <Alert severity="info">{translate('ruta.caseRoute.consents.minor_hint')}</Alert>}
      <SelectInput source="purpose" label={label('purpose')} choices={enumChoices('ConsentPurpose', CONSENT_PURPOSES)} isRequired />
      <ConsentOrganization />
      <LocaleDateInput source="date" label={label('date')} isRequired />
      <SelectInput source="givenBy" label={label('givenBy')} choices={enumChoices('ConsentGiver', CONSENT_GIVERS)} isRequired />
    </FormDialog>
  );
};

/** The current consent to refer to an organization (the server applies the same rule). */
export const consentFor = (consents: readonly ConsentRow[], organizationId: string | null | undefined) =>
  organizationId
    ? (consents.filter((c) => c.purpose === 'REFERRAL' && c.status === 'GIVEN' && c.organizationId === organizationId).at(-1) ?? null)
    : null;

/** What the dialog knows about consent for the organization chosen; offers to record it first. */
const ConsentCheck = ({
  route,
  isAdmin,
  onRecordConsent,
}: {
  route: CaseRoute;
  isAdmin: boolean;
  onRecordConsent: (org: string) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const to = useWatch({ name: 'toOrganizationId' }) as string | null;
  const override = useWatch({ name: 'override' }) as boolean;
  if (!to) return <Alert severity="info">{translate('ruta.caseRoute.referrals.choose_organization')}</Alert>;
  const consent = consentFor(route.consents, to);
  if (consent) {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(consent.date));
    return <Alert severity="success">{translate('ruta.caseRoute.referrals.consent_ok', { date })}</Alert>;
  }
  return (
    <Stack gap={1}>
      <Alert
        severity="warning"
        role="alert"
        action={
          <MuiButton color="inherit" size="small" onClick={() => onRecordConsent(to)}>
            {translate('ruta.caseRoute.referrals.record_consent_first')}
          </MuiButton>
        }
      >
        {translate('ruta.caseRoute.referrals.consent_missing')}
      </Alert>
      {isAdmin && (
        <>
          <Alert severity="info">{translate('ruta.caseRoute.referrals.override_hint')}</Alert>
          <BooleanInput source="override" label={label('override')} />
          {override && <TextInput source="overrideReason" label={label('overrideReason')} multiline minRows={2} isRequired />}
        </>
      )}
    </Stack>
  );
};

/**
 * Refers the case: the organization is chosen first and the dialog says at once whether the person
 * consented to it; without consent it explains and offers to record the consent first (admins may
 * override with a written reason). A referral without either is never sent.
 */
export const ReferDialog = ({ open, onClose, route, onSaved, isAdmin }: DialogProps & { isAdmin: boolean }) => {
  const [consentFor_, setConsentFor] = useState<string | null>(null);
  const toInput = (v: FieldValues) => ({
    id: v.id,
    caseId: v.caseId,
    toOrganizationId: v.toOrganizationId,
    reason: v.reason,
    override: v.override ? { reason: v.overrideReason ?? '' } : null,
  });
  const base = zodFormResolver(referCaseInput, toInput);
  const resolver: typeof base = async (values, context, options) => {
    const result = await base(values, context, options);
    const errors = { ...result.errors } as Record<string, unknown>;
    if (values.toOrganizationId && !consentFor(route.consents, values.toOrganizationId) && !values.override)
      errors.toOrganizationId = { type: 'custom', message: encodeMessage('validation.consent_required') };
    if (values.override && !errors['override.reason'] && !String(values.overrideReason ?? '').trim())
      errors.overrideReason = { type: 'custom', message: encodeMessage('validation.required') };
    if (errors['override.reason']) errors.overrideReason = errors['override.reason'];
    return Object.keys(errors).length ? { values: {}, errors: errors as never } : result;
  };
  return (
    <>
      <FormDialog
        savedMessage="ruta.caseRoute.saved"
        open={open && !consentFor_}
        onClose={onClose}
        title="ruta.caseRoute.referrals.refer"
        defaultValues={{ id: newId(), caseId: route.id, toOrganizationId: null, reason: '', override: false, overrideReason: '' }}
        resolver={resolver}
        save={(v) => routeApi.referCase(toInput(v))}
        onSaved={onSaved}
      >
        <ReferenceInput source="toOrganizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" filterToQuery={byName} label={label('toOrganizationId')} isRequired />
        </ReferenceInput>
        <ConsentCheck route={route} isAdmin={isAdmin} onRecordConsent={setConsentFor} />
        <TextInput source="reason" label={label('reason')} multiline minRows={2} isRequired />
      </FormDialog>
      <RecordConsentDialog
        open={!!consentFor_}
        onClose={() => setConsentFor(null)}
        route={route}
        organizationId={consentFor_}
        onSaved={onSaved}
      />
    </>
  );
};
