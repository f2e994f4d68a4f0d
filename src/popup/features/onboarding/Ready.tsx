import { useEffect, useRef } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { Address } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';

/** The end of onboarding: the account is there, and what the person can do next. */
export function Ready({ account }: { account: AccountView | undefined }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main>
      <h2 ref={heading} tabIndex={-1}>
        {t('onboarding.readyTitle')}
      </h2>
      {account && (
        <div className="card">
          <Address address={account.address} name={account.name} />
        </div>
      )}
      <p>{account?.watchOnly ? t('onboarding.readyWatch') : t('onboarding.readyText')}</p>
      <button type="button" className="primary" onClick={() => navigate('/')}>
        {t('onboarding.open')}
      </button>
    </main>
  );
}
