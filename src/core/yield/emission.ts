import { ceilDiv } from '../amount/muldiv.ts';

/** MAX_TAO_ISSUANCE: 21 M TAO in rao (SUBTENSOR_FACTS §6.1). */
export const MAX_ISSUANCE = 21_000_000_000_000_000n;
/** Emission before any halving: 1 TAO per block. */
export const INITIAL_BLOCK_EMISSION = 1_000_000_000n;
export const BLOCKS_PER_DAY = 7_200n;
export const DEFAULT_BLOCK_TIME_MS = 12_000;

/**
 * Number of halvings k at issuance I: the largest k with I ≥ MAX × (1 − 2^-k), i.e.
 * floor(log2(MAX / (MAX − I))), computed in integers as the largest k with (MAX − I) × 2^k ≤ MAX.
 * Returns null at or above MAX (emission is 0 there).
 */
export function halvingCount(totalIssuance: bigint, max: bigint = MAX_ISSUANCE): number | null {
  if (totalIssuance < 0n) throw new RangeError('negative issuance');
  if (totalIssuance >= max) return null;
  const rest = max - totalIssuance;
  let k = 0;
  while (rest << BigInt(k + 1) <= max) k += 1;
  return k;
}

/** Per-block emission in rao: floor(10^9 / 2^k); 0 at or above 21 M TAO. Also usable for subnet alpha issuance. */
export function blockEmission(totalIssuance: bigint, max: bigint = MAX_ISSUANCE): bigint {
  const k = halvingCount(totalIssuance, max);
  return k === null ? 0n : INITIAL_BLOCK_EMISSION >> BigInt(k);
}

/**
 * Issuance at which halving number k (1, 2, …) starts: the least integer I with I ≥ MAX(1 − 2^-k)
 * = MAX − floor(MAX / 2^k). k = 1 → 10.5 M TAO, k = 2 → 15.75 M TAO.
 */
export function halvingThreshold(k: number, max: bigint = MAX_ISSUANCE): bigint {
  if (!Number.isInteger(k) || k < 0) throw new RangeError('halving index must be a non-negative integer');
  return max - (max >> BigInt(k));
}

export interface NextHalving {
  /** Issuance at which the next halving happens. */
  thresholdRao: bigint;
  /** Blocks until then at the given net issuance per block; null if issuance is not growing. */
  blocksLeft: bigint | null;
  /** Estimated wall-clock date; null with blocksLeft. */
  eta: Date | null;
  /** Emission per block after the halving. */
  rateAfter: bigint;
}

/**
 * When the next halving happens. `emissionPerBlock` is the net issuance growth per block: by default
 * the current block emission, but recycling and burning slow it (§6.1), so a measured figure is better.
 * Returns null once issuance has reached the cap.
 */
export function nextHalving(args: {
  totalIssuance: bigint;
  emissionPerBlock?: bigint;
  blockTimeMs?: number;
  now: Date | number;
}): NextHalving | null {
  const k = halvingCount(args.totalIssuance);
  if (k === null) return null;
  const thresholdRao = halvingThreshold(k + 1);
  const perBlock = args.emissionPerBlock ?? blockEmission(args.totalIssuance);
  const blocksLeft = perBlock > 0n ? ceilDiv(thresholdRao - args.totalIssuance, perBlock) : null;
  const nowMs = typeof args.now === 'number' ? args.now : args.now.getTime();
  const eta =
    blocksLeft === null ? null : new Date(nowMs + Number(blocksLeft) * (args.blockTimeMs ?? DEFAULT_BLOCK_TIME_MS));
  return { thresholdRao, blocksLeft, eta, rateAfter: INITIAL_BLOCK_EMISSION >> BigInt(k + 1) };
}
