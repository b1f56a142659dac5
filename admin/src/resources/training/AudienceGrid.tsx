import { Box, Button, IconButton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { participantTotals } from '@ruta/schema/zod/training';
import { AutocompleteInput, NumberInput, ReferenceInput, TextInput, useTranslate } from 'react-admin';
import { useFieldArray, useWatch } from 'react-hook-form';

const byName = (text: string) => ({ q: text });
const organizationLabel = (o: { name: string; acronym?: string | null }) => (o.acronym ? `${o.name} (${o.acronym})` : o.name);
const number = (v: unknown) => (v === '' || v == null || Number.isNaN(Number(v)) ? 0 : Number(v));

/** The live total of one line, announced politely to screen readers as it changes. */
const LineTotal = ({ index }: { index: number }) => {
  const translate = useTranslate();
  const [women, men, notRecorded] = useWatch({
    name: [`audience.${index}.women`, `audience.${index}.men`, `audience.${index}.notRecorded`],
  });
  const total = number(women) + number(men) + number(notRecorded);
  return (
    <output aria-live="polite" aria-label={translate('resources.Training.line_total', { total })}>
      {total.toLocaleString()}
    </output>
  );
};

/**
 * The audience lines as an editable grid: one row per participating institution (an organization or a
 * free-text group) with its women, men and not recorded; each row's total and the training's totals
 * follow as the user types. With a roster, the counts come from it: the count inputs are disabled.
 */
export const AudienceGrid = ({ fromRoster }: { fromRoster: boolean }) => {
  const translate = useTranslate();
  const { fields, append, remove } = useFieldArray({ name: 'audience' });
  const lines = useWatch({ name: 'audience' }) as { women?: unknown; men?: unknown; notRecorded?: unknown }[] | undefined;
  const roster = useWatch({ name: 'roster' }) as { sex?: string }[] | undefined;
  const totals = participantTotals(
    (lines ?? []).map((l) => ({ women: number(l?.women), men: number(l?.men), notRecorded: number(l?.notRecorded) })),
    fromRoster ? roster : null,
  );
  const label = (key: string) => translate(`resources.Training.fields.${key}`);
  return (
    <Box sx={{ width: '100%', overflowX: 'auto' }}>
      <Typography variant="body2" color="text.secondary" id="audience-help">
        {translate('resources.Training.helper.audience')}
      </Typography>
      <Table size="small" aria-label={translate('resources.Training.sections.audience')} aria-describedby="audience-help">
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            <TableCell>{label('institution')}</TableCell>
            <TableCell>{label('women')}</TableCell>
            <TableCell>{label('men')}</TableCell>
            <TableCell>{label('notRecorded')}</TableCell>
            <TableCell>{label('expectedTotal')}</TableCell>
            <TableCell>{label('total')}</TableCell>
            <TableCell>
              <span
                className="visually-hidden"
                style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
              >
                {translate('ra.action.remove')}
              </span>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field, i) => (
            <TableRow key={field.id} aria-label={translate('resources.Training.line', { n: i + 1 })}>
              <TableCell>{i + 1}</TableCell>
              <TableCell sx={{ minWidth: 260 }}>
                <ReferenceInput source={`audience.${i}.organizationId`} reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
                  <AutocompleteInput
                    label="resources.Training.fields.organizationId"
                    filterToQuery={byName}
                    optionText={organizationLabel}
                    helperText={false}
                  />
                </ReferenceInput>
                <TextInput source={`audience.${i}.group`} label="resources.Training.fields.group" helperText={false} />
              </TableCell>
              {(['women', 'men', 'notRecorded'] as const).map((k) => (
                <TableCell key={k} sx={{ minWidth: 110 }}>
                  <NumberInput
                    source={`audience.${i}.${k}`}
                    label={`resources.Training.fields.${k}`}
                    min={0}
                    step={1}
                    disabled={fromRoster}
                    helperText={fromRoster ? 'resources.Training.helper.counts_from_roster' : false}
                  />
                </TableCell>
              ))}
              <TableCell sx={{ minWidth: 130 }}>
                <NumberInput
                  source={`audience.${i}.expectedTotal`}
                  label="resources.Training.fields.expectedTotal"
                  min={0}
                  step={1}
                  disabled={fromRoster}
                  helperText={false}
                />
              </TableCell>
              <TableCell>{fromRoster ? '—' : <LineTotal index={i} />}</TableCell>
              <TableCell>
                <IconButton aria-label={translate('resources.Training.remove_line', { n: i + 1 })} onClick={() => remove(i)}>
                  <DeleteIcon />
                </IconButton>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button
        startIcon={<AddIcon />}
        onClick={() => append({ organizationId: null, group: '', women: null, men: null, notRecorded: null, expectedTotal: null })}
      >
        {translate('resources.Training.add_line')}
      </Button>
      <Typography role="status" aria-live="polite" sx={{ mt: 1, fontWeight: 600 }} data-testid="training-totals">
        {translate('resources.Training.totals_live', {
          total: totals.total.toLocaleString(),
          women: totals.women.toLocaleString(),
          men: totals.men.toLocaleString(),
          notRecorded: totals.notRecorded.toLocaleString(),
        })}
      </Typography>
    </Box>
  );
};
