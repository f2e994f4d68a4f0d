import type { DappStakePreview } from '../../../protocol/domains/approvals-values.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Legs } from '../staking/Legs.tsx';

/**
 * A dApp's staking transaction as the wallet's own review shows it: each swap simulated now with the limit the
 * transaction carries ("you receive at least" only where that limit promises it), a warning when the network will
 * refuse it, and a sentence for the steps no simulation exists for.
 */
export function StakePreview({ stake }: { stake: DappStakePreview }) {
  const { t } = useI18n();
  const shown = stake.legs.filter((l) => l.netuid !== 0);
  if (shown.length === 0 && stake.missing === 0) return null;
  return (
    <section className="stack" style={{ gap: 6 }} aria-label={t('approve.stake.title')}>
      <h3 style={{ fontSize: 14, margin: 0 }}>{t('approve.stake.title')}</h3>
      {shown.some((l) => l.exceedsTolerance) && (
        <p className="warning" role="note" style={{ margin: 0 }}>
          {t('approve.stake.refused')}
        </p>
      )}
      <Legs legs={shown} ratio={false} minimumOf={(leg) => leg.minOut ?? null} />
      {stake.missing > 0 && (
        <p className="muted" role="note" style={{ margin: 0 }} data-testid="stake-no-preview">
          {t('approve.stake.noPreview', { n: stake.missing })}
        </p>
      )}
    </section>
  );
}
