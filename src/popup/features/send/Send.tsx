import { useState, type FormEvent } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import type { TransferPreview } from '../../../protocol/domains/chain-values.ts';
import { api } from '../../api/client.ts';
import { AccountSelect } from '../../components/AccountSelect.tsx';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { useRun } from '../../state/use-run.ts';
import { useSubscription } from '../../state/use-subscription.ts';
import { Review } from './Review.tsx';
import { TxStatus } from './TxStatus.tsx';

/** Send TAO: form → review (fee from the chain) → status until finalized. Signing happens in the background. */
export function Send({ accounts }: { accounts: AccountView[] }) {
  const { t } = useI18n();
  const signers = accounts.filter((a) => !a.watchOnly);
  const book = useSubscription('pri(addressBook.subscribe)', null) ?? [];
  const networks = useSubscription('pri(networks.subscribe)', null);
  const [fromId, setFromId] = useState(signers[0]?.id ?? '');
  const [to, setTo] = useState('');
  const [amount, setAmount] = useState('');
  const [emptyAccount, setEmptyAccount] = useState(false);
  const [preview, setPreview] = useState<TransferPreview | null>(null);
  const [sentId, setSentId] = useState<string | null>(null);
  const { busy, error, run } = useRun();
  const request = () => ({
    fromId,
    to,
    amount,
    ...(amount.toLowerCase() === 'max' && emptyAccount ? { emptyAccount: true } : {}),
  });
  const network = networks?.networks.find((n) => n.id === networks.selected)?.name ?? '';

  const review = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => setPreview(await api.send('pri(transfers.prepare)', request())));
  };
  const confirm = () => void run(async () => setSentId((await api.send('pri(transfers.send)', request())).id));

  if (signers.length === 0)
    return (
      <main>
        <p className="muted">{t('send.noAccounts')}</p>
      </main>
    );
  if (sentId)
    return (
      <main>
        <TxStatus id={sentId} onDone={() => navigate('/')} />
      </main>
    );
  if (preview)
    return (
      <main>
        <Review preview={preview} network={network} busy={busy} onConfirm={confirm} onEdit={() => setPreview(null)} />
        <ErrorLine error={error} />
      </main>
    );
  return (
    <main>
      <form className="stack" onSubmit={review} aria-label={t('send.title')}>
        <AccountSelect label={t('send.from')} accounts={signers} value={fromId} onChange={setFromId} />
        <Field
          label={t('send.to')}
          hint={t('send.toHint')}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        {book.length > 0 && (
          <label>
            {t('send.contact')}
            <select value="" onChange={(e) => e.target.value && setTo(e.target.value)}>
              <option value="">{t('send.contactNone')}</option>
              {book.map((c) => (
                <option key={c.id} value={c.address}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="row" style={{ alignItems: 'end' }}>
          <div style={{ flex: 1 }}>
            <Field
              label={t('send.amount')}
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              inputMode="decimal"
              autoComplete="off"
            />
          </div>
          <button type="button" onClick={() => setAmount('max')}>
            {t('send.max')}
          </button>
        </div>
        {amount.toLowerCase() === 'max' && (
          <label className="row" style={{ flexDirection: 'row', fontWeight: 400 }}>
            <input type="checkbox" checked={emptyAccount} onChange={(e) => setEmptyAccount(e.target.checked)} />
            {t('send.empty')}
          </label>
        )}
        <ErrorLine error={error} />
        <button type="submit" className="primary" disabled={busy || !to || !amount}>
          {busy ? t('common.working') : t('send.review')}
        </button>
      </form>
    </main>
  );
}
