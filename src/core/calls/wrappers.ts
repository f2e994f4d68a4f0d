import { ParamBuilder } from './context.ts';
import { getArg, normName, toDecodedCall, toEnumName, toNumber, unwrapOption } from './normalize.ts';
import type { CallSummary, CallWarning, DecodedCall, SummaryContext } from './types.ts';

/** ProxyType enum order (SUBTENSOR_FACTS §3.6), for calls that carry the index. */
export const PROXY_TYPES = [
  'Any',
  'Owner',
  'NonCritical',
  'NonTransfer',
  'Senate',
  'NonFungible',
  'Triumvirate',
  'Governance',
  'Staking',
  'Registration',
  'Transfer',
  'SmallTransfer',
  'RootWeights',
  'ChildKeys',
  'SudoUncheckedSetCode',
  'SwapHotkey',
  'SubnetLeaseBeneficiary',
  'RootClaim',
] as const;

type Summarize = (call: DecodedCall, ctx: SummaryContext, depth: number) => CallSummary;

function childOf(v: unknown, ctx: SummaryContext, depth: number, summarize: Summarize): CallSummary {
  const c = toDecodedCall(v);
  if (c) return summarize(c, ctx, depth + 1);
  return {
    kind: 'unknown',
    i18nKey: 'call.unknown',
    params: { section: '?', method: '?' },
    warnings: ['unknown-call'],
  };
}

/** Parent warnings include every child warning, so the top of the approval screen shows them all. */
function lift(own: CallWarning[], children: CallSummary[]): CallWarning[] {
  const all = [...own];
  for (const c of children) for (const w of c.warnings) if (!all.includes(w)) all.push(w);
  return all;
}

const BATCH_KEYS: Record<string, string> = {
  batch: 'call.batch',
  batchall: 'call.batchAll',
  forcebatch: 'call.forceBatch',
};

export function summarizeUtility(
  call: DecodedCall,
  ctx: SummaryContext,
  depth: number,
  summarize: Summarize,
): CallSummary | null {
  const m = normName(call.method);
  const key = BATCH_KEYS[m];
  if (!key) return null;
  const raw = getArg(call.args, 'calls');
  const list = Array.isArray(raw) ? raw : [];
  const children = list.map((c) => childOf(c, ctx, depth, summarize));
  const own: CallWarning[] = [];
  if (m !== 'batchall') own.push('batch-not-atomic');
  if (depth > 0 || children.some((c) => c.kind === 'batch')) own.push('nested-batch');
  return {
    kind: 'batch',
    i18nKey: key,
    params: { count: String(children.length) },
    warnings: lift(own, children),
    children,
  };
}

export function summarizeProxy(
  call: DecodedCall,
  ctx: SummaryContext,
  depth: number,
  summarize: Summarize,
): CallSummary | null {
  const m = normName(call.method);
  const b = new ParamBuilder(ctx);
  const a = (n: string): unknown => getArg(call.args, n);
  if (m === 'addproxy' || m === 'removeproxy') {
    b.account('delegate', a('delegate'));
    const type = toEnumName(a('proxy_type'), PROXY_TYPES) ?? '?';
    b.text('proxyType', type);
    b.text('delay', String(toNumber(a('delay')) ?? 0));
    if (m === 'addproxy') {
      b.warn('grants-control');
      if (type === 'Any') b.warn('proxy-type-any');
    }
    return {
      kind: 'proxy-admin',
      i18nKey: m === 'addproxy' ? 'call.addProxy' : 'call.removeProxy',
      params: b.params,
      warnings: b.warnings,
    };
  }
  if (m === 'removeproxies') {
    return { kind: 'proxy-admin', i18nKey: 'call.removeProxies', params: {}, warnings: [] };
  }
  if (m === 'proxy') {
    b.account('real', a('real'));
    const force = toEnumName(unwrapOption(a('force_proxy_type')), PROXY_TYPES);
    if (force && force !== 'None') b.text('proxyType', force);
    const child = childOf(a('call'), ctx, depth, summarize);
    return {
      kind: 'proxy',
      i18nKey: 'call.proxy',
      params: b.params,
      warnings: lift(b.warnings, [child]),
      children: [child],
    };
  }
  return null;
}
