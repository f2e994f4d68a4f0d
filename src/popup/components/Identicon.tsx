import { useMemo } from 'react';

/** Colours and a left-right symmetric 5×5 pattern (as one SVG path) from every character of an address. */
export function identicon(address: string): { fg: string; bg: string; d: string } {
  // FNV-1a over the whole address, then xorshift for more bytes: addresses of one network share their first
  // characters (prefix 42: all start with "5"), so every byte must depend on all of them.
  let h = 2166136261;
  for (let i = 0; i < address.length; i++) h = Math.imul(h ^ address.charCodeAt(i), 16777619) >>> 0;
  const bytes: number[] = [];
  for (let i = 0; i < 16; i++) {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    h >>>= 0;
    bytes.push(h & 0xff);
  }
  const hue = Math.round((bytes[0]! * 360) / 256);
  const cells: string[] = [];
  for (let y = 0; y < 5; y++) {
    for (let x = 0; x < 3; x++) {
      if (!(bytes[1 + y * 3 + x]! & 1)) continue;
      cells.push(`M${x} ${y}h1v1h-1z`);
      if (x < 2) cells.push(`M${4 - x} ${y}h1v1h-1z`);
    }
  }
  return { fg: `hsl(${hue} 60% 45%)`, bg: `hsl(${(hue + 180) % 360} 40% 90%)`, d: cells.join('') };
}

/**
 * A small deterministic picture of an address, so accounts are told apart at a glance. One path for all the
 * cells: a list of accounts stays a light DOM.
 */
export function Identicon({ address, size = 32 }: { address: string; size?: number }) {
  const { fg, bg, d } = useMemo(() => identicon(address), [address]);
  return (
    <svg
      width={size}
      height={size}
      viewBox="-0.5 -0.5 6 6"
      aria-hidden="true"
      style={{ borderRadius: '50%', background: bg, flex: 'none' }}
    >
      {d && <path d={d} fill={fg} />}
    </svg>
  );
}
