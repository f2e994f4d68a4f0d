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
import { dispatchProxy } from './pallet-proxy.ts';
import { dispatchUtility } from './pallet-utility.ts';
import type { ProxyState } from './proxy-state.ts';

export type DispatchErrorValue = Record<string, unknown> | string;
export type DispatchResult = { ok: true } | { ok: false; error: DispatchErrorValue };

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
  switch (d.pallet) {
    case 'Balances':
      return dispatchBalances(ctx, origin, d);
    case 'Utility':
      return transactional(ctx, () => dispatchUtility(ctx, origin, d));
    case 'Proxy':
      return transactional(ctx, () => dispatchProxy(ctx, origin, d));
    case 'SubtensorModule': {
      let r: ReturnType<Economics['dispatch']>;
      try {
        r = ctx.econ.dispatch(origin, d.method, d.args);
      } catch {
        // A call the economics model does not implement (or cannot take): refused like a filtered call.
        return moduleFail(ctx, 'System', 'CallFiltered');
      }
      if (!r.ok) return moduleFail(ctx, r.pallet, r.error);
      for (const ev of r.events) ctx.events.push(ev);
      return OK;
    }
    default:
      // Other pallets (Sudo, Registry, EVM, …) are not modelled by the devnet.
      return moduleFail(ctx, 'System', 'CallFiltered');
  }
}
