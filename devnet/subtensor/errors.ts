/**
 * Errors raised by the model. Every name here exists in the SubtensorModule / Swap error enums of the
 * spec346 metadata (checked by metadata.test.ts). Handlers throw `ModuleError`; `Subtensor.dispatch`
 * catches it, rolls back and returns `{ ok: false, error, pallet }`.
 */
import type { ErrorPallet } from './types.ts';

export const SUBTENSOR_ERRORS = [
  'AmountTooLow',
  'NotEnoughBalanceToStake',
  'NotEnoughStakeToWithdraw',
  'SubnetNotExists',
  'SubtokenDisabled',
  'HotKeyAccountNotExists',
  'SlippageTooHigh',
  'InsufficientLiquidity',
  'InsufficientBalance',
  'ZeroMaxStakeAmount',
  'SameNetuid',
  'TransferDisallowed',
  'NonAssociatedColdKey',
  'DelegateTakeTooLow',
  'DelegateTakeTooHigh',
  'DelegateTxRateLimitExceeded',
  'InvalidSubnetNumber',
  'BalanceWithdrawalError',
  'StakingOperationRateLimitExceeded',
] as const;
export const SWAP_ERRORS = ['ReservesTooLow', 'PriceLimitExceeded'] as const;
/** Errors of runtimes newer than spec 346 (the current-runtime metadata, chain/metadata-current.ts, has them). */
export const CURRENT_ERRORS = [
  'ColdkeySwapAnnouncementNotFound',
  'ColdkeySwapReannouncedTooEarly',
  'ColdkeySwapAlreadyDisputed',
  'ColdkeySwapAnnounced',
  'ColdkeySwapDisputed',
  'NotEnoughBalanceToPaySwapColdKey',
  'RootStakeLocked',
  'StakeUnavailable',
] as const;

export type SubtensorErrorName = (typeof SUBTENSOR_ERRORS)[number] | (typeof CURRENT_ERRORS)[number];
export type SwapErrorName = (typeof SWAP_ERRORS)[number];

export class ModuleError extends Error {
  readonly pallet: ErrorPallet;
  readonly variant: string;
  constructor(variant: SubtensorErrorName | SwapErrorName) {
    const pallet: ErrorPallet = (SWAP_ERRORS as readonly string[]).includes(variant) ? 'Swap' : 'SubtensorModule';
    super(`${pallet}.${variant}`);
    this.pallet = pallet;
    this.variant = variant;
  }
}

export function fail(variant: SubtensorErrorName | SwapErrorName): never {
  throw new ModuleError(variant);
}

/**
 * InvalidTransaction::Custom codes (common/src/transaction_error.rs, facts doc §1.4). Errors with no
 * dedicated code map to 255 (BadRequest), as the chain's extension does for unlisted errors.
 */
const CUSTOM_CODES: Partial<Record<string, number>> = {
  AmountTooLow: 1,
  NotEnoughBalanceToStake: 2,
  InsufficientBalance: 2,
  SubnetNotExists: 3,
  HotKeyAccountNotExists: 4,
  NotEnoughStakeToWithdraw: 5,
  DelegateTxRateLimitExceeded: 6,
  InsufficientLiquidity: 7,
  ReservesTooLow: 7,
  SlippageTooHigh: 8,
  TransferDisallowed: 9,
  ZeroMaxStakeAmount: 14,
  NonAssociatedColdKey: 25,
  DelegateTakeTooLow: 26,
  DelegateTakeTooHigh: 27,
  // CheckColdkeySwap's errors as SubtensorTransactionExtension maps them (common/src/transaction_error.rs).
  ColdkeySwapAnnounced: 0,
  ColdkeySwapDisputed: 21,
};

export function customCode(variant: string): number {
  return CUSTOM_CODES[variant] ?? 255;
}

/**
 * Spec 293's result_to_validity (pallets/subtensor/src/lib.rs at beda29a3b): these errors have codes, every other
 * one is BadRequest (255). ZeroMaxAmount (14) comes from a limit price no amount meets, before these checks.
 */
const CUSTOM_CODES_293: Partial<Record<string, number>> = {
  AmountTooLow: 1,
  SubnetNotExists: 3,
  NotEnoughBalanceToStake: 2,
  HotKeyAccountNotExists: 4,
  NotEnoughStakeToWithdraw: 5,
  InsufficientLiquidity: 7,
  SlippageTooHigh: 8,
  TransferDisallowed: 9,
  HotKeyNotRegisteredInNetwork: 10,
  ZeroMaxStakeAmount: 14,
};

export function customCode293(variant: string): number {
  return CUSTOM_CODES_293[variant] ?? 255;
}
