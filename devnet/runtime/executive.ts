// Transaction checks (as the pool and block builder run them) and extrinsic application with the
// ChargeTransactionPayment / System events the chain emits.
import type { Call, Extrinsic } from '@polkadot/types/interfaces';
import { blake2AsHex } from '@polkadot/util-crypto';
import type { ChainMeta } from '../chain/metadata.ts';
import { callShape, decodeCall } from './call.ts';
import { dispatchCall, type DispatchResult, type RuntimeCtx } from './dispatch.ts';
import type { AccountHex } from './economics.ts';
import { computeFee, dispatchInfo, feeModel, type CallShape, type FeeBreakdown } from './fees.ts';
import { checkShieldedWrapper } from './mev-shield-checks.ts';
import { customInvalid, invalid, TxInvalid } from './validity.ts';
import { signerAccount, verifyExtrinsicSignature } from './verify.ts';

/** An extrinsic that could not be decoded (author RPC error 1001). */
export class BadFormat extends Error {}

export interface CheckedTx {
  hex: string;
  hash: string;
  ext: Extrinsic;
  signer: AccountHex;
  nonce: number;
  len: number;
  fee: FeeBreakdown;
  shape: CallShape;
}

export interface CheckEnv {
  meta: ChainMeta;
  ctx: RuntimeCtx;
  genesisHash: string;
  /** Number of the block the transaction would go into. */
  buildingBlock: number;
  blockHashAt(n: number): string | null;
}

export function decodeExtrinsic(meta: ChainMeta, hex: string): Extrinsic {
  if (!/^0x([0-9a-fA-F]{2})*$/.test(hex)) throw new BadFormat('invalid hex');
  let ext: Extrinsic;
  try {
    ext = meta.registry.createType('Extrinsic', hex) as Extrinsic;
  } catch (e) {
    throw new BadFormat((e as Error).message);
  }
  if (ext.toHex() !== hex.toLowerCase()) throw new BadFormat('trailing or non-canonical bytes');
  return ext;
}

export function feeFor(meta: ChainMeta, ext: Extrinsic): FeeBreakdown {
  const model = feeModel(meta);
  return computeFee(
    model,
    dispatchInfo(model, callShape(meta, ext.method as unknown as Call)),
    ext.encodedLength,
    ext.tip.toBigInt(),
  );
}

/** Signature, nonce (stale only — future is the pool's business), payment and Subtensor checks. */
export function checkTransaction(env: CheckEnv, hex: string): CheckedTx {
  const { meta, ctx } = env;
  const ext = decodeExtrinsic(meta, hex);
  if (!ext.isSigned) throw invalid('Call');
  if ((ext.version & 0x7f) !== 4) throw invalid('Call');
  const signer = signerAccount(ext) as AccountHex | null;
  if (!signer || /^0x0+$/.test(signer)) throw invalid('BadSigner');
  verifyExtrinsicSignature(meta.registry, ext, {
    genesisHash: env.genesisHash,
    specVersion: meta.specVersion,
    transactionVersion: meta.transactionVersion,
    currentBlock: env.buildingBlock,
    blockHashAt: env.blockHashAt,
  });
  const nonce = ext.nonce.toNumber();
  if (nonce < ctx.accounts.get(signer).nonce) throw invalid('Stale');
  const fee = feeFor(meta, ext);
  const due = fee.partialFee + fee.tip;
  if (due > 0n && due > ctx.accounts.reducible(signer, true)) throw invalid('Payment');
  const d = decodeCall(meta, ext.method as unknown as Call);
  const guarded = ctx.econ.guard?.(signer, d.pallet, d.method);
  if (guarded) throw customInvalid(guarded.custom);
  if (d.pallet === 'MevShield') checkShieldedWrapper(ext, d);
  if (d.pallet === 'SubtensorModule') {
    let refusal: { custom: number } | null;
    try {
      refusal = ctx.econ.validate(signer, d.method, d.args);
    } catch {
      refusal = { custom: 255 };
    }
    if (refusal) throw customInvalid(refusal.custom);
  }
  return {
    hex,
    hash: blake2AsHex(ext.toU8a(), 256),
    ext,
    signer,
    nonce,
    len: ext.encodedLength,
    fee,
    shape: callShape(meta, ext.method as unknown as Call),
  };
}

/** ValidTransaction as the runtime's extensions build it for a checked transaction (see `validTransaction`). */
export interface Validity {
  priority: bigint;
  requires: string[];
  provides: string[];
  longevity: bigint;
  propagate: boolean;
}

const U64_MAX = (1n << 64n) - 1n;
const u32Le = (n: number): string =>
  [0, 8, 16, 24].map((s) => ((n >>> s) & 0xff).toString(16).padStart(2, '0')).join('');
/** Staking calls whose priority the chain derives from the amount and the last stake block (not modelled). */
const STAKE_PRIORITY_CALLS = new Set([
  'add_stake',
  'add_stake_limit',
  'remove_stake',
  'remove_stake_limit',
  'move_stake',
  'transfer_stake',
  'swap_stake',
  'swap_stake_limit',
]);

