import { useId } from 'react';
import { niceTicks, truncate } from './scale.ts';

export interface PlannedExecuted {
  label: string;
  title: string;
  planned: number;
  executed: number;
}

interface Props {
  data: PlannedExecuted[];
  title: string;
  legend: { planned: string; executed: string };
  /** Full amount, for tooltips and the accessible description. */
  format: (minor: number) => string;
  /** Short amount for the axis (e.g. 150 k US$). */
  formatAxis: (minor: number) => string;
}

const W = 640;
const H = 280;
const M = { top: 16, right: 12, bottom: 56, left: 72 };
export const PLANNED_COLOR = '#90caf9';
export const EXECUTED_COLOR = '#1565c0';

/**
 * Grouped columns: planned budget and executed cost per objective. Plain SVG scales to any width
 * and prints sharp; every bar carries its exact amount as a tooltip and in the description.
 */
export const PlannedExecutedChart = ({ data, title, legend, format, formatAxis }: Props) => {
  const id = useId();
  const ticks = niceTicks(Math.max(1, ...data.flatMap((d) => [d.planned, d.executed])));
  const top = ticks[ticks.length - 1]!;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const band = plotW / Math.max(1, data.length);
  const bar = Math.min(28, band * 0.36);
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const description = data
    .map((d) => `${d.title}: ${legend.planned} ${format(d.planned)}, ${legend.executed} ${format(d.executed)}`)
    .join('; ');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-t ${id}-d`} style={{ maxWidth: W, display: 'block' }}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#e0e0e0" />
          <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize="11" fill="#555">
            {formatAxis(t)}
          </text>
        </g>
      ))}
      {data.map((d, i) => {
        const x = M.left + i * band + band / 2;
        return (
          <g key={`${d.label}-${i}`} data-objective={d.label}>
            <rect x={x - bar - 1} y={y(d.planned)} width={bar} height={y(0) - y(d.planned)} fill={PLANNED_COLOR}>
              <title>{`${d.title} — ${legend.planned}: ${format(d.planned)}`}</title>
            </rect>
            <rect x={x + 1} y={y(d.executed)} width={bar} height={y(0) - y(d.executed)} fill={EXECUTED_COLOR}>
              <title>{`${d.title} — ${legend.executed}: ${format(d.executed)}`}</title>
            </rect>
            <text x={x} y={H - M.bottom + 16} textAnchor="middle" fontSize="12" fill="#222">
              {truncate(d.label, Math.max(4, Math.floor(band / 7)))}
            </text>
          </g>
        );
      })}
      <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} stroke="#555" />
      <g transform={`translate(${M.left}, ${H - 18})`} fontSize="12" fill="#222">
        <rect width="12" height="12" y="-10" fill={PLANNED_COLOR} />
        <text x="18">{legend.planned}</text>
        <rect x="180" width="12" height="12" y="-10" fill={EXECUTED_COLOR} />
        <text x="198">{legend.executed}</text>
      </g>
    </svg>
  );
};
