import type { FormEvent } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { useI18n } from '../../i18n/index.tsx';
import { StakeFlowScreens } from '../staking/flow.tsx';

/**
 * Dispute of a coldkey swap announced for an account (#/dispute-swap/<address>, from its red banner): one
 * dispute_coldkey_swap call through the shared review and status screens.
 */
export function DisputeSwap({ accounts, route }: { accounts: AccountView[]; route: string[] }) {
  const { t } = useI18n();
  const account = accounts.find((a) => a.address === route[1]);
  return (
    <StakeFlowScreens>
      {(flow) => {
        if (!account) return <p role="alert">{t('errors.not-found')}</p>;
        if (account.watchOnly) return <p role="alert">{t('claim.watchOnly')}</p>;
        const submit = (e: FormEvent) => {
          e.preventDefault();
          flow.review({ accountId: account.id, op: { op: 'disputeColdkeySwap' } });
        };
        return (
          <form className="stack" onSubmit={submit} aria-label={t('swapGuard.title')}>
            <p style={{ margin: 0 }}>{t('swapGuard.explain', { account: account.name })}</p>
            <button type="submit" className="primary" disabled={flow.busy}>
              {flow.busy ? t('common.working') : t('staking.review')}
            </button>
          </form>
        );
      }}
    </StakeFlowScreens>
  );
}
