import type { PositionYield } from '../../../protocol/domains/yield-values.ts';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { claimableSubnets, claimTypeLinks } from './PositionCard.tsx';
import { units } from './format.ts';

/**
 * What root stake is owed and not yet claimed, in one card: the total, and per account one Claim action (for the
 * most valuable claimable subnets) and the claim type.
 */
export function Claimable({ positions, nameOf }: { positions: PositionYield[]; nameOf: (a: string) => string }) {
  const { t, locale } = useI18n();
  const roots = positions.filter((p) => p.rootOwed);
  if (roots.length === 0) return null;
  const total = roots.reduce((s, p) => s + BigInt(p.rootOwed?.tao ?? '0'), 0n);
  const links = claimTypeLinks(positions);
  const accounts = [...new Set(roots.map((p) => p.account))];
  return (
    <section aria-label={t('yield.claimable')} className="card stack" data-testid="claimable" style={{ gap: 6 }}>
      <strong>{t('yield.claimable')}</strong>
      <span className="num-text">{t('yield.claimableTotal', { amount: units(total.toString(), 'τ', locale, 4) })}</span>
      {accounts.map((account) => {
        // The position owed the most on this account carries its one claim.
        const best = roots
          .filter((p) => p.account === account)
          .sort((a, b) => (BigInt(b.rootOwed?.tao ?? '0') > BigInt(a.rootOwed?.tao ?? '0') ? 1 : -1))[0];
        const subnets = best ? claimableSubnets(best) : [];
        const typeLink = positions.some((p, i) => p.account === account && links[i]);
        return (
          <div key={account} className="row" style={{ flexWrap: 'wrap', gap: 6 }}>
            {accounts.length > 1 && <span>{nameOf(account)}</span>}
            {subnets.length > 0 && (
              <button
                type="button"
                className="primary"
                onClick={() => navigate(`/claim-root/${encodeURIComponent(account)}/${subnets.join(',')}`)}
              >
                {t('yield.claim', { subnets: subnets.join(', ') })}
              </button>
            )}
            {typeLink && (
              <button type="button" onClick={() => navigate(`/claim-root/${encodeURIComponent(account)}`)}>
                {t('claimType.open')}
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
