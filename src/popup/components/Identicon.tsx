import { useMemo } from 'react';

/**
 * A small deterministic picture of an address (colours and cells from its bytes), so accounts are told apart at
 * a glance. One path for all the cells: a list of accounts stays a light DOM.
 */
export function Identicon({ address, size = 32 }: { address: string; size?: number }) {
  const { fg, bg, d } = useMemo(() => {
    let h = 2166136261;
    const bytes: number[] = [];
    for (let i = 0; i < 32; i++) {
      h ^= address.charCodeAt(i % address.length) + i;
      h = Math.imul(h, 16777619) >>> 0;
      bytes.push(h & 0xff);
    }
    const hue = (bytes[0]! * 360) / 256;
    const cells: string[] = [];
    for (let y = 0; y < 5; y++) {
      for (let x = 0; x < 3; x++) {
        if (!(bytes[1 + y * 3 + x]! & 1)) continue;
        cells.push(`M${x} ${y}h1v1h-1z`);
        if (x < 2) cells.push(`M${4 - x} ${y}h1v1h-1z`);
      }
    }
    return { fg: `hsl(${hue} 60% 45%)`, bg: `hsl(${(hue + 180) % 360} 40% 90%)`, d: cells.join('') };
  }, [address]);
  return (
    <svg width={size} height={size} viewBox="-0.5 -0.5 6 6" aria-hidden="true" style={{ borderRadius: '50%', background: bg, flex: 'none' }}>
      {d && <path d={d} fill={fg} />}
    </svg>
  );
}
