import { useMemo } from 'react';

/** A small deterministic picture of an address (colours and cells from its bytes), so accounts are told apart at a glance. */
export function Identicon({ address, size = 32 }: { address: string; size?: number }) {
  const cells = useMemo(() => {
    let h = 2166136261;
    const bytes: number[] = [];
    for (let i = 0; i < 32; i++) {
      h ^= address.charCodeAt(i % address.length) + i;
      h = Math.imul(h, 16777619) >>> 0;
      bytes.push(h & 0xff);
    }
    return bytes;
  }, [address]);
  const hue = (cells[0]! * 360) / 256;
  const fg = `hsl(${hue} 60% 45%)`;
  const bg = `hsl(${(hue + 180) % 360} 40% 90%)`;
  const rects = [];
  for (let y = 0; y < 5; y++) {
    for (let x = 0; x < 3; x++) {
      if (cells[1 + y * 3 + x]! & 1) {
        rects.push(<rect key={`${x}-${y}`} x={x} y={y} width={1} height={1} fill={fg} />);
        if (x < 2) rects.push(<rect key={`m${x}-${y}`} x={4 - x} y={y} width={1} height={1} fill={fg} />);
      }
    }
  }
  return (
    <svg width={size} height={size} viewBox="-0.5 -0.5 6 6" aria-hidden="true" style={{ borderRadius: '50%', background: bg, flex: 'none' }}>
      {rects}
    </svg>
  );
}
