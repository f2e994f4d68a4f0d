// Utility.batch / batch_all / force_batch with the pallet's events and post-dispatch weights (Subtensor's
// pallets/utility): a batch reports the weight of the items it ran plus its own weight for that many items
// (`batch(i + 1)` when item i interrupts a batch, `batch_all(i + 1)` when it fails a batch_all; force_batch reports
// `batch(n)` on spec 293), so the unused part of the fee is refunded. A batch that directly contains a batch is refused as a whole by Subtensor's
// NoNestingCallFilter (the runtime's base call filter): System.CallFiltered, nothing runs.
import type { Call } from '@polkadot/types/interfaces';
import type { DecodedCall } from './call.ts';
import { callShape, decodeCall } from './call.ts';
import type { AccountHex } from './economics.ts';
import { dispatchCall, moduleFail, OK, transactional, type DispatchResult, type RuntimeCtx } from './dispatch.ts';
import { dispatchInfo, feeModel, linearWeight } from './fees.ts';
import type { Weight } from './weights.ts';

const BATCHES = new Set(['batch', 'batch_all', 'force_batch']);

/** Whether `call` is a batch: NoNestingCallFilter refuses a batch with one among its items. */
const isBatch = (ctx: RuntimeCtx, call: Call): boolean => {
  const d = decodeCall(ctx.meta, call);
  return d.pallet === 'Utility' && BATCHES.has(d.method);
};

export function dispatchUtility(ctx: RuntimeCtx, origin: AccountHex, d: DecodedCall): DispatchResult {
  const model = feeModel(ctx.meta);
  let used: Weight = { refTime: 0n, proofSize: 0n };
  const run = (call: Call): DispatchResult => {
    const r = transactional(ctx, () => dispatchCall(ctx, origin, call));
    const w = r.actualWeight ?? dispatchInfo(model, callShape(ctx.meta, call)).weight;
    used = { refTime: used.refTime + w.refTime, proofSize: used.proofSize + w.proofSize };
    return r;
  };
  /** What the batch reports: its own weight for `items` items (of `kind`) and the items' weights. */
  const actual = (kind: 'batch' | 'batch_all' | 'force_batch', items: number): Weight => {
    const own = linearWeight(model, model.weights.batches[kind], BigInt(items));
    return { refTime: own.refTime + used.refTime, proofSize: own.proofSize + used.proofSize };
  };
  const ev = (name: string, data: unknown[] = []): void => {
    ctx.events.push({ pallet: 'Utility', name, data });
  };
  if (BATCHES.has(d.method) && d.inner.some((c) => isBatch(ctx, c))) return moduleFail(ctx, 'System', 'CallFiltered');
  switch (d.method) {
    case 'batch': {
      for (const [i, call] of d.inner.entries()) {
        const r = run(call);
        if (!r.ok) {
          ev('BatchInterrupted', [i, r.error]);
          return { ...OK, actualWeight: actual('batch', i + 1) };
        }
        ev('ItemCompleted');
      }
      ev('BatchCompleted');
      return { ...OK, actualWeight: actual('batch', d.inner.length) };
    }
    case 'batch_all': {
      for (const [i, call] of d.inner.entries()) {
        const r = run(call);
        if (!r.ok) return { ...r, actualWeight: actual('batch_all', i + 1) };
        ev('ItemCompleted');
      }
      ev('BatchCompleted');
      return { ...OK, actualWeight: actual('batch_all', d.inner.length) };
    }
    case 'force_batch': {
      let failed = false;
      for (const call of d.inner) {
        const r = run(call);
        if (r.ok) ev('ItemCompleted');
        else {
          failed = true;
          ev('ItemFailed', [r.error]);
        }
      }
      ev(failed ? 'BatchCompletedWithErrors' : 'BatchCompleted');
      return {
        ...OK,
        actualWeight: actual(model.weights.rules.forceBatchReportsBatch ? 'batch' : 'force_batch', d.inner.length),
      };
    }
    default:
      return moduleFail(ctx, 'System', 'CallFiltered');
  }
}
