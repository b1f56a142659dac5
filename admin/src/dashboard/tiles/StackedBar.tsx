import { Box } from '@mui/material';

/** One colour of a chart: its key, its colour and what the legend calls it. */
export interface BarSeries {
  key: string;
  color: string;
  label: string;
}

/**
 * The colours of a tile's bars with their names. Hidden from screen readers: the table the bars sit in
 * says the same in its cells, which is the chart's text alternative.
 */
export const BarLegend = ({ series, gutterBottom = false }: { series: readonly BarSeries[]; gutterBottom?: boolean }) => (
  <Box aria-hidden sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', fontSize: '0.75rem', mb: gutterBottom ? 1 : 0 }}>
    {series.map((s) => (
      <Box key={s.key} component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
        <Box component="span" sx={{ width: 10, height: 10, bgcolor: s.color, display: 'inline-block' }} />
        {s.label}
      </Box>
    ))}
  </Box>
);

/**
 * One table row's bar: as long as `total` is of `max` (the largest row fills the cell; a row with
 * anything shows at least a sliver), split into its segments in their colours. Hidden from screen
 * readers — the row's cells carry its figures; `title` names it for a pointer.
 */
export const StackedBar = ({
  title,
  total,
  max,
  segments,
}: {
  title: string;
  total: number;
  max: number;
  segments: readonly { key: string; color: string; value: number }[];
}) => (
  <Box aria-hidden title={title} sx={{ display: 'flex', height: 12, width: `${(total / max) * 100}%`, minWidth: total ? 4 : 0 }}>
    {segments.map((s) => (
      <Box key={s.key} sx={{ bgcolor: s.color, flexGrow: s.value, flexBasis: 0 }} />
    ))}
  </Box>
);
