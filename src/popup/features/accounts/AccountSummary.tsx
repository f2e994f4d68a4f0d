import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { useSubscription } from '../../state/use-subscription.ts';
import { AccountCard } from '../portfolio/AccountCard.tsx';

/** The top of an account's page: its portfolio (the same view data as the home) and what to do with it. */
export function AccountSummary({ account }: { account: AccountView }) {
  const { t } = useI18n();
  const networks = useSubscription('pri(networks.subscribe)');
  const portfolio = useSubscription('pri(portfolio.subscribe)');
  const view = portfolio && networks && portfolio.networkId === networks.selected ? portfolio : null;
  const data = view?.accounts.find((a) => a.address === account.address);
  const kind = account.watchOnly ? t('accounts.watchOnly') : account.type;
  return (
    <section className="stack" aria-label={t('account.summary', { name: account.name })}>
      {data ? (
        <AccountCard account={account} data={data} open={false} />
      ) : (
        <p className="muted">{t('portfolio.noData')}</p>
      )}
      <p className="muted" style={{ margin: 0 }}>
        {kind}
        {account.derivationPath ? ` · ${account.derivationPath}` : ''}
      </p>
      {!account.watchOnly && (
        <nav className="row" aria-label={t('account.actions')}>
          <button type="button" className="primary" onClick={() => navigate(`/send/${account.id}`)}>
            {t('nav.send')}
          </button>
          <button type="button" onClick={() => navigate(`/receive/${account.id}`)}>
            {t('nav.receive')}
          </button>
          <button type="button" onClick={() => navigate('/stake')}>
            {t('home.stake')}
          </button>
        </nav>
      )}
    </section>
  );
}
