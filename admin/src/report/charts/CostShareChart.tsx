import { useId } from 'react';
import { truncate } from './scale.ts';

export interface CostShare {
  label: string;
  title: string;
  cost: number;
}

interface Props {
  data: CostShare[];
  total: number;
  title: string;
  format: (minor: number) => string;
  formatShare: (fraction: number) => string;
}

const W = 640;
const ROW = 26;
const LABEL = 250;
const VALUE = 150;
export const COST_COLOR = '#2e7d32';

/** Horizontal bars: each objective's cost and its share of the direct costs, largest first. */
export const CostShareChart = ({ data, total, title, format, formatShare }: Props) => {
  const id = useId();
  const sorted = [...data].sort((a, b) => b.cost - a.cost);
  const max = Math.max(1, ...sorted.map((d) => d.cost));
  const H = sorted.length * ROW + 8;
  const plotW = W - LABEL - VALUE;
  const share = (cost: number) => (total > 0 ? cost / total : 0);
  const description = sorted.map((d) => `${d.title}: ${format(d.cost)} (${formatShare(share(d.cost))})`).join('; ');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-t ${id}-d`} style={{ maxWidth: W, display: 'block' }}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {sorted.map((d, i) => {
        const yMid = 4 + i * ROW + ROW / 2;
        const w = (d.cost / max) * plotW;
        return (
          <g key={`${d.label}-${i}`} data-objective={d.label}>
            <text x={LABEL - 8} y={yMid} dy="0.32em" textAnchor="end" fontSize="11" fill="#222">
              {truncate(d.title, 34)}
            </text>
            <rect x={LABEL} y={yMid - 8} width={Math.max(w, d.cost > 0 ? 1 : 0)} height={16} fill={COST_COLOR}>
              <title>{`${d.title}: ${format(d.cost)}`}</title>
            </rect>
            <text x={LABEL + w + 6} y={yMid} dy="0.32em" fontSize="11" fill="#222">
              {`${format(d.cost)} · ${formatShare(share(d.cost))}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
