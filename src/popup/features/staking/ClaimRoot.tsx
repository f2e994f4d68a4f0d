import type { FormEvent } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useAsk } from '../../state/use-ask.ts';
import { RootBaskets } from '../current/RootBaskets.tsx';
import { StakeFlowScreens, type StakeFlow } from './flow.tsx';
import { RootClaimTypeForm } from './RootClaimType.tsx';

/**
 * Root dividends of an account (#/claim-root/<account>[/<netuids>], from the yield screen). On runtimes with Root
 * Reborn (claim_root_with_hotkey in the metadata): per validator, what is claimable and what its basket holds, one
 * claim per validator or all (RootBaskets); the retired claim type is not offered there. On older runtimes: one
 * claim_root call for up to five subnets when they are named, and the claim type. All through the shared review
 * and status screens.
 */
export function ClaimRoot({ accounts, route }: { accounts: AccountView[]; route: string[] }) {
  const { t } = useI18n();
  const account = accounts.find((a) => a.address === route[1]);
  return (
    <StakeFlowScreens>
      {(flow) => {
        if (!account) return <p role="alert">{t('errors.not-found')}</p>;
        if (account.watchOnly) return <p role="alert">{t('claim.watchOnly')}</p>;
        return <Claims account={account} route={route} flow={flow} />;
      }}
    </StakeFlowScreens>
  );
}

function Claims({ account, route, flow }: { account: AccountView; route: string[]; flow: StakeFlow }) {
  const { t } = useI18n();
  const baskets = useAsk('pri(staking.rootBaskets)', { accountId: account.id });
  if (!baskets.value)
    return baskets.error ? <ErrorLine error={baskets.error} /> : <p aria-busy="true">{t('common.loading')}</p>;
  if (baskets.value.available) return <RootBaskets account={account} state={baskets.value} flow={flow} />;
  const subnets = (route[2] ?? '')
    .split(',')
    .map((x) => Number(x))
    .filter((n) => Number.isInteger(n) && n > 0)
    .slice(0, 5);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    flow.review({ accountId: account.id, op: { op: 'claimRoot', subnets } });
  };
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
}
