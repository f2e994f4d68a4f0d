import { useState } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { AccountSelect } from '../../components/AccountSelect.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { Qr } from './Qr.tsx';

/** The address of an account, as text and QR code, with a copy button. */
export function Receive({ accounts, accountId }: { accounts: AccountView[]; accountId?: string | undefined }) {
  const { t } = useI18n();
  const [id, setId] = useState(accounts.find((a) => a.id === accountId)?.id ?? accounts[0]?.id ?? '');
  const [copied, setCopied] = useState(false);
  const account = accounts.find((a) => a.id === id) ?? accounts[0];
  if (!account)
    return (
      <main>
        <p className="muted">{t('accounts.none')}</p>
      </main>
    );
  const copy = () =>
    void navigator.clipboard.writeText(account.address).then(
      () => setCopied(true),
      () => undefined,
    );
  return (
    <main>
      <AccountSelect
        label={t('receive.account')}
        accounts={accounts}
        value={account.id}
        onChange={(next) => {
          setId(next);
          setCopied(false);
        }}
      />
      <Qr text={account.address} label={t('receive.qr', { name: account.name })} />
      <code data-testid="receive-address" style={{ wordBreak: 'break-all', textAlign: 'center' }}>
        {account.address}
      </code>
      <button type="button" className="primary" onClick={copy}>
        {copied ? t('receive.copied') : t('receive.copy')}
      </button>
    </main>
  );
}
