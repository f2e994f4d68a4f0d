// Random and mutated values for fuzzing the router (shared by src/background/router/fuzz.test.ts and tests/reliability/).
import { contract } from '../../protocol/index.ts';

export const NAMES = Object.keys(contract);

/** A small deterministic PRNG so a failure can be replayed. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomValue(r: () => number, depth = 0): unknown {
  const pick = Math.floor(r() * 12);
  switch (pick) {
    case 0:
      return null;
    case 1:
      return Math.floor(r() * 2 ** 53) * (r() < 0.5 ? -1 : 1);
    case 2:
      return r() < 0.5 ? Number.NaN : 1e308 * 10;
    case 3:
      return 'x'.repeat(Math.floor(r() * 300));
    case 4:
      return '0x' + 'ff'.repeat(Math.floor(r() * 40));
    case 5:
      return r() < 0.5;
    case 6:
      return depth > 2 ? [] : Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
    case 7:
      return '__proto__';
    case 8:
      return depth > 2
        ? {}
        : { constructor: { prototype: { polluted: true } }, [`k${Math.floor(r() * 9)}`]: randomValue(r, depth + 1) };
    case 9:
      return '\u0000\uffff<script>';
    case 10:
      return { password: randomValue(r, depth + 1), id: randomValue(r, depth + 1), name: randomValue(r, depth + 1) };
    default:
      return undefined;
  }
}

export function randomName(r: () => number): string {
  const name = NAMES[Math.floor(r() * NAMES.length)]!;
  const roll = r();
  if (roll < 0.6) return name;
  if (roll < 0.7) return name.replace('pri(', 'pub(');
  if (roll < 0.8) return name.replace('pub(', 'pri(');
  if (roll < 0.9) return `${name}x`;
  return String(randomValue(r)).slice(0, 60);
}
