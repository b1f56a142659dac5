import { ArrayField, ChipField, SingleFieldList } from 'react-admin';

/** The donors embedded in a program, as chips (acronym when there is one) linking to each organization. */
export const DonorChips = (_props: { label?: string; sortable?: boolean }) => (
  <ArrayField source="donors">
    <SingleFieldList resource="Organization" linkType="show" sx={{ flexWrap: 'wrap' }}>
      <ChipField source="acronym" emptyText="" size="small" />
    </SingleFieldList>
  </ArrayField>
);
