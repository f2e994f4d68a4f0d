import type { ApiPromise, SubmittableResult } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import type { TrackedTx } from '../../../protocol/domains/tx-values.ts';
import { describeDispatchError, type Outcome } from './outcome.ts';

export interface StatusPatch {
  patch: Partial<TrackedTx>;
  final: boolean;
}

type DispatchErrorArg = Parameters<typeof describeDispatchError>[1];

function isDispatchError(v: Codec | undefined): v is Codec & DispatchErrorArg {
  return v !== undefined && typeof Reflect.get(v, 'isModule') === 'boolean';
}

function isResultCodec(v: Codec | undefined): v is Codec & { isErr: boolean; asErr: DispatchErrorArg } {
  return v !== undefined && typeof Reflect.get(v, 'isErr') === 'boolean';
}

/**
 * A wrapped call can fail while its extrinsic succeeds: proxy.proxy reports ProxyExecuted(Err(e)) (and a
 * non-atomic batch BatchInterrupted). Those count as failures of the transaction, with the inner reason.
 */
export function innerFailure(api: ApiPromise, result: SubmittableResult): Outcome | null {
  for (const { event } of result.events) {
    if (event.section === 'proxy' && event.method === 'ProxyExecuted') {
      const r = event.data[0];
      if (isResultCodec(r) && r.isErr) return describeDispatchError(api, r.asErr);
    }
    if (event.section === 'utility' && event.method === 'BatchInterrupted') {
      const err = event.data[1];
      if (isDispatchError(err)) return describeDispatchError(api, err);
    }
  }
  return null;
}

/** One SubmittableResult as a record patch: in block / finalized / failed (decoded) / dropped; null while pending. */
export function patchFromResult(api: ApiPromise, result: SubmittableResult): StatusPatch | null {
  const { status } = result;
  if (status.isInBlock || status.isFinalized) {
    const blockHash = (status.isInBlock ? status.asInBlock : status.asFinalized).toHex();
    const failure = result.dispatchError ? describeDispatchError(api, result.dispatchError) : innerFailure(api, result);
    const patch: Partial<TrackedTx> = failure
      ? { status: 'failed', blockHash, error: failure.error, errorDocs: failure.errorDocs }
      : { status: status.isFinalized ? 'finalized' : 'inBlock', blockHash };
    const blockNumber = result.blockNumber?.toNumber();
    if (blockNumber !== undefined) patch.blockNumber = blockNumber;
    // TransactionFeePaid { who, actual_fee, tip } replaces the estimate.
    const paid = result.events.find(
      ({ event }) => event.section === 'transactionPayment' && event.method === 'TransactionFeePaid',
    );
    const actual = paid?.event.data[1]?.toString();
    if (actual && /^\d+$/.test(actual)) patch.fee = actual;
    return { patch, final: status.isFinalized || failure !== null };
  }
  if (status.isDropped || status.isInvalid || status.isUsurped)
    return { patch: { status: 'dropped', error: `pool.${status.type}` }, final: true };
  return null;
}