/**
 * The ValidTransaction of a checked transaction validated for block `current` (head + 1):
 *  - provides `(who, nonce)` and, for a nonce ahead of the account's, requires `(who, nonce - 1)` (CheckNonce);
 *  - longevity = the era's death − current, u64::MAX − current when immortal (CheckMortality);
 *  - priority: the extensions' priorities summed with saturation; SubtensorTransactionExtension gives u64::MAX to
 *    every call but the weight and staking calls, so that is the total. Staking calls get the stake amount plus a
 *    bonus from LastColdkeyHotkeyStakeBlock and ChargeTransactionPayment's tip priority on the chain; the devnet
 *    reports the amount alone (a known difference: devnet/README.md).
 */
export function validTransaction(tx: CheckedTx, accountNonce: number, current: number, meta: ChainMeta): Validity {
  const who = tx.signer.slice(2);
  const requires = tx.nonce > accountNonce ? [`0x${who}${u32Le(tx.nonce - 1)}`] : [];
  const provides = [`0x${who}${u32Le(tx.nonce)}`];
  const era = tx.ext.era;
  const death = era.isMortalEra ? BigInt(era.asMortalEra.death(current)) : U64_MAX;
  const d = decodeCall(meta, tx.ext.method as unknown as Call);
  const staking = d.pallet === 'SubtensorModule' && STAKE_PRIORITY_CALLS.has(d.method);
  const amount = d.args['amount_staked'] ?? d.args['amount_unstaked'] ?? d.args['alpha_amount'];
  const priority = staking && typeof amount === 'bigint' ? amount : U64_MAX;
  return {
    priority,
    requires,
    provides,
    longevity: death > BigInt(current) ? death - BigInt(current) : 0n,
    propagate: true,
  };
}

export interface ApplyResult {
  ok: boolean;
  result: DispatchResult;
}

/**
 * Applies a checked transaction in the current block as pallet-transaction-payment's FungibleAdapter and the
 * executive do: the fee (partial fee + tip) is withdrawn (Balances.Withdraw) and the nonce bumped, the call
 * dispatched, what its actual weight leaves of the fee refunded (Balances.Deposit, even of 0) and the rest burned
 * (total issuance falls: Subtensor's TransactionFeeHandler pays no one), then TransactionFeePaid and
 * ExtrinsicSuccess/Failed with the actual weight plus the base extrinsic weight. A call that does not pay withdraws
 * nothing. The nonce and the fee stay spent when the call fails.
 */
export function applyTransaction(ctx: RuntimeCtx, tx: CheckedTx): DispatchResult {
  const { accounts } = ctx;
  if (tx.nonce !== accounts.get(tx.signer).nonce)
    throw invalid(tx.nonce < accounts.get(tx.signer).nonce ? 'Stale' : 'Future');
  const due = tx.fee.partialFee + tx.fee.tip;
  if (due > 0n && !accounts.debit(tx.signer, due, true)) throw invalid('Payment');
  accounts.bumpNonce(tx.signer);
  if (due > 0n) ctx.events.push({ pallet: 'Balances', name: 'Withdraw', data: [tx.signer, due] });
  const result = dispatchCall(ctx, tx.signer, tx.ext.method as unknown as Call);
  const model = feeModel(ctx.meta);
  const weight =
    result.actualWeight && result.actualWeight.refTime < tx.fee.weight.refTime ? result.actualWeight : tx.fee.weight;
  const actual = computeFee(model, { ...tx.fee, weight }, tx.len, tx.fee.tip);
  const paid = due > 0n ? actual.partialFee + actual.tip : 0n;
  if (due > 0n) {
    accounts.credit(tx.signer, due - paid, true);
    accounts.totalIssuance -= paid;
    ctx.events.push({ pallet: 'Balances', name: 'Deposit', data: [tx.signer, due - paid] });
  }
  ctx.events.push({ pallet: 'TransactionPayment', name: 'TransactionFeePaid', data: [tx.signer, paid, tx.fee.tip] });
  const info = eventInfo(model.baseExtrinsic[tx.fee.class], weight, tx.fee.class, tx.fee.pays);
  if (result.ok) ctx.events.push({ pallet: 'System', name: 'ExtrinsicSuccess', data: [info] });
  else ctx.events.push({ pallet: 'System', name: 'ExtrinsicFailed', data: [result.error, info] });
  return result;
}

/** DispatchEventInfo: the actual weight with the base extrinsic weight, the class, whether it paid. */
export function eventInfo(
  base: bigint,
  weight: { refTime: bigint; proofSize: bigint },
  cls: string,
  pays: boolean,
): Record<string, unknown> {
  return {
    weight: { ref_time: weight.refTime + base, proof_size: weight.proofSize },
    class: cls,
    pays_fee: pays ? 'Yes' : 'No',
  };
}

export { TxInvalid };
