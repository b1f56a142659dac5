import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { Form, NumberInput, SaveButton, SelectInput, TextInput, Title, useGetList, useNotify, useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router';
import { ACTIVITY_KINDS, AGE_BANDS } from '@ruta/schema/zod/activityRecord';
import type { ActivityKind, AgeBand } from '../../graphql/generated/graphql.ts';
import { LocaleDateInput } from '../../commons/LocaleDateInput.tsx';
import { PlaceInputs } from '../../commons/place/PlaceInputs.tsx';
import { errorMessage } from '../../commons/serverFieldErrors.ts';
import { useRole } from '../../commons/useRole.ts';
import { activityApi, type ActivityDetail } from './activityApi.ts';

const ak = (key: string) => `ruta.activity.${key}`;
const SEXES = ['women', 'men', 'notRecorded'] as const;

type Counts = Partial<Record<(typeof SEXES)[number], number | null>>;
interface Values {
  organizationId?: string | null;
  programId?: string;
  objectiveCode?: string;
  title?: string;
  kind?: ActivityKind;
  startDate?: string;
  endDate?: string;
  place?: { country?: string; provinceCode?: string | null; cantonCode?: string | null; locality?: string | null };
  bands?: Partial<Record<AgeBand, Counts>>;
  expectedTotal?: number | null;
  narrative?: string | null;
}

const linesOf = (bands: Values['bands']) =>
  AGE_BANDS.flatMap((band) => {
    const c = bands?.[band] ?? {};
    const line = { band, women: c.women ?? 0, men: c.men ?? 0, notRecorded: c.notRecorded ?? 0 };
    return line.women + line.men + line.notRecorded > 0 ? [line] : [];
  });

/** The running totals as the partner types. */
const Totals = () => {
  const translate = useTranslate();
  const bands = useWatch({ name: 'bands' }) as Values['bands'];
  const lines = linesOf(bands);
  const sum = (k: (typeof SEXES)[number]) => lines.reduce((a, l) => a + Number(l[k] || 0), 0);
  const women = sum('women');
  const men = sum('men');
  const notRecorded = sum('notRecorded');
  return (
    <Typography data-testid="activity-totals" role="status" sx={{ my: 1 }}>
      {translate(ak('totals_line'), { total: women + men + notRecorded, women, men, notRecorded })}
    </Typography>
  );
};

/** The shared form of a partner's activity record: create (no id in the route) or edit a draft or returned one. */
export const ActivityRecordForm = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const role = useRole();
  const { id } = useParams();
  const { data: current, error } = useQuery({
    queryKey: ['ruta', 'activityRecord', id],
    queryFn: () => activityApi.get(id!),
    enabled: !!id,
  });
  const { data: programs } = useGetList('Program', { pagination: { page: 1, perPage: 50 }, sort: { field: 'name', order: 'ASC' } });
  const staff = role === 'admin' || role === 'staff';
  const { data: organizations } = useGetList(
    'Organization',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' }, filter: { kind: 'NGO' } },
    { enabled: staff && !id },
  );
  if (id && !current) return error ? <Alert severity="error">{translate(errorMessage(error))}</Alert> : null;
  const defaults: Values = current ? valuesOf(current) : { place: { country: 'EC' }, kind: 'AWARENESS_EVENT' };
  const onSubmit = async (raw: Record<string, unknown>) => {
    const v = raw as Values;
    const common = {
      objectiveCode: v.objectiveCode ?? '',
      title: v.title ?? '',
      kind: v.kind ?? 'OTHER',
      startDate: v.startDate ?? '',
      endDate: v.endDate ?? '',
      place: {
        country: v.place?.country ?? 'EC',
        provinceCode: v.place?.provinceCode ?? null,
        cantonCode: v.place?.cantonCode ?? null,
        locality: v.place?.locality ?? null,
      },
      reached: linesOf(v.bands),
      expectedTotal: v.expectedTotal ?? null,
      narrative: v.narrative ?? null,
    };
    try {
      const saved = current
        ? await activityApi.update({ id: current.id, version: current.version, ...common })
        : await activityApi.create({ ...common, programId: v.programId ?? '', organizationId: v.organizationId ?? null });
      navigate(`/ActivityRecord/${encodeURIComponent(saved.id)}/show`);
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
      const fields = (e as { fields?: { path: string; key: string }[] }).fields;
      if (fields) return Object.fromEntries(fields.map((f) => [f.path.replace(/^input\./, ''), f.key]));
    }
    return undefined;
  };
  return (
    <Box sx={{ p: 2, maxWidth: 960 }}>
      <Title title={translate(ak(current ? 'edit' : 'new'))} />
      <Typography component="h1" variant="h5" sx={{ mb: 2 }}>
        {current ? current.title : translate(ak('new'))}
      </Typography>
      <Form defaultValues={defaults} onSubmit={onSubmit}>
        {staff && !current && (
          <SelectInput
            source="organizationId"
            label="resources.ActivityRecord.fields.organizationId"
            choices={(organizations ?? []).map((o) => ({ id: o.id, name: o.name }))}
            fullWidth
          />
        )}
        {!current && (
          <SelectInput
            source="programId"
            label="resources.ActivityRecord.fields.programId"
            choices={(programs ?? []).map((p) => ({ id: p.id, name: p.name }))}
            fullWidth
          />
        )}
        <TextInput source="objectiveCode" label="resources.ActivityRecord.fields.objectiveCode" />
        <TextInput source="title" label="resources.ActivityRecord.fields.title" fullWidth />
        <SelectInput
          source="kind"
          label="resources.ActivityRecord.fields.kind"
          choices={ACTIVITY_KINDS.map((k) => ({ id: k, name: ak(`kinds.${k}`) }))}
        />
        <Box sx={{ display: 'flex', gap: 2 }}>
          <LocaleDateInput source="startDate" label="resources.ActivityRecord.fields.startDate" isRequired />
          <LocaleDateInput source="endDate" label="resources.ActivityRecord.fields.endDate" isRequired />
        </Box>
        <PlaceInputs source="place" />
        <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
          {translate(ak('reached'))}
        </Typography>
        <Table size="small" aria-label={translate(ak('reached'))}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {translate(ak('band'))}
              </TableCell>
              {(['women', 'men', 'not_recorded'] as const).map((s) => (
                <TableCell key={s} component="th" scope="col">
                  {translate(ak(s))}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {AGE_BANDS.map((band) => (
              <TableRow key={band} aria-label={translate(ak(`bands.${band}`))}>
                <TableCell component="th" scope="row">
                  {translate(ak(`bands.${band}`))}
                </TableCell>
                {SEXES.map((s) => (
                  <TableCell key={s}>
                    <NumberInput
                      source={`bands.${band}.${s}`}
                      label={`${translate(ak(s === 'notRecorded' ? 'not_recorded' : s))} — ${translate(ak(`bands.${band}`))}`}
                      min={0}
                      helperText={false}
                      size="small"
                    />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Totals />
        <NumberInput source="expectedTotal" label="resources.ActivityRecord.fields.expectedTotal" min={0} />
        <TextInput source="narrative" label="resources.ActivityRecord.fields.narrative" multiline minRows={3} fullWidth />
        <SaveButton label={ak('save')} />
      </Form>
    </Box>
  );
};

function valuesOf(r: NonNullable<ActivityDetail>): Values {
  const bands: Values['bands'] = {};
  for (const l of r.reached) bands[l.band] = { women: l.women, men: l.men, notRecorded: l.notRecorded };
  return {
    objectiveCode: r.objectiveCode,
    title: r.title,
    kind: r.kind,
    startDate: r.startDate,
    endDate: r.endDate,
    place: { country: r.place.country, provinceCode: r.place.provinceCode, cantonCode: r.place.cantonCode, locality: r.place.locality },
    bands,
    narrative: r.narrative,
  };
}
