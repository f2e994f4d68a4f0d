import type { ColdkeySwapView } from '../../../protocol/domains/chain-values.ts';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';

/** Seconds per block on Subtensor. */
const BLOCK_SECONDS = 12;

/** A coldkey swap announced for this account: when it can run, and the one action, dispute (red, on the card). */
export function SwapBanner({ address, swap, block }: { address: string; swap: ColdkeySwapView; block?: number }) {
  const { t } = useI18n();
  const hoursLeft = Math.max(0, Math.round(((swap.executesAt - (block ?? swap.executesAt)) * BLOCK_SECONDS) / 3600));
  const time =
    hoursLeft >= 24
      ? t('swapGuard.days', { days: Math.floor(hoursLeft / 24), hours: hoursLeft % 24 })
      : t('swapGuard.hours', { hours: hoursLeft });
  return (
    <section role="alert" aria-label={t('swapGuard.banner')} className="card stack error swap-banner">
      <strong>{t('swapGuard.banner')}</strong>
      {swap.disputedAt === null ? (
        <>
          <p style={{ margin: 0 }}>{t('swapGuard.body', { block: swap.executesAt, time })}</p>
          <button type="button" className="danger" onClick={() => navigate(`/dispute-swap/${address}`)}>
            {t('swapGuard.dispute')}
          </button>
        </>
      ) : (
        <p style={{ margin: 0 }}>{t('swapGuard.disputed', { block: swap.disputedAt })}</p>
      )}
    </section>
  );
}
