// Deterministic fees, as the Subtensor runtime computes them (facts §2): weight fee = ref_time ×
// 0.0005 rao (LinearWeightToFee, Perbill 500 000; fee multiplier constant 1), length fee = 1 rao per
// encoded byte, plus tip. The weight of each call comes from the small table below (total ref_time,
// extrinsic base weight included). `transfer_keep_alive` of 146 bytes costs 136 904 + 146 = 137 050 rao,
// what a spec-293 node charged.
export const EXTRINSIC_BASE_WEIGHT = 125_000_000n;

const TABLE: Record<string, bigint> = {
  'Balances.transfer_allow_death': 273_808_000n,
  'Balances.transfer_keep_alive': 273_808_000n,
  'Balances.transfer_all': 273_808_000n,
  'SubtensorModule.*': 3_064_000_000n,
  'Proxy.add_proxy': 200_000_000n,
  'Proxy.remove_proxy': 200_000_000n,
  'Proxy.remove_proxies': 200_000_000n,
  'Proxy.proxy': 150_000_000n,
  'Utility.*': 135_000_000n,
  'Timestamp.set': 10_000_000n,
};
const DEFAULT_WEIGHT = 500_000_000n;

/** Calls that do not pay (Pays::No). */
const FREE_CALLS = new Set(['SubtensorModule.decrease_take', 'SubtensorModule.increase_take']);

export interface CallShape {
  pallet: string;
  method: string;
  /** Inner calls (batch items, proxied call): their weights add to the outer one. */
  inner: CallShape[];
}

export function callWeight(call: CallShape): bigint {
  const own = TABLE[`${call.pallet}.${call.method}`] ?? TABLE[`${call.pallet}.*`] ?? DEFAULT_WEIGHT;
  let inner = 0n;
  for (const c of call.inner) inner += callWeight(c) - EXTRINSIC_BASE_WEIGHT;
  return own + (inner > 0n ? inner : 0n);
}

export const paysFee = (call: CallShape): boolean => !FREE_CALLS.has(`${call.pallet}.${call.method}`);

export const weightToFee = (weight: bigint): bigint => (weight * 500_000n) / 1_000_000_000n;

export interface FeeBreakdown {
  weight: bigint;
  baseFee: bigint;
  lenFee: bigint;
  adjustedWeightFee: bigint;
  tip: bigint;
  /** baseFee + lenFee + adjustedWeightFee (what payment_queryInfo reports as partialFee). */
  partialFee: bigint;
  pays: boolean;
}

export function computeFee(call: CallShape, encodedLength: number, tip: bigint): FeeBreakdown {
  const weight = callWeight(call);
  const pays = paysFee(call);
  if (!pays) return { weight, baseFee: 0n, lenFee: 0n, adjustedWeightFee: 0n, tip, partialFee: 0n, pays };
  const baseFee = weightToFee(EXTRINSIC_BASE_WEIGHT);
  const adjustedWeightFee = weightToFee(weight) - baseFee;
  const lenFee = BigInt(encodedLength);
  return { weight, baseFee, lenFee, adjustedWeightFee, tip, partialFee: baseFee + lenFee + adjustedWeightFee, pays };
}
