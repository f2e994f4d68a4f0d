import { floorDiv } from '../amount/muldiv.ts';
import { FEE_DENOMINATOR } from './constants.ts';

/** Swap fee on the input: floor(input × rate / 65535) (SUBTENSOR_FACTS §2 "dTAO swap fee"). */
export function swapFee(input: bigint, feeRate: bigint): bigint {
  if (feeRate < 0n || feeRate >= FEE_DENOMINATOR) throw new RangeError('fee rate out of range');
  return floorDiv(input * feeRate, FEE_DENOMINATOR);
}

/** Fee on a partial fill, recomputed from the executed net amount: net × rate / (65535 − rate). */
export function feeForNet(net: bigint, feeRate: bigint): bigint {
  return floorDiv(net * feeRate, FEE_DENOMINATOR - feeRate);
}
