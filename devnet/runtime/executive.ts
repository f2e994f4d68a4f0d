// Transaction checks (as the pool and block builder run them) and extrinsic application with the
// ChargeTransactionPayment / System events the chain emits.
import type { Call, Extrinsic } from '@polkadot/types/interfaces';
import { blake2AsHex } from '@polkadot/util-crypto';
import type { ChainMeta } from '../chain/metadata.ts';
import { callShape, decodeCall } from './call.ts';
import { dispatchCall, type DispatchResult, type RuntimeCtx } from './dispatch.ts';
import type { AccountHex } from './economics.ts';
import { computeFee, type CallShape, type FeeBreakdown } from './fees.ts';
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
  return computeFee(callShape(meta, (ext.method as unknown as Call)), ext.encodedLength, ext.tip.toBigInt());
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
  const d = decodeCall(meta, (ext.method as unknown as Call));
  if (d.pallet === 'SubtensorModule') {
    let refusal: { custom: number } | null;
    try {
      refusal = ctx.econ.validate(signer, d.method, d.args);
    } catch {
      refusal = { custom: 255 };
    }
    if (refusal) throw customInvalid(refusal.custom);
  }
  return { hex, hash: blake2AsHex(ext.toU8a(), 256), ext, signer, nonce, len: ext.encodedLength, fee, shape: callShape(meta, (ext.method as unknown as Call)) };
}

export interface ApplyResult {
  ok: boolean;
  result: DispatchResult;
}

/**
 * Applies a checked transaction in the current block: bump nonce, withdraw fee (Balances.Withdraw),
 * dispatch, deposit fee to the author (Balances.Deposit), TransactionFeePaid, ExtrinsicSuccess/Failed.
 * The nonce increments and the fee is paid even if the call fails.
 */
export function applyTransaction(ctx: RuntimeCtx, tx: CheckedTx, author: AccountHex): DispatchResult {
  const { accounts } = ctx;
  if (tx.nonce !== accounts.get(tx.signer).nonce) throw invalid(tx.nonce < accounts.get(tx.signer).nonce ? 'Stale' : 'Future');
  const due = tx.fee.partialFee + tx.fee.tip;
  if (due > 0n && !accounts.debit(tx.signer, due, true)) throw invalid('Payment');
  accounts.bumpNonce(tx.signer);
  if (due > 0n) ctx.events.push({ pallet: 'Balances', name: 'Withdraw', data: [tx.signer, due] });
  const result = dispatchCall(ctx, tx.signer, tx.ext.method as unknown as Call);
  if (due > 0n) {
    accounts.credit(author, due);
    ctx.events.push({ pallet: 'Balances', name: 'Deposit', data: [author, due] });
  }
  ctx.events.push({ pallet: 'TransactionPayment', name: 'TransactionFeePaid', data: [tx.signer, tx.fee.partialFee + tx.fee.tip, tx.fee.tip] });
  const info = { weight: { ref_time: tx.fee.weight, proof_size: 0n }, class: 'Normal', pays_fee: tx.fee.pays ? 'Yes' : 'No' };
  if (result.ok) ctx.events.push({ pallet: 'System', name: 'ExtrinsicSuccess', data: [info] });
  else ctx.events.push({ pallet: 'System', name: 'ExtrinsicFailed', data: [result.error, info] });
  return result;
}

export { TxInvalid };
