/**
 * Shared types of the Subtensor economics model. Plain TypeScript over bigint: no SCALE, no network.
 * Accounts are 32-byte public keys as lowercase `0x…` hex. Amounts are bigint rao (TAO) or
 * alpha-rao (alpha, also 9 decimals). NetUid is a number (u16 on chain).
 */
export type AccountHex = `0x${string}`;
export type NetUid = number;

export type EventPallet = 'SubtensorModule' | 'Swap' | 'Balances';

/** An event as the chain emits it; `data` is positional, in the metadata's field order. */
export interface ChainEvent {
  pallet: EventPallet;
  name: string;
  data: unknown[];
}

export type ErrorPallet = 'SubtensorModule' | 'Swap';

export type DispatchResult =
  { ok: true; events: ChainEvent[] } | { ok: false; error: string; pallet: ErrorPallet; events?: ChainEvent[] };

/**
 * What the chain half provides. Contract:
 * - `withdraw` and `deposit` move free balance and do NOT change total issuance: every use here is
 *   one half of a transfer between a coldkey and a subnet account (see `subnetAccount`).
 * - `withdraw(who, amount, keepAlive)`: returns false (and changes nothing) if `who` cannot pay
 *   `amount`; with keepAlive=true it must also refuse to leave 0 < free < ED (ED = 500 rao).
 *   With keepAlive=false it may take the account to exactly 0 (subnet accounts only).
 * - `deposit(who, amount)`: credits any amount, creating the account if needed (subnet accounts can
 *   hold less than ED, as on chain where the pallet accounts are exempt in practice).
 * - `mint(amount)` / `burn(amount)`: change total issuance only; paired with a deposit of newly
 *   created TAO (emission) or a withdraw of destroyed TAO (swap fee with no recipient).
 */
export interface BalancesPort {
  free(who: AccountHex): bigint;
  withdraw(who: AccountHex, amount: bigint, keepAlive: boolean): boolean;
  deposit(who: AccountHex, amount: bigint): void;
  totalIssuance(): bigint;
  mint(amount: bigint): void;
  burn(amount: bigint): void;
}

/** One storage value, named as in the metadata; `value` is in the shape `createType` accepts. */
export interface StorageEntry {
  pallet: 'SubtensorModule' | 'Swap';
  item: string;
  keys: unknown[];
  value: unknown;
}

/** Pool-side rejection (InvalidTransaction::Custom(code)), facts doc §1.4. */
export interface ValidityError {
  custom: number;
}

export type DispatchArgs = Record<string, unknown>;
