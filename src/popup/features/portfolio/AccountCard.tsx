import { SwapBanner } from '../current/SwapBanner.tsx';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import type { AccountPortfolio } from '../../../protocol/domains/chain-values.ts';
import { Address, shortAddress } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { alpha, tao } from './amounts.ts';
import { PositionMenu } from './PositionMenu.tsx';

function Line({ label, value, full }: { label: string; value: string; full?: string }) {
  return (
    <div className="row" style={{ justifyContent: 'space-between' }}>
      <dt className="muted">{label}</dt>
      <dd style={{ margin: 0 }} title={full}>
        {value}
      </dd>
    </div>
  );
}

/**
 * One account, once: name and address, its balances and its positions (each with a row menu of actions) when
 * the chain has been read, and the way to its page (`open`).
 */
export function AccountCard({
  account,
  data,
  open = true,
  block,
}: {
  account: AccountView;
  data: AccountPortfolio | undefined;
  open?: boolean;
  /** The block the portfolio was read at (for the time left before an announced coldkey swap). */
  block?: number;
}) {
  const { t, locale } = useI18n();
  const name = account.name;
  return (
    <article className="card stack offscreen-skip" aria-label={t('portfolio.account', { name })}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <Address address={account.address} name={name} />
        {account.watchOnly && <span className="muted">{t('accounts.watchOnly')}</span>}
        {open && (
          <button
            type="button"
            className="icon"
            aria-label={t('accounts.open', { name })}
            onClick={() => navigate(`/account/${account.id}`)}
          >
            ›
          </button>
        )}
      </div>
      {data?.coldkeySwap && <SwapBanner address={data.address} swap={data.coldkeySwap} block={block} />}
      {data && (
        <strong aria-label={`${t('portfolio.total')} ${name}`} title={tao(data.total, locale, true)}>
          {tao(data.total, locale)}
        </strong>
      )}
      {data && (
        <dl className="stack" style={{ margin: 0, gap: 2 }}>
          <Line
            label={t('portfolio.transferable')}
            value={tao(data.transferable, locale)}
            full={tao(data.transferable, locale, true)}
          />
          {data.reserved !== '0' && <Line label={t('portfolio.reserved')} value={tao(data.reserved, locale)} />}
          {data.frozen !== '0' && <Line label={t('portfolio.frozen')} value={tao(data.frozen, locale)} />}
          <Line
            label={t('portfolio.stakedRoot')}
            value={tao(data.stakedRoot, locale)}
            full={tao(data.stakedRoot, locale, true)}
          />
          <Line
            label={t('portfolio.stakedSubnets')}
            value={tao(data.stakedSubnetSpot, locale)}
            full={t(data.unstakeAtSpot ? 'portfolio.unstakeValueSpot' : 'portfolio.unstakeValue', {
              value: tao(data.stakedSubnetUnstake, locale, true),
            })}
          />
        </dl>
      )}
      {data && data.positions.length > 0 && (
        <ul
          aria-label={t('portfolio.positions', { name })}
          className="stack"
          style={{ listStyle: 'none', padding: 0, margin: 0, gap: 4 }}
        >
          {data.positions.map((p) => {
            const validator = p.validatorName ?? shortAddress(p.hotkey);
            const subnet = t('portfolio.subnet', { netuid: p.netuid, name: p.subnetName });
            // The alpha token is named with its subnet where it first appears, and explained on hover.
            const token = { netuid: p.netuid, name: p.subnetName, symbol: p.symbol };
            return (
              <li
                key={`${p.hotkey}:${p.netuid}`}
                aria-label={t('portfolio.position', { validator, subnet })}
                style={{ fontSize: 12 }}
              >
                <div className="row" style={{ justifyContent: 'space-between' }}>
                  <span title={p.hotkey}>{validator}</span>
                  <span className="muted" title={p.netuid === 0 ? undefined : t('alpha.named', token)}>
                    {p.netuid === 0 ? subnet : t('portfolio.subnetToken', token)}
                  </span>
                  {!account.watchOnly && (
                    <PositionMenu
                      owner={account.address}
                      hotkey={p.hotkey}
                      netuid={p.netuid}
                      name={`${validator} · ${p.netuid}`}
                    />
                  )}
                </div>
                <div className="row" style={{ justifyContent: 'space-between' }}>
                  <span
                    title={p.netuid === 0 ? tao(p.alpha, locale, true) : alpha(p.alpha, p.symbol, locale, true)}
                    data-testid="position-amount"
                  >
                    {p.netuid === 0 ? tao(p.alpha, locale) : alpha(p.alpha, p.symbol, locale)}
                  </span>
                  <span
                    title={t(p.unstakeSimulated ? 'portfolio.unstakeValue' : 'portfolio.unstakeValueSpot', {
                      value: tao(p.taoUnstake, locale, true),
                    })}
                    data-testid="position-tao"
                  >
                    {tao(p.taoSpot, locale)}
                  </span>
                </div>
                {p.lock && (
                  <div className="muted" data-testid="position-lock">
                    {t('portfolio.locked', {
                      locked: alpha(p.lock.locked, p.netuid === 0 ? 'τ' : p.symbol, locale),
                      available: alpha(p.lock.available, p.netuid === 0 ? 'τ' : p.symbol, locale),
                    })}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </article>
  );
}
