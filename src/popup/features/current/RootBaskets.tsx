import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import type { RootBasketView, RootBasketsState } from '../../../protocol/domains/staking-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSubscription } from '../../state/use-subscription.ts';
import { subnetLabel } from '../staking/headline.ts';
import type { StakeFlow } from '../staking/flow.tsx';
import { units } from '../yield/format.ts';

/**
 * Root Reborn (runtimes with claim_root_with_hotkey): per validator the account stakes with on root, what a claim
 * pays now, what the validator's basket holds and the account's share of it, and the hold window of the root stake.
 * One claim per validator, or all claimable ones in one batch; each goes through the staking review.
 */
export function RootBaskets({
  account,
  state,
  flow,
}: {
  account: AccountView;
  state: RootBasketsState;
  flow: StakeFlow;
}) {
  const { t } = useI18n();
  const portfolio = useSubscription('pri(portfolio.subscribe)');
  const names = new Map<string, string>();
  for (const a of portfolio?.accounts ?? [])
    for (const p of a.positions) if (p.validatorName) names.set(p.hotkey, p.validatorName);
  const nameOf = (hotkey: string) => names.get(hotkey) ?? shortAddress(hotkey);
  const claim = (hotkeys: string[]) => flow.review({ accountId: account.id, op: { op: 'claimRootBaskets', hotkeys } });
  const claimable = state.baskets.filter((b) => b.claimable);
  return (
    <section aria-label={t('reborn.title')} className="stack">
      <h2 style={{ fontSize: 15, margin: 0 }}>{t('reborn.title')}</h2>
      <p className="muted" style={{ margin: 0 }}>
        {t('reborn.explain')}
      </p>
      {state.baskets.length === 0 && <p>{t('reborn.none')}</p>}
      {state.baskets.map((b) => (
        <Basket
          key={b.hotkey}
          basket={b}
          name={nameOf(b.hotkey)}
          threshold={state.threshold}
          busy={flow.busy}
          onClaim={() => claim([b.hotkey])}
        />
      ))}
      {claimable.length > 1 && (
        <button
          type="button"
          className="primary"
          disabled={flow.busy}
          onClick={() => claim(claimable.map((b) => b.hotkey))}
        >
          {t('reborn.claimAll', { count: claimable.length })}
        </button>
      )}
    </section>
  );
}

function Basket(props: {
  basket: RootBasketView;
  name: string;
  threshold: string;
  busy: boolean;
  onClaim: () => void;
}) {
  const { basket: b, name } = props;
  const { t, locale } = useI18n();
  const tao = (rao: string) => units(rao, 'τ', locale, 6);
  return (
    <article aria-label={name} className="card stack" style={{ gap: 4 }} data-testid="root-basket">
      <strong>{name}</strong>
      <span className="num-text">
        {b.claimable
          ? t('reborn.claimable', { amount: tao(b.payout) })
          : t('reborn.belowThreshold', { amount: tao(b.payout), threshold: tao(props.threshold) })}
      </span>
      <span className="muted num-text">{t('reborn.rootStake', { amount: tao(b.rootStake) })}</span>
      {b.holdUntil !== null && <span role="status">{t('reborn.heldUntil', { block: b.holdUntil })}</span>}
      <details>
        <summary>{t('reborn.holdings')}</summary>
        {b.holdings.length === 0 ? (
          <p className="muted">{t('reborn.empty')}</p>
        ) : (
          <ul className="num-text" style={{ margin: 0, paddingLeft: 16 }}>
            {b.holdings.map((h) => {
              const symbol = h.netuid === 0 ? 'τ' : 'α';
              return (
                <li key={h.netuid}>
                  {t('reborn.holding', {
                    subnet: subnetLabel(t, String(h.netuid), undefined),
                    amount: units(h.alpha, symbol, locale, 6),
                    tao: tao(h.tao),
                    yours: units(h.yours, symbol, locale, 6),
                  })}
                </li>
              );
            })}
          </ul>
        )}
      </details>
      <button type="button" className="primary" disabled={props.busy || !b.claimable} onClick={props.onClaim}>
        {t('reborn.claim', { validator: name })}
      </button>
    </article>
  );
}
