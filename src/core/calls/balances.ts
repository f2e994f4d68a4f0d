import { ParamBuilder } from './context.ts';
import { getArg, normName, toBool } from './normalize.ts';
import type { CallSummary, DecodedCall, SummaryContext } from './types.ts';

/** Balances transfers (SUBTENSOR_FACTS §2). Other Balances calls are left to the unknown path. */
export function summarizeBalances(call: DecodedCall, ctx: SummaryContext): CallSummary | null {
  const m = normName(call.method);
  const b = new ParamBuilder(ctx);
  const a = (n: string): unknown => getArg(call.args, n);
  if (m === 'transferallowdeath' || m === 'transfer' || m === 'transferkeepalive') {
    b.account('dest', a('dest'));
    b.tao('amount', a('value'));
    const keepAlive = m === 'transferkeepalive';
    if (!keepAlive) b.warn('may-reap-account');
    return {
      kind: 'transfer',
      i18nKey: keepAlive ? 'call.transferKeepAlive' : 'call.transfer',
      params: b.params,
      warnings: b.warnings,
    };
  }
  if (m === 'transferall') {
    b.account('dest', a('dest'));
    const keepAlive = toBool(a('keep_alive')) ?? false;
    b.text('keepAlive', String(keepAlive));
    b.warn('transfer-all');
    if (!keepAlive) b.warn('may-reap-account');
    return { kind: 'transfer', i18nKey: 'call.transferAll', params: b.params, warnings: b.warnings };
  }
  return null;
}
