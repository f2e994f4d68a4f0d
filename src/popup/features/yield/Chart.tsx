import type { ChartPoint } from '../../../protocol/domains/yield-values.ts';
import type { ChartMark } from './marks.ts';

const W = 300;
const H = 64;

/** A light inline SVG line of a position's value (no charting library). */
export function Chart({
  points,
  label,
  range,
  ends,
  marks = [],
  marksText,
}: {
  points: ChartPoint[];
  label: string;
  range: string;
  /** The first and last values, written under the chart ("12.3 α → 12.9 α"). */
  ends: string;
  /** The person's own deposits (▲) and withdrawals (▼) inside the chart's blocks, drawn where they landed. */
  marks?: ChartMark[];
  /** The sentence under the chart that says what the marks are (given when there are marks). */
  marksText?: (shown: { in: number; out: number }) => string;
}) {
  if (points.length < 2) return null;
  const values = points.map((p) => BigInt(p.alpha));
  const min = values.reduce((a, b) => (b < a ? b : a));
  const max = values.reduce((a, b) => (b > a ? b : a));
  const span = max - min;
  const first = points[0]!.block;
  const width = Math.max(1, points[points.length - 1]!.block - first);
  const xy = points.map((p, i) => {
    const x = ((p.block - first) / width) * W;
    // The value scaled in bigint first, so large amounts keep their shape.
    const y = span === 0n ? H / 2 : H - 2 - Number(((values[i]! - min) * 1000n) / span) * ((H - 4) / 1000);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const last = points[points.length - 1]!.block;
  const shown = marks.filter((m) => m.block >= first && m.block <= last);
  const count = { in: shown.filter((m) => m.kind === 'in').length, out: shown.filter((m) => m.kind === 'out').length };
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width="100%" height={H} preserveAspectRatio="none">
        <title>{`${label} ${range}`}</title>
        {/* Baseline: the lowest value of the period, so a rise reads against it. */}
        <line x1="0" y1={H - 1} x2={W} y2={H - 1} stroke="currentColor" strokeOpacity="0.35" strokeWidth="1" />
        <polyline
          points={xy.join(' ')}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          vectorEffect="non-scaling-stroke"
        />
        {shown.map((m) => {
          const x = (((m.block - first) / width) * W).toFixed(1);
          return (
            <g key={`${m.block}.${m.kind}`} data-mark={m.kind} data-block={m.block}>
              <line x1={x} y1="0" x2={x} y2={H} stroke="currentColor" strokeOpacity="0.5" strokeDasharray="2 2" />
              <text x={x} y={m.kind === 'in' ? 9 : H - 3} fontSize="9" textAnchor="middle" fill="currentColor">
                {m.kind === 'in' ? '▲' : '▼'}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted num-text" style={{ fontSize: 12 }}>
        {range} · {ends}
        {shown.length > 0 && marksText && <span data-testid="chart-marks"> · {marksText(count)}</span>}
      </figcaption>
    </figure>
  );
}
