// Transaction fees as pallet-transaction-payment computes them for Subtensor (runtime/src/lib.rs at spec 293):
//   partial fee = base fee + length fee + weight fee, 0 for a call that does not pay (Pays::No), tip on top;
//   base fee    = WeightToFee(the class's base extrinsic weight, System.BlockWeights in the metadata: 108,157,000);
//   length fee  = 1 rao per encoded byte (IdentityFee);
//   weight fee  = WeightToFee(the call's declared weight) × the fee multiplier, a constant 1 (ConstFeeMultiplier);
//   WeightToFee = ref_time × Perbill(500,000) (LinearWeightToFee), rounded to the nearest rao, halves down (Perbill's
//   rounding). The proof size does not cost.
// The declared weights are in weights.ts. The fee is withdrawn before dispatch and what a call's actual weight leaves
// over is refunded after it; the fee is then burned (TransactionFeeHandler: no author receives it).
import type { ChainMeta } from '../chain/metadata.ts';
import { weightsFor, type DispatchClass, type LinearWeightDecl, type RuntimeWeights, type Weight } from './weights.ts';

export interface CallShape {
  pallet: string;
  method: string;
  /** Inner calls (batch items, proxied call): their weights add to the outer one. */
  inner: CallShape[];
  /** Bytes of a call whose weight grows with them (System.remark). */
  bytes?: number;
}

export interface DispatchInfo {
  /** The call's weight (what query_info reports; the base extrinsic weight is not in it). */
  weight: Weight;
  class: DispatchClass;
  pays: boolean;
}

export interface FeeBreakdown extends DispatchInfo {
  baseFee: bigint;
  lenFee: bigint;
  adjustedWeightFee: bigint;
  tip: bigint;
  /** baseFee + lenFee + adjustedWeightFee (what payment_queryInfo reports as partialFee). */
  partialFee: bigint;
}

/** A call the tables do not list: weighed like a plain transfer (a devnet choice; such calls are refused anyway). */
const UNLISTED: DispatchInfo = { weight: { refTime: 200_000_000n, proofSize: 0n }, class: 'Normal', pays: true };

/** Perbill(500,000) × ref_time, rounded to nearest with halves down (sp_arithmetic's Perbill × integer). */
export function weightToFee(refTime: bigint): bigint {
  const num = refTime * 500_000n;
  const q = num / 1_000_000_000n;
  const r = num % 1_000_000_000n;
  return r > 500_000_000n ? q + 1n : q;
}

export interface FeeModel {
  weights: RuntimeWeights;
  dbRead: bigint;
  dbWrite: bigint;
  /** Base extrinsic weight (ref_time) per dispatch class. */
  baseExtrinsic: Record<DispatchClass, bigint>;
  /** Proxy.MaxProxies: proxy weights are declared for that many. */
  maxProxies: bigint;
}

const models = new WeakMap<ChainMeta, FeeModel>();

function constJson(meta: ChainMeta, pallet: string, name: string): unknown {
  return meta.decorated.consts[pallet]?.[name]?.toJSON();
}

/** The fee model of a runtime: its weight table and the DbWeight / BlockWeights constants from its metadata. */
export function feeModel(meta: ChainMeta): FeeModel {
  const hit = models.get(meta);
  if (hit) return hit;
  const db = (constJson(meta, 'system', 'dbWeight') ?? {}) as { read?: number | string; write?: number | string };
  const perClass =
    (
      (constJson(meta, 'system', 'blockWeights') ?? {}) as {
        perClass?: Record<string, { baseExtrinsic?: { refTime?: number | string } }>;
      }
    ).perClass ?? {};
  const base = (c: string): bigint => BigInt(perClass[c]?.baseExtrinsic?.refTime ?? 108_157_000);
  const model: FeeModel = {
    weights: weightsFor(meta.specVersion),
    dbRead: BigInt(db.read ?? 25_000_000),
    dbWrite: BigInt(db.write ?? 100_000_000),
    baseExtrinsic: { Normal: base('normal'), Operational: base('operational'), Mandatory: base('mandatory') },
    maxProxies: BigInt(String(constJson(meta, 'proxy', 'maxProxies') ?? 32)),
  };
  models.set(meta, model);
  return model;
}

const add = (a: Weight, b: Weight): Weight => ({
  refTime: a.refTime + b.refTime,
  proofSize: a.proofSize + b.proofSize,
});

/** A LinearWeightDecl for n (calls or proxies), database accesses priced. */
export function linearWeight(model: FeeModel, d: LinearWeightDecl, n: bigint): Weight {
  return { refTime: d.base + d.per * n + d.reads * model.dbRead + d.writes * model.dbWrite, proofSize: d.proofSize };
}

const BATCHES = new Set(['batch', 'batch_all', 'force_batch']);
const PROXY_CALLS = new Set(['proxy', 'add_proxy', 'remove_proxy', 'remove_proxies']);

/** The declared weight, class and pays flag of a call (composite calls include what they wrap: CompositeRules). */
export function dispatchInfo(model: FeeModel, call: CallShape): DispatchInfo {
  const rules = model.weights.rules;
  /** What a wrapped call adds to its wrapper's weight. */
  const counted = (i: DispatchInfo): Weight =>
    rules.innerWeightOnlyIfPays && !i.pays ? { refTime: 0n, proofSize: 0n } : i.weight;
  if (call.pallet === 'Utility' && BATCHES.has(call.method)) {
    const own = linearWeight(model, model.weights.batches[call.method as 'batch'], BigInt(call.inner.length));
    const inner = call.inner.map((c) => dispatchInfo(model, c));
    const weight = inner.reduce((w, i) => add(w, counted(i)), own);
    // The class starts Operational and becomes Normal at the first Normal call (an empty batch is Operational).
    const cls: DispatchClass = inner.some((i) => i.class === 'Normal') ? 'Normal' : 'Operational';
    return { weight, class: cls, pays: rules.payLikeInner ? inner.every((i) => i.pays) : true };
  }
  if (call.pallet === 'Proxy' && PROXY_CALLS.has(call.method)) {
    const own = linearWeight(model, model.weights.proxy[call.method as 'proxy'], model.maxProxies);
    const wrapped = call.method === 'proxy' && call.inner[0] ? dispatchInfo(model, call.inner[0]) : null;
    if (!wrapped) return { weight: own, class: 'Normal', pays: true };
    return { weight: add(own, counted(wrapped)), class: wrapped.class, pays: rules.payLikeInner ? wrapped.pays : true };
  }
  const d = model.weights.calls[`${call.pallet}.${call.method}`];
  if (!d) return UNLISTED;
  const perByte = (d.perByte ?? 0n) * BigInt(call.bytes ?? 0);
  return {
    weight: {
      refTime: d.refTime + perByte + d.reads * model.dbRead + d.writes * model.dbWrite,
      proofSize: d.proofSize,
    },
    class: d.class,
    pays: d.pays,
  };
}

/** The fee of an extrinsic of `encodedLength` bytes dispatching a call of `info` (or of `info`'s actual weight). */
export function computeFee(model: FeeModel, info: DispatchInfo, encodedLength: number, tip: bigint): FeeBreakdown {
  if (!info.pays) return { ...info, baseFee: 0n, lenFee: 0n, adjustedWeightFee: 0n, tip, partialFee: 0n };
  const baseFee = weightToFee(model.baseExtrinsic[info.class]);
  const lenFee = BigInt(encodedLength);
  const adjustedWeightFee = weightToFee(info.weight.refTime);
  return { ...info, baseFee, lenFee, adjustedWeightFee, tip, partialFee: baseFee + lenFee + adjustedWeightFee };
}
