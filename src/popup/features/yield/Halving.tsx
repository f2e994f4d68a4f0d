import type { HalvingView } from '../../../protocol/domains/yield-values.ts';
import { useI18n } from '../../i18n/index.tsx';
import { units } from './format.ts';

/** The next halving of TAO emission, estimated from issuance and emission (core nextHalving). */
export function Halving({ halving }: { halving: HalvingView | null }) {
  const { t, locale } = useI18n();
  return (
    <section aria-label={t('yield.halving')} className="card" style={{ fontSize: 12 }}>
      <strong>{t('yield.halving')}</strong>{' '}
      {halving ? (
        <span>
          {t('yield.halvingText', {
            date: halving.eta ? new Date(halving.eta).toLocaleDateString(locale) : '—',
            blocks: halving.blocksLeft ? Number(halving.blocksLeft).toLocaleString(locale) : '—',
            now: units(halving.emissionPerBlock, 'τ', locale, 9),
            after: units(halving.emissionAfter, 'τ', locale, 9),
          })}
        </span>
      ) : (
        <span>{t('yield.halvingNone')}</span>
      )}
    </section>
  );
}
