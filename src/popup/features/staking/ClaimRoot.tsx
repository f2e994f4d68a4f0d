import type { FormEvent } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { useI18n } from '../../i18n/index.tsx';
import { StakeFlowScreens } from './flow.tsx';
import { RootClaimTypeForm } from './RootClaimType.tsx';

/**
 * Root dividends of an account (#/claim-root/<account>[/<netuids>], from the yield screen): one claim_root call
 * for up to five subnets when they are named, and what claims do with the dividends (the claim type), both
 * through the shared review and status screens.
 */
export function ClaimRoot({ accounts, route }: { accounts: AccountView[]; route: string[] }) {
  const { t } = useI18n();
  const account = accounts.find((a) => a.address === route[1]);
  const subnets = (route[2] ?? '')
    .split(',')
    .map((x) => Number(x))
    .filter((n) => Number.isInteger(n) && n > 0)
    .slice(0, 5);
  return (
    <StakeFlowScreens>
      {(flow) => {
        const submit = (e: FormEvent) => {
          e.preventDefault();
          if (account) flow.review({ accountId: account.id, op: { op: 'claimRoot', subnets } });
        };
        if (!account) return <p role="alert">{t('errors.not-found')}</p>;
        if (account.watchOnly) return <p role="alert">{t('claim.watchOnly')}</p>;
        return (
          <>
            {route[2] !== undefined &&
              (subnets.length ? (
                <form className="stack" onSubmit={submit} aria-label={t('claim.form')}>
                  <p style={{ margin: 0 }}>{t('claim.body', { account: account.name, subnets: subnets.join(', ') })}</p>
                  <button type="submit" className="primary" disabled={flow.busy}>
                    {flow.busy ? t('common.working') : t('staking.review')}
                  </button>
                </form>
              ) : (
                <p role="alert">{t('claim.noSubnets')}</p>
              ))}
            <RootClaimTypeForm account={account} flow={flow} />
          </>
        );
      }}
    </StakeFlowScreens>
  );
}
