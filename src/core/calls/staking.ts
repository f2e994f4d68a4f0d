import { MAX_PRICE, MIN_PRICE } from '../staking/constants.ts';
import { ParamBuilder } from './context.ts';
import { getArg, toBool, toNumber, unwrapOption } from './normalize.ts';
import type { CallKind, CallSummary, DecodedCall, SummaryContext } from './types.ts';

type Builder = (b: ParamBuilder, a: (name: string) => unknown) => { kind: CallKind; key: string };

function allowPartial(b: ParamBuilder, v: unknown): void {
  const p = toBool(v);
  b.text('allowPartial', String(p ?? false));
  if (p) b.warn('allow-partial');
}

/** SubtensorModule staking calls (SUBTENSOR_FACTS §1.2), keyed by normalised method name. */
const BUILDERS: Record<string, Builder> = {
  addstake: (b, a) => {
    const n = b.netuid('netuid', a('netuid'));
    b.account('hotkey', a('hotkey'));
    b.tao('amount', a('amount_staked'));
    if (n !== 0) b.warn('unlimited-price'); // implicit limit 10^15 rao/α
    return { kind: 'stake', key: 'call.addStake' };
  },
  addstakelimit: (b, a) => {
    const n = b.netuid('netuid', a('netuid'));
    b.account('hotkey', a('hotkey'));
    b.tao('amount', a('amount_staked'));
    const limit = b.price('limitPrice', a('limit_price'), n);
    if (n !== 0 && limit !== null && limit >= MAX_PRICE) b.warn('unlimited-price');
    allowPartial(b, a('allow_partial'));
    return { kind: 'stake', key: 'call.addStakeLimit' };
  },
  removestake: (b, a) => {
    const n = b.netuid('netuid', a('netuid'));
    b.account('hotkey', a('hotkey'));
    b.alpha('amount', a('amount_unstaked'), n);
    if (n !== 0) b.warn('unlimited-price'); // implicit limit 1000 rao/α
    return { kind: 'unstake', key: 'call.removeStake' };
  },
  removestakelimit: (b, a) => {
    const n = b.netuid('netuid', a('netuid'));
    b.account('hotkey', a('hotkey'));
    b.alpha('amount', a('amount_unstaked'), n);
    const limit = b.price('limitPrice', a('limit_price'), n);
    if (n !== 0 && limit !== null && limit <= MIN_PRICE) b.warn('unlimited-price');
    allowPartial(b, a('allow_partial'));
    return { kind: 'unstake', key: 'call.removeStakeLimit' };
  },
  removestakefulllimit: (b, a) => {
    const n = b.netuid('netuid', a('netuid'));
    b.account('hotkey', a('hotkey'));
    const raw = unwrapOption(a('limit_price'));
    if (raw === undefined) {
      if (n !== 0) b.warn('unlimited-price');
      return { kind: 'unstake', key: 'call.removeStakeFull' };
    }
    const limit = b.price('limitPrice', raw, n);
    if (n !== 0 && limit !== null && limit <= MIN_PRICE) b.warn('unlimited-price');
    return { kind: 'unstake', key: 'call.removeStakeFullLimit' };
  },
  movestake: (b, a) => {
    b.account('originHotkey', a('origin_hotkey'));
    b.account('destinationHotkey', a('destination_hotkey'));
    const o = b.netuid('originNetuid', a('origin_netuid'));
    const d = b.netuid('destinationNetuid', a('destination_netuid'));
    b.alpha('amount', a('alpha_amount'), o);
    if (o !== d) b.warn('unlimited-price');
    return { kind: 'move', key: o === d ? 'call.moveStake' : 'call.moveStakeCrossSubnet' };
  },
  transferstake: (b, a) => {
    b.account('destinationColdkey', a('destination_coldkey'));
    b.account('hotkey', a('hotkey'));
    const o = b.netuid('originNetuid', a('origin_netuid'));
    const d = b.netuid('destinationNetuid', a('destination_netuid'));
    b.alpha('amount', a('alpha_amount'), o);
    b.warn('transfer-stake');
    if (o !== d) b.warn('unlimited-price');
    return { kind: 'transfer-stake', key: 'call.transferStake' };
  },
  swapstake: (b, a) => {
    b.account('hotkey', a('hotkey'));
    const o = b.netuid('originNetuid', a('origin_netuid'));
    b.netuid('destinationNetuid', a('destination_netuid'));
    b.alpha('amount', a('alpha_amount'), o);
    b.warn('unlimited-price');
    return { kind: 'swap', key: 'call.swapStake' };
  },
  swapstakelimit: (b, a) => {
    b.account('hotkey', a('hotkey'));
    const o = b.netuid('originNetuid', a('origin_netuid'));
    b.netuid('destinationNetuid', a('destination_netuid'));
    b.alpha('amount', a('alpha_amount'), o);
    const ratio = b.ratio('limitRatio', a('limit_price'));
    if (ratio === 0n) b.warn('unlimited-price'); // 0 means no limit (§5.3)
    allowPartial(b, a('allow_partial'));
    return { kind: 'swap', key: 'call.swapStakeLimit' };
  },
  unstakeall: (b, a) => {
    b.account('hotkey', a('hotkey'));
    b.warn('unlimited-price');
    return { kind: 'unstake', key: 'call.unstakeAll' };
  },
  claimroot: (b, a) => {
    b.text('subnets', netuidList(a('subnets')));
    return { kind: 'stake', key: 'call.claimRoot' };
  },
  setrootclaimtype: (b, a) => {
    const t = a('new_root_claim_type');
    const name = typeof t === 'string' ? t : t && typeof t === 'object' ? (Object.keys(t)[0] ?? '') : '';
    const kind = name.replace(/[_\s]/g, '').toLowerCase();
    if (kind === 'swap') return { kind: 'stake', key: 'call.setRootClaimSwap' };
    if (kind === 'keep') return { kind: 'stake', key: 'call.setRootClaimKeep' };
    if (kind === 'keepsubnets') {
      const inner = (t as Record<string, unknown>)[name];
      b.text(
        'subnets',
        netuidList(
          inner && typeof inner === 'object' && !Array.isArray(inner)
            ? getArg(inner as Record<string, unknown>, 'subnets')
            : inner,
        ),
      );
      return { kind: 'stake', key: 'call.setRootClaimKeepSubnets' };
    }
    b.text('type', name || '?');
    return { kind: 'stake', key: 'call.setRootClaimUnknown' };
  },
  disputecoldkeyswap: () => ({ kind: 'stake', key: 'call.disputeColdkeySwap' }),
  claimrootwithhotkey: (b, a) => {
    b.account('hotkey', a('hotkey'));
    return { kind: 'stake', key: 'call.claimRootWithHotkey' };
  },
  movestakelimit: (b, a) => {
    b.account('originHotkey', a('origin_hotkey'));
    b.account('destinationHotkey', a('destination_hotkey'));
    const o = b.netuid('originNetuid', a('origin_netuid'));
    b.netuid('destinationNetuid', a('destination_netuid'));
    b.alpha('amount', a('alpha_amount'), o);
    const ratio = b.ratio('limitRatio', a('limit_price'));
    if (ratio === 0n) b.warn('unlimited-price');
    allowPartial(b, a('allow_partial'));
    return { kind: 'move', key: 'call.moveStakeLimit' };
  },
  unstakeallalpha: (b, a) => {
    b.account('hotkey', a('hotkey'));
    b.warn('unlimited-price');
    return { kind: 'unstake', key: 'call.unstakeAllAlpha' };
  },
};

/** A list of netuids (array or set as toJSON gives it) as "1, 4, 7"; "?" when unreadable. */
function netuidList(v: unknown): string {
  if (!Array.isArray(v)) return '?';
  const nums = v.map((x) => toNumber(x));
  return nums.length && nums.every((n) => n !== null) ? nums.join(', ') : '?';
}

export function summarizeStaking(call: DecodedCall, ctx: SummaryContext): CallSummary | null {
  const build = BUILDERS[call.method.replaceAll('_', '').toLowerCase()];
  if (!build) return null;
  const b = new ParamBuilder(ctx);
  const { kind, key } = build(b, (name) => getArg(call.args, name));
  return { kind, i18nKey: key, params: b.params, warnings: b.warnings };
}
