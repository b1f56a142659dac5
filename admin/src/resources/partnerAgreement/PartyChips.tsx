import { Chip } from '@mui/material';
import { ArrayField, SingleFieldList, useRecordContext } from 'react-admin';

interface Party {
  id: string;
  name: string;
  acronym?: string | null;
}

/** A party by its acronym (full name on hover), or its name when it has none. */
const PartyChip = () => {
  const party = useRecordContext<Party>();
  if (!party) return null;
  return <Chip size="small" clickable label={party.acronym || party.name} title={party.name} sx={{ m: 0.25 }} />;
};

/** The parties embedded in an agreement, as chips linking to each organization. */
export const PartyChips = (_props: { label?: string; source?: string; sortable?: boolean }) => (
  <ArrayField source="parties">
    <SingleFieldList resource="Organization" linkType="show" sx={{ flexWrap: 'wrap' }}>
      <PartyChip />
    </SingleFieldList>
  </ArrayField>
);
