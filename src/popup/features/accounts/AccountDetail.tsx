import { useState, type FormEvent, type ReactNode } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { api } from '../../api/client.ts';
import { base64ToBytes, download } from '../../components/Downloads.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { AccountSummary } from './AccountSummary.tsx';
import { RevealPhrase } from './RevealPhrase.tsx';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="card">
      <summary>{title}</summary>
      <div className="stack" style={{ marginTop: 8 }}>
        {children}
      </div>
    </details>
  );
}

function useAction() {
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const run = (p: Promise<unknown>, ok?: string) => {
    setError(null);
    setNote(null);
    p.then(() => ok && setNote(ok), setError);
  };
  return { error, note, run };
}

export function AccountDetail({ account }: { account: AccountView }) {
  const { t } = useI18n();
  const [name, setName] = useState(account.name);
  const [password, setPassword] = useState('');
  const [exportPassword, setExportPassword] = useState('');
  const [derivePath, setDerivePath] = useState('');
  const [deriveName, setDeriveName] = useState('');
  const [confirmName, setConfirmName] = useState('');
  const { error, note, run } = useAction();

  const rename = (e: FormEvent) => {
    e.preventDefault();
    run(api.send('pri(accounts.rename)', { id: account.id, name }), t('settings.saved'));
  };
  const exportJson = () =>
    run(
      api.send('pri(accounts.exportJson)', { id: account.id, password, exportPassword }).then(({ json }) => {
        download(`${account.address}.json`, json, 'application/json');
      }),
      t('account.exported'),
    );
  const exportBtcli = () =>
    run(
      (async () => {
        const sub = api.subscribe(
          'pri(accounts.exportBtcli)',
          { id: account.id, password, exportPassword },
          () => undefined,
        );
        try {
          const { coldkey, coldkeypub } = await sub.ready;
          download('coldkey', base64ToBytes(coldkey));
          download('coldkeypub.txt', coldkeypub, 'text/plain');
        } finally {
          sub.unsubscribe();
        }
      })(),
      t('account.exported'),
    );
  const derive = (e: FormEvent) => {
    e.preventDefault();
    run(
      api
        .send('pri(accounts.derive)', {
          parentId: account.id,
          name: deriveName,
          ...(derivePath.trim() ? { derivationPath: derivePath.trim() } : {}),
        })
        .then(() => navigate('/')),
    );
  };
  const move = (delta: -1 | 1) =>
    run(
      api.send('pri(accounts.list)', null).then((list) => {
        const ids = list.map((a) => a.id);
        const i = ids.indexOf(account.id);
        const j = i + delta;
        if (i < 0 || j < 0 || j >= ids.length) return list;
        [ids[i], ids[j]] = [ids[j]!, ids[i]!];
        return api.send('pri(accounts.reorder)', { ids });
      }),
      t('settings.saved'),
    );
  const remove = (e: FormEvent) => {
    e.preventDefault();
    run(api.send('pri(accounts.remove)', { id: account.id, confirmName }).then(() => navigate('/')));
  };

  return (
    <main>
      <AccountSummary account={account} />
      <details className="stack">
        <summary>{t('account.settings')}</summary>
        <ErrorLine error={error} />
        {note && (
          <p role="status" className="muted">
            {note}
          </p>
        )}
        <Section title={t('account.rename')}>
          <form className="stack" onSubmit={rename}>
            <Field label={t('accounts.name')} value={name} maxLength={64} onChange={(e) => setName(e.target.value)} />
            <button type="submit">{t('common.save')}</button>
          </form>
        </Section>
        {!account.watchOnly && (
          <Section title={t('account.export')}>
            <Field
              label={t('vault.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <Field
              label={t('account.exportPassword')}
              type="password"
              autoComplete="new-password"
              value={exportPassword}
              onChange={(e) => setExportPassword(e.target.value)}
            />
            <button type="button" onClick={exportJson}>
              {t('account.exportJson')}
            </button>
            {account.type === 'sr25519' && (
              <button type="button" onClick={exportBtcli}>
                {t('account.exportBtcli')}
              </button>
            )}
          </Section>
        )}
        {account.hasMnemonic && (
          <Section title={t('account.reveal')}>
            <RevealPhrase account={account} />
          </Section>
        )}
        {account.hasMnemonic && (
          <Section title={t('account.derive')}>
            <form className="stack" onSubmit={derive}>
              <Field
                label={t('accounts.name')}
                value={deriveName}
                maxLength={64}
                onChange={(e) => setDeriveName(e.target.value)}
              />
              <Field
                label={t('import.path')}
                placeholder={t('account.deriveNext')}
                value={derivePath}
                onChange={(e) => setDerivePath(e.target.value)}
              />
              <button type="submit">{t('account.deriveButton')}</button>
            </form>
          </Section>
        )}
        <Section title={t('account.order')}>
          <div className="row">
            <button type="button" onClick={() => move(-1)}>
              {t('account.moveUp')}
            </button>
            <button type="button" onClick={() => move(1)}>
              {t('account.moveDown')}
            </button>
          </div>
        </Section>
        <Section title={t('account.delete')}>
          <form className="stack" onSubmit={remove}>
            <p className="warning">{t('account.deleteWarning', { name: account.name })}</p>
            <Field
              label={t('account.deleteConfirm')}
              autoComplete="off"
              value={confirmName}
              onChange={(e) => setConfirmName(e.target.value)}
            />
            <button type="submit" className="danger" disabled={confirmName !== account.name}>
              {t('account.deleteButton')}
            </button>
          </form>
        </Section>
      </details>
    </main>
  );
}
