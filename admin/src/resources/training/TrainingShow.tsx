import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  ArrayField,
  ChipField,
  DeleteButton,
  EditButton,
  Labeled,
  ListButton,
  ReferenceField,
  SelectField,
  Show,
  SingleFieldList,
  TabbedShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { HistoryTab } from '../../commons/history/HistoryTab.tsx';
import { LocaleDateField } from '../../commons/LocaleDateField.tsx';
import { PlaceField } from '../../commons/place/PlaceInputs.tsx';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';
import type { RosterEntry } from '../../providers/training/trainingMethods.ts';
import type { TrainingFieldsFragment } from '../../graphql/generated/graphql.ts';
import { participantSexes, trainingKinds } from './choices.ts';

const TrainingShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

const useNumber = () => {
  const [locale] = useLocaleState();
  return (n: number) => n.toLocaleString(locale === 'es' ? 'es-EC' : 'en-US');
};

/** The audience lines with their totals, and the training's totals (derived by the server). */
const AudienceTable = () => {
  const t = useRecordContext<TrainingFieldsFragment>();
  const translate = useTranslate();
  const n = useNumber();
  if (!t) return null;
  const label = (k: string) => translate(`resources.Training.fields.${k}`);
  const fromRoster = t.rosterSize > 0;
  const cell = (v: number) => (fromRoster ? '—' : n(v));
  return (
    <Table size="small" aria-label={translate('resources.Training.sections.audience')} sx={{ maxWidth: 900 }}>
      <TableHead>
        <TableRow>
          <TableCell>{label('institution')}</TableCell>
          <TableCell align="right">{label('women')}</TableCell>
          <TableCell align="right">{label('men')}</TableCell>
          <TableCell align="right">{label('notRecorded')}</TableCell>
          <TableCell align="right">{label('total')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {t.audience.map((l, i) => (
          <TableRow key={l.organizationId ?? `${l.group}-${i}`}>
            <TableCell>{l.organization ? l.organization.name : (l.group ?? '—')}</TableCell>
            <TableCell align="right">{cell(l.women)}</TableCell>
            <TableCell align="right">{cell(l.men)}</TableCell>
            <TableCell align="right">{cell(l.notRecorded)}</TableCell>
            <TableCell align="right">{cell(l.total)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
            {label('totals')}
            {fromRoster ? ` (${translate('resources.Training.helper.counts_from_roster')})` : ''}
          </TableCell>
          <TableCell align="right" sx={{ fontWeight: 700 }}>
            {n(t.totals.women)}
          </TableCell>
          <TableCell align="right" sx={{ fontWeight: 700 }}>
            {n(t.totals.men)}
          </TableCell>
          <TableCell align="right" sx={{ fontWeight: 700 }}>
            {n(t.totals.notRecorded)}
          </TableCell>
          <TableCell align="right" sx={{ fontWeight: 700 }}>
            {n(t.totals.total)}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
};

/** The roster, read apart from the record; the API answers null to those who may not read it. */
const RosterTable = () => {
  const t = useRecordContext<TrainingFieldsFragment>();
  const translate = useTranslate();
  const dataProvider = useRutaDataProvider();
  const [entries, setEntries] = useState<RosterEntry[] | null | undefined>(undefined);
  useEffect(() => {
    if (!t?.rosterSize) return;
    let live = true;
    dataProvider
      .trainingRoster(t.id)
      .then(({ data }) => live && setEntries(data))
      .catch(() => live && setEntries(null));
    return () => {
      live = false;
    };
  }, [t?.id, t?.rosterSize, dataProvider]);
  if (!t) return null;
  if (!t.rosterSize) return <Typography>{translate('resources.Training.roster_none')}</Typography>;
  if (entries === undefined) return null;
  if (entries === null) return <Typography>{translate('resources.Training.roster_hidden')}</Typography>;
  const label = (k: string) => translate(`resources.Training.fields.${k}`);
  const sex = (s: string) => translate(participantSexes.find((c) => c.id === s)?.name ?? s);
  return (
    <Table size="small" aria-label={translate('resources.Training.fields.roster')}>
      <TableHead>
        <TableRow>
          {['name', 'sex', 'institution', 'position', 'email'].map((k) => (
            <TableCell key={k}>{label(k)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((e, i) => (
          <TableRow key={i}>
            <TableCell>{e.name}</TableCell>
            <TableCell>{sex(e.sex)}</TableCell>
            <TableCell>{e.institution ?? '—'}</TableCell>
            <TableCell>{e.position ?? '—'}</TableCell>
            <TableCell>{e.email ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

export const TrainingShow = () => (
  <Show actions={<TrainingShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.Training.sections.training">
        <TextField source="title" />
        <Stack direction="row" gap={4} flexWrap="wrap">
          <Labeled>
            <SelectField source="kind" choices={trainingKinds} />
          </Labeled>
          <Labeled>
            <LocaleDateField source="startDate" />
          </Labeled>
          <Labeled>
            <LocaleDateField source="endDate" />
          </Labeled>
        </Stack>
        <Labeled label="resources.Training.fields.place">
          <PlaceField source="place" />
        </Labeled>
        <TextArrayField source="topics" emptyText="—" />
        <ArrayField source="organizers">
          <SingleFieldList resource="Organization" linkType="show">
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ArrayField>
        <Stack direction="row" gap={4}>
          <ReferenceField source="programId" reference="Program" link={false} emptyText="—">
            <TextField source="name" />
          </ReferenceField>
          <TextField source="objectiveCode" />
        </Stack>
        <LocaleDateField source="updatedAt" showTime />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.Training.sections.audience" path="participants">
        <AudienceTable />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.Training.sections.roster" path="roster">
        <RosterTable />
      </TabbedShowLayout.Tab>
      <HistoryTab entityType="Training" path="history" />
    </TabbedShowLayout>
  </Show>
);
