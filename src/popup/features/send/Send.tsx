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
import { plainTao, tao } from '../portfolio/amounts.ts';
import { RecipientField, type Suggestion } from './RecipientField.tsx';
import { Review } from './Review.tsx';
import { TxStatus } from './TxStatus.tsx';

/** Send TAO: form → review (fee from the chain) → status until finalized. Signing happens in the background. */
export function Send({ accounts, fromId: initialFrom }: { accounts: AccountView[]; fromId?: string | undefined }) {
  const { t, locale } = useI18n();
  const signers = accounts.filter((a) => !a.watchOnly);
  const book = useSubscription('pri(addressBook.subscribe)') ?? [];
  const history = useSubscription('pri(transfers.history)') ?? [];
  const networks = useSubscription('pri(networks.subscribe)');
  const portfolio = useSubscription('pri(portfolio.subscribe)');
  const [fromId, setFromId] = useState(signers.find((a) => a.id === initialFrom)?.id ?? signers[0]?.id ?? '');
  const [to, setTo] = useState('');
  const [amount, setAmount] = useState('');
  // The amount Max filled in: while the field still holds it, "empty the account" may be chosen.
  const [maxAmount, setMaxAmount] = useState<string | null>(null);
  const [emptyAccount, setEmptyAccount] = useState(false);
  const [preview, setPreview] = useState<TransferPreview | null>(null);
  const [sentId, setSentId] = useState<string | null>(null);
  const { busy, error, run } = useRun();
  const isMax = maxAmount !== null && amount === maxAmount;
  const request = () => ({
    fromId,
    to,
    ...(isMax && emptyAccount ? { amount: 'max', emptyAccount: true } : { amount }),
  });
  const network = networks?.networks.find((n) => n.id === networks.selected)?.name ?? '';
  const view = portfolio && networks && portfolio.networkId === networks.selected ? portfolio : null;
  const transferable = (a: AccountView) => {
    const found = view?.accounts.find((p) => p.address === a.address);
    return found ? tao(found.transferable, locale) : undefined;
  };
  const from = signers.find((a) => a.id === fromId);
  const nameOf = (address: string) =>
    accounts.find((a) => a.address === address)?.name ?? book.find((c) => c.address === address)?.name;
  const suggestions: Suggestion[] = [
    ...accounts
      .filter((a) => a.id !== fromId)
      .map((a) => ({ address: a.address, name: a.name, group: t('send.groupOwn') })),
    ...book.map((c) => ({ address: c.address, name: c.name, group: t('send.groupContact') })),
    ...[...new Set(history.map((r) => r.to))]
      .filter((address) => !nameOf(address))
      .slice(0, 5)
      .map((address) => ({ address, name: address.slice(0, 8), group: t('send.groupRecent') })),
  ];

  const review = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => setPreview(await api.send('pri(transfers.prepare)', request())));
  };
  // Max asks the background for all that can leave (balance less fee and what the account must keep) and
  // writes that number in the field, so the person sees the figure before the review.
  const fillMax = () =>
    void run(async () => {
      const probe = await api.send('pri(transfers.prepare)', {
        fromId,
        to: to || (from?.address ?? ''),
        amount: 'max',
      });
      const plain = plainTao(probe.amount);
      setAmount(plain);
      setMaxAmount(plain);
    });
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
        <Review
          preview={preview}
          network={network}
          names={{ from: nameOf(preview.from), to: nameOf(preview.to) }}
          busy={busy}
          onConfirm={confirm}
          onEdit={() => setPreview(null)}
        />
        <ErrorLine error={error} />
      </main>
    );
  return (
    <main>
      <form className="stack" onSubmit={review} aria-label={t('send.title')}>
        <AccountSelect
          label={t('send.from')}
          accounts={signers}
          value={fromId}
          onChange={setFromId}
          detail={transferable}
        />
        <RecipientField
          label={t('send.to')}
          hint={t('send.toHint')}
          value={to}
          suggestions={suggestions}
          onChange={setTo}
        />
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
          <button type="button" onClick={fillMax} disabled={busy}>
            {t('send.max')}
          </button>
        </div>
        {isMax && (
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
