// Proxy.add_proxy / remove_proxy / remove_proxies / proxy. Deposits are reserved as
// ProxyDepositBase + n × ProxyDepositFactor (constants from the metadata).
import type { DecodedCall } from './call.ts';
import { decodeCall } from './call.ts';
import type { AccountHex } from './economics.ts';
import { dispatchCall, moduleFail, OK, type DispatchResult, type RuntimeCtx } from './dispatch.ts';
import { proxyAllows, type ProxyDef } from './proxy-state.ts';

function constant(ctx: RuntimeCtx, name: string, fallback: bigint): bigint {
  const c = ctx.meta.decorated.consts['proxy']?.[name];
  return c ? BigInt(c.toString()) : fallback;
}

function depositFor(ctx: RuntimeCtx, n: number): bigint {
  if (n === 0) return 0n;
  return constant(ctx, 'proxyDepositBase', 0n) + BigInt(n) * constant(ctx, 'proxyDepositFactor', 0n);
}

function setDefs(ctx: RuntimeCtx, who: AccountHex, defs: ProxyDef[]): DispatchResult {
  const entry = ctx.proxies.get(who);
  const deposit = depositFor(ctx, defs.length);
  if (deposit > entry.deposit) {
    if (!ctx.accounts.reserve(who, deposit - entry.deposit)) return moduleFail(ctx, 'Balances', 'InsufficientBalance');
  } else if (deposit < entry.deposit) ctx.accounts.unreserve(who, entry.deposit - deposit);
  ctx.proxies.set(who, { defs, deposit });
  return OK;
}

const typeName = (v: unknown): string => (typeof v === 'string' ? v : (Object.keys(v as object)[0] ?? 'Any'));

export function dispatchProxy(ctx: RuntimeCtx, origin: AccountHex, d: DecodedCall): DispatchResult {
  const a = d.args;
  switch (d.method) {
    case 'add_proxy': {
      const def: ProxyDef = {
        delegate: a['delegate'] as AccountHex,
        proxyType: typeName(a['proxy_type']),
        delay: Number(a['delay'] ?? 0),
      };
      const defs = ctx.proxies.get(origin).defs;
      if (defs.some((x) => x.delegate === def.delegate && x.proxyType === def.proxyType && x.delay === def.delay))
        return moduleFail(ctx, 'Proxy', 'Duplicate');
      if (defs.length >= Number(constant(ctx, 'maxProxies', 32n))) return moduleFail(ctx, 'Proxy', 'TooMany');
      const r = setDefs(ctx, origin, [...defs, def]);
      if (!r.ok) return r;
      ctx.events.push({ pallet: 'Proxy', name: 'ProxyAdded', data: [origin, def.delegate, def.proxyType, def.delay] });
      return OK;
    }
    case 'remove_proxy': {
      const defs = ctx.proxies.get(origin).defs;
      const t = typeName(a['proxy_type']);
      const delay = Number(a['delay'] ?? 0);
      const idx = defs.findIndex((x) => x.delegate === a['delegate'] && x.proxyType === t && x.delay === delay);
      if (idx < 0) return moduleFail(ctx, 'Proxy', 'NotFound');
      const r = setDefs(
        ctx,
        origin,
        defs.filter((_, i) => i !== idx),
      );
      if (!r.ok) return r;
      ctx.events.push({ pallet: 'Proxy', name: 'ProxyRemoved', data: [origin, a['delegate'], t, delay] });
      return OK;
    }
    case 'remove_proxies':
      return setDefs(ctx, origin, []);
    case 'proxy': {
      const real = a['real'] as AccountHex;
      const force =
        a['force_proxy_type'] === null || a['force_proxy_type'] === undefined ? null : typeName(a['force_proxy_type']);
      const def = ctx.proxies
        .get(real)
        .defs.find((x) => x.delegate === origin && x.delay === 0 && (force === null || x.proxyType === force));
      if (!def) return moduleFail(ctx, 'Proxy', 'NotProxy');
      const call = d.inner[0];
      if (!call) return moduleFail(ctx, 'Proxy', 'NotProxy');
      const inner = decodeCall(ctx.meta, call);
      const allowed =
        proxyAllows(def.proxyType, inner.pallet, inner.method) && (def.proxyType === 'Any' || inner.pallet !== 'Proxy');
      const r = allowed ? dispatchCall(ctx, real, call) : moduleFail(ctx, 'System', 'CallFiltered');
      ctx.events.push({ pallet: 'Proxy', name: 'ProxyExecuted', data: [r.ok ? { Ok: null } : { Err: r.error }] });
      return OK;
    }
    default:
      return moduleFail(ctx, 'System', 'CallFiltered');
  }
}
