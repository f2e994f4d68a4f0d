import type { ChartPoint } from '../../../protocol/domains/yield-values.ts';

const W = 300;
const H = 64;

/** A light inline SVG line of a position's value (no charting library). */
export function Chart({ points, label, range }: { points: ChartPoint[]; label: string; range: string }) {
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
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width="100%" height={H} preserveAspectRatio="none">
        <title>{`${label} ${range}`}</title>
        <polyline
          points={xy.join(' ')}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <figcaption className="muted" style={{ fontSize: 11 }}>
        {range}
      </figcaption>
    </figure>
  );
}
