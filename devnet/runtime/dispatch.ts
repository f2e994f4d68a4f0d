// Call dispatch: Balances, Utility, Proxy here; SubtensorModule delegated to the economics half.
// Composite calls (Utility/Proxy) run in a transactional layer (accounts, proxies, economics clone,
// events) so a failing call leaves no trace, as FRAME's storage layers do.
import type { Call } from '@polkadot/types/interfaces';
import type { ChainMeta } from '../chain/metadata.ts';
import type { Accounts } from './accounts.ts';
import { decodeCall } from './call.ts';
import { snapshotEconomics } from './clone.ts';
import type { AccountHex, Economics } from './economics.ts';
import type { ChainEvent } from './events.ts';
import { hasError, moduleError } from './events.ts';
import { dispatchBalances } from './pallet-balances.ts';
import { dispatchMevShield } from './mev-shield.ts';
import { dispatchProxy } from './pallet-proxy.ts';
import { dispatchUtility } from './pallet-utility.ts';
import type { ProxyState } from './proxy-state.ts';
import type { Weight } from './weights.ts';

export type DispatchErrorValue = Record<string, unknown> | string;
/** A dispatch's outcome; `actualWeight` when the call reports less than it declared (refunded from the fee). */
export type DispatchResult = ({ ok: true } | { ok: false; error: DispatchErrorValue }) & { actualWeight?: Weight };

export const OK: DispatchResult = { ok: true };

export interface RuntimeCtx {
  meta: ChainMeta;
  accounts: Accounts;
  proxies: ProxyState;
  econ: Economics;
  /** Objects shared (not cloned) when snapshotting the economics state. */
  econKeep: Set<object>;
  events: ChainEvent[];
}

export const fail = (error: DispatchErrorValue): DispatchResult => ({ ok: false, error });

export function moduleFail(ctx: RuntimeCtx, pallet: string, name: string): DispatchResult {
  if (!hasError(ctx.meta, pallet, name)) return fail('Other');
  return fail(moduleError(ctx.meta, pallet, name));
}

/** Runs `fn`; if it fails, restores accounts, proxies, economics and events as they were. */
export function transactional(ctx: RuntimeCtx, fn: () => DispatchResult): DispatchResult {
  const accounts = ctx.accounts.snapshot();
  const proxies = ctx.proxies.snapshot();
  const econ = snapshotEconomics(ctx.econ, ctx.econKeep);
  const eventCount = ctx.events.length;
  const r = fn();
  if (!r.ok) {
    ctx.accounts.restore(accounts);
    ctx.proxies.restore(proxies);
    ctx.econ = econ;
    ctx.events.length = eventCount;
  }
  return r;
}

export function dispatchCall(ctx: RuntimeCtx, origin: AccountHex, call: Call): DispatchResult {
  const d = decodeCall(ctx.meta, call);
  // CheckColdkeySwap is a dispatch extension: it runs at every dispatch, proxied and batched calls included.
  const guarded = ctx.econ.guard?.(origin, d.pallet, d.method);
  if (guarded) return moduleFail(ctx, 'SubtensorModule', guarded.error);
  switch (d.pallet) {
    case 'Balances':
      return dispatchBalances(ctx, origin, d);
    case 'Utility':
      return transactional(ctx, () => dispatchUtility(ctx, origin, d));
    case 'Proxy':
      return transactional(ctx, () => dispatchProxy(ctx, origin, d));
    case 'SubtensorModule': {
      // The model pushes its events (and the balance events it causes) in order into the block's list; a failed
      // call leaves none, as its storage layer is dropped.
      const start = ctx.events.length;
      let r: ReturnType<Economics['dispatch']>;
      try {
        r = ctx.econ.dispatch(origin, d.method, d.args, ctx.events);
      } catch {
        // A call the economics model does not implement (or cannot take): refused like a filtered call.
        ctx.events.length = start;
        return moduleFail(ctx, 'System', 'CallFiltered');
      }
      if (!r.ok) {
        ctx.events.length = start;
        return moduleFail(ctx, r.pallet, r.error);
      }
      return OK;
    }
    case 'MevShield':
      return dispatchMevShield(ctx, origin, d);
    case 'System':
      // remark does nothing but cost its fee; the other System calls need root.
      return d.method === 'remark' ? OK : moduleFail(ctx, 'System', 'CallFiltered');
    default:
      // Other pallets (Sudo, Registry, EVM, …) are not modelled by the devnet.
      return moduleFail(ctx, 'System', 'CallFiltered');
  }
}
