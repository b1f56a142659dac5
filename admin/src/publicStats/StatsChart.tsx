import { useId } from 'react';

export interface ChartBar {
  label: string;
  /** null: suppressed. */
  value: number | null;
}

interface Props {
  bars: ChartBar[];
  title: string;
  /** How a suppressed bar reads ("<11"). */
  suppressed: string;
  format: (n: number) => string;
}

const W = 640;
const ROW = 26;
const M = { top: 8, right: 56, bottom: 8, left: 180 };
const COLOR = '#1565c0';

/**
 * Horizontal bars, plain SVG (no chart library: this page is for visitors and must stay light). A
 * suppressed count is drawn as a hatched stub marked "<k", never as a value. The title and a
 * description listing every bar are the chart's text alternative.
 */
export const StatsChart = ({ bars, title, suppressed, format }: Props) => {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const plotW = W - M.left - M.right;
  const H = M.top + M.bottom + ROW * bars.length;
  const description = bars.map((b) => `${b.label}: ${b.value === null ? suppressed : format(b.value)}`).join('; ');
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="stats-chart"
      style={{ maxWidth: W, fontFamily: 'inherit' }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#eeeeee" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#757575" strokeWidth="2" />
        </pattern>
      </defs>
      {bars.map((b, i) => {
        const y = M.top + i * ROW;
        const w = b.value === null ? 24 : Math.max(1, (b.value / max) * plotW);
        const label = b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label;
        return (
          <g key={`${b.label}-${i}`}>
            <text x={M.left - 8} y={y + ROW / 2 + 4} textAnchor="end" fontSize="12" fill="#212121">
              {label}
            </text>
            <rect x={M.left} y={y + 4} width={w} height={ROW - 8} fill={b.value === null ? `url(#${id}-hatch)` : COLOR} />
            <text x={M.left + w + 6} y={y + ROW / 2 + 4} fontSize="12" fill="#212121">
              {b.value === null ? suppressed : format(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
