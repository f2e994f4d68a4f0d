import type { CallSummary } from '../../../core/calls/types.ts';
import type { StakePreview } from '../../../protocol/domains/staking-values.ts';
import type { T } from '../../i18n/index.tsx';

/** "Apex (SN1)", "Root (SN0)", or "SN7" when the chain gives the subnet no name. */
export function subnetLabel(t: T, netuid: string, name: string | undefined): string {
  if (netuid === '0') return t('staking.head.root');
  return name ? t('staking.head.subnet', { name, netuid }) : t('staking.head.subnetBare', { netuid });
}

/**
 * The review's one plain sentence, with names, from the call as decoded (so it says what is signed): "Stake 25 τ
 * with Validator 24 (5Grwva…GKutQY) on Apex (SN1)". Null for calls it has no short form for (the summary's own
 * sentence is shown then).
 */
export function headline(t: T, summary: CallSummary): string | null {
  const p = summary.params;
  const on = (key: string) => subnetLabel(t, p[key] ?? '?', p[`${key}Name`]);
  switch (summary.i18nKey) {
    case 'call.addStake':
    case 'call.addStakeLimit':
      return t('staking.head.stake', { amount: p.amount ?? '?', validator: p.hotkey ?? '?', subnet: on('netuid') });
    case 'call.removeStake':
    case 'call.removeStakeLimit':
      return t('staking.head.unstake', { amount: p.amount ?? '?', validator: p.hotkey ?? '?', subnet: on('netuid') });
    case 'call.removeStakeFull':
    case 'call.removeStakeFullLimit':
      return t('staking.head.unstakeAll', { validator: p.hotkey ?? '?', subnet: on('netuid') });
    case 'call.moveStake':
    case 'call.moveStakeCrossSubnet':
      return t('staking.head.move', {
        amount: p.amount ?? '?',
        from: p.originHotkey ?? '?',
        to: p.destinationHotkey ?? '?',
        subnet: on('originNetuid'),
        toSubnet: on('destinationNetuid'),
      });
    default:
      return null;
  }
}

/** Whether the simulation says the chain will refuse this trade (a leg's price move is past its limit). */
export function willBeRefused(preview: StakePreview): boolean {
  return preview.warnings.includes('exceeds-tolerance') || preview.legs.some((l) => l.exceedsTolerance);
}

/**
 * "You receive at least", only where it is a promise: a leg with a limit that the trade does not already break,
 * no partial fill (a partial fill may execute any part), and never above the simulated output (shown otherwise
 * as a bound the trade cannot meet). Null: show no minimum.
 */
export function guaranteedOut(preview: StakePreview, leg: StakePreview['legs'][number]): string | null {
  if (!leg.minOut || leg.exceedsTolerance || preview.allowPartial) return null;
  return BigInt(leg.minOut) <= BigInt(leg.out) ? leg.minOut : null;
}
