import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { useSubscription } from '../../state/use-subscription.ts';

/** Unstake or move straight from a position: opens the staking form with the position filled in. */
export function PositionActions({ accounts }: { accounts: AccountView[] }) {
  const { t } = useI18n();
  const portfolio = useSubscription('pri(portfolio.subscribe)', null);
  const signers = new Set(accounts.filter((a) => !a.watchOnly).map((a) => a.address));
  const items = (portfolio?.accounts ?? [])
    .filter((a) => signers.has(a.address))
    .flatMap((a) => a.positions.map((p) => ({ ...p, owner: a.address })));
  if (items.length === 0) return null;
  return (
    <ul
      aria-label={t('staking.positions')}
      className="stack"
      style={{ listStyle: 'none', padding: 0, margin: 0, gap: 4 }}
    >
      {items.slice(0, 12).map((p) => {
        const name = `${p.validatorName ?? shortAddress(p.hotkey)} · ${p.netuid}`;
        const go = (op: string) => () => navigate(`/stake/${op}/${p.hotkey}/${p.netuid}/${p.owner}`);
        return (
          <li
            key={`${p.owner}:${p.hotkey}:${p.netuid}`}
            className="row"
            style={{ justifyContent: 'space-between', fontSize: 12 }}
          >
            <span>{name}</span>
            <span className="row" style={{ gap: 4 }}>
              <button type="button" onClick={go('unstake')} aria-label={t('staking.unstakeFrom', { name })}>
                {t('staking.op.unstake')}
              </button>
              <button type="button" onClick={go('move')} aria-label={t('staking.moveFrom', { name })}>
                {t('staking.move')}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
