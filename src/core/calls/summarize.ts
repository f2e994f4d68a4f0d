import { summarizeBalances } from './balances.ts';
import { normName } from './normalize.ts';
import { summarizeStaking } from './staking.ts';
import type { CallSummary, DecodedCall, SummaryContext } from './types.ts';
import { summarizeProxy, summarizeUtility } from './wrappers.ts';

const MAX_DEPTH = 8;

/**
 * Human summary (i18n key + params + warnings) of a decoded call, for the review and signing
 * approval screens. Section and method may be snake_case or camelCase. Anything not recognised is
 * 'unknown' with the 'unknown-call' warning: the screen then shows the raw section.method.
 */
export function summarizeCall(call: DecodedCall, ctx: SummaryContext): CallSummary {
  return summarizeAt(call, ctx, 0);
}

function summarizeAt(call: DecodedCall, ctx: SummaryContext, depth: number): CallSummary {
  const section = normName(call.section);
  let s: CallSummary | null = null;
  if (depth <= MAX_DEPTH) {
    if (section === 'subtensormodule') s = summarizeStaking(call, ctx);
    else if (section === 'balances') s = summarizeBalances(call, ctx);
    else if (section === 'utility') s = summarizeUtility(call, ctx, depth, summarizeAt);
    else if (section === 'proxy') s = summarizeProxy(call, ctx, depth, summarizeAt);
  }
  return (
    s ?? {
      kind: 'unknown',
      i18nKey: 'call.unknown',
      params: { section: call.section, method: call.method },
      warnings: ['unknown-call'],
    }
  );
}

/** Every i18n key summarizeCall can return, so a dictionary test can check en and zh-CN cover them. */
export const CALL_I18N_KEYS = [
  'call.addStake',
  'call.addStakeLimit',
  'call.removeStake',
  'call.removeStakeLimit',
  'call.removeStakeFull',
  'call.removeStakeFullLimit',
  'call.moveStake',
  'call.moveStakeCrossSubnet',
  'call.transferStake',
  'call.swapStake',
  'call.swapStakeLimit',
  'call.unstakeAll',
  'call.unstakeAllAlpha',
  'call.claimRoot',
  'call.setRootClaimSwap',
  'call.setRootClaimKeep',
  'call.setRootClaimKeepSubnets',
  'call.setRootClaimUnknown',
  'call.disputeColdkeySwap',
  'call.claimRootWithHotkey',
  'call.moveStakeLimit',
  'call.transfer',
  'call.transferKeepAlive',
  'call.transferAll',
  'call.batch',
  'call.batchAll',
  'call.forceBatch',
  'call.addProxy',
  'call.removeProxy',
  'call.removeProxies',
  'call.proxy',
  'call.unknown',
] as const;
