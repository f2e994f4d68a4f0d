import { rational, ratMul, type Rational } from '../amount/rational.ts';
import { BLOCKS_PER_DAY } from './emission.ts';

/**
 * Per-epoch alpha yield of a hotkey's nominators (§6.5), exact:
 * r = AlphaDividendsPerSubnet(n, h) / (TotalHotkeyAlphaLastEpoch(h, n) − AlphaDividendsPerSubnet(n, h)).
 * Already net of take. null when there is no base to divide by (no stake before the epoch).
 */
export function alphaYieldPerEpoch(args: {
  alphaDividends: bigint;
  totalHotkeyAlphaLastEpoch: bigint;
}): Rational | null {
  const base = args.totalHotkeyAlphaLastEpoch - args.alphaDividends;
  if (base <= 0n || args.alphaDividends < 0n) return null;
  return rational(args.alphaDividends, base);
}

/** Epochs per day for a subnet tempo: 7200 / tempo (tempo in blocks, > 0). */
export function perDay(tempo: number | bigint): Rational {
  const t = BigInt(tempo);
  if (t <= 0n) throw new RangeError('tempo must be positive');
  return rational(BLOCKS_PER_DAY, t);
}

/** Simple (non-compounded) daily rate from a per-epoch rate. */
export function dailyRate(epochRate: Rational, tempo: number | bigint): Rational {
  return ratMul(epochRate, perDay(tempo));
}

/**
 * Root stakers' per-epoch yield in TAO per TAO (§6.5):
 * Σ_n RootAlphaDividendsPerSubnet(n, h) × price_n / TotalHotkeyAlpha(h, 0), price in rao per alpha.
 * With `tempo` on every item the result is per DAY instead (subnets run epochs at different tempos,
 * so summing per-epoch figures across subnets only makes sense when their tempos are equal).
 */
export function rootYield(
  items: { rootAlphaDividends: bigint; priceRaoPerAlpha: bigint; tempo?: number | bigint }[],
  totalHotkeyRootAlpha: bigint,
): Rational | null {
  if (totalHotkeyRootAlpha <= 0n) return null;
  const perDayMode = items.length > 0 && items.every((i) => i.tempo !== undefined);
  let num = 0n;
  let den = 1n;
  for (const i of items) {
    // term = div × price / 10^9 [× 7200 / tempo]
    const tNum = i.rootAlphaDividends * i.priceRaoPerAlpha * (perDayMode ? BLOCKS_PER_DAY : 1n);
    const tDen = 1_000_000_000n * (perDayMode ? BigInt(i.tempo as number | bigint) : 1n);
    num = num * tDen + tNum * den;
    den *= tDen;
  }
  return rational(num, den * totalHotkeyRootAlpha);
}
