// Utility.batch / batch_all / force_batch with the pallet's events; nested batches are refused
// (Subtensor's NoNestingCallFilter -> System.CallFiltered).
import type { Call } from '@polkadot/types/interfaces';
import type { DecodedCall } from './call.ts';
import { decodeCall } from './call.ts';
import type { AccountHex } from './economics.ts';
import { dispatchCall, moduleFail, OK, transactional, type DispatchResult, type RuntimeCtx } from './dispatch.ts';

const BATCHES = new Set(['batch', 'batch_all', 'force_batch']);

function dispatchItem(ctx: RuntimeCtx, origin: AccountHex, call: Call): DispatchResult {
  const d = decodeCall(ctx.meta, call);
  if (d.pallet === 'Utility' && BATCHES.has(d.method)) return moduleFail(ctx, 'System', 'CallFiltered');
  return transactional(ctx, () => dispatchCall(ctx, origin, call));
}

export function dispatchUtility(ctx: RuntimeCtx, origin: AccountHex, d: DecodedCall): DispatchResult {
  const ev = (name: string, data: unknown[] = []): void => {
    ctx.events.push({ pallet: 'Utility', name, data });
  };
  switch (d.method) {
    case 'batch': {
      for (const [i, call] of d.inner.entries()) {
        const r = dispatchItem(ctx, origin, call);
        if (!r.ok) {
          ev('BatchInterrupted', [i, r.error]);
          return OK;
        }
        ev('ItemCompleted');
      }
      ev('BatchCompleted');
      return OK;
    }
    case 'batch_all': {
      for (const call of d.inner) {
        const r = dispatchItem(ctx, origin, call);
        if (!r.ok) return r;
        ev('ItemCompleted');
      }
      ev('BatchCompleted');
      return OK;
    }
    case 'force_batch': {
      let failed = false;
      for (const call of d.inner) {
        const r = dispatchItem(ctx, origin, call);
        if (r.ok) ev('ItemCompleted');
        else {
          failed = true;
          ev('ItemFailed', [r.error]);
        }
      }
      ev(failed ? 'BatchCompletedWithErrors' : 'BatchCompleted');
      return OK;
    }
    default:
      return moduleFail(ctx, 'System', 'CallFiltered');
  }
}
