import type { AmountLocale } from '../amount/format.ts';

/** A decoded call as plain values, like @polkadot/types `Call.toHuman()` / `toJSON()` output. */
export interface DecodedCall {
  section: string;
  method: string;
  args: Record<string, unknown>;
}

export type CallKind =
  'stake' | 'unstake' | 'move' | 'swap' | 'transfer-stake' | 'transfer' | 'batch' | 'proxy' | 'proxy-admin' | 'unknown';

/** Things the approval screen must point out; the UI maps each to a sentence. */
export type CallWarning =
  | 'grants-control' // add_proxy: another key may act for this account
  | 'proxy-type-any' // …with the unrestricted Any proxy type
  | 'transfer-stake' // stake leaves this coldkey for another one
  | 'unknown-call' // not a call TaoVault can describe: show raw section.method
  | 'unlimited-price' // no slippage protection (plain add/remove/swap, or a limit at the extreme)
  | 'allow-partial' // a *_limit call may execute only part of the amount
  | 'may-reap-account' // transfer_allow_death / transfer_all without keep_alive can close the account
  | 'transfer-all' // sends the whole transferable balance
  | 'batch-not-atomic' // utility.batch / force_batch: earlier calls stay done when one fails
  | 'nested-batch' // the chain refuses batches inside batches (NoNestingCallFilter)
  | 'unreadable-amount' // an amount arrived in a lossy form (e.g. "1.0000 TAO"): pass toJSON() values
  | 'invalid-address'; // an account argument is not a valid 32-byte ss58/hex account

export interface CallSummary {
  kind: CallKind;
  /** Translation key; the en and zh-CN dictionaries hold the sentences. */
  i18nKey: string;
  /** Values for the sentence's placeholders, already formatted (amounts at full precision). */
  params: Record<string, string>;
  warnings: CallWarning[];
  children?: CallSummary[];
}

export interface SubnetLabel {
  name: string;
  symbol: string;
}

export interface SummaryContext {
  /** Address-book / identity names by prefix-42 address. */
  names?: Map<string, string> | ((address: string) => string | undefined);
  subnets?: Map<number, SubnetLabel>;
  /** "TAO" on Finney, "testTAO" on testnet/devnet, or "τ". */
  tokenSymbol: string;
  locale?: AmountLocale;
}
