import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';

export function Unlock() {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    api.send('pri(vault.unlock)', { password }).then(
      () => setPassword(''),
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };

  return (
    <main>
      <h2>{t('vault.unlockTitle')}</h2>
      <form className="stack" onSubmit={submit}>
        <Field
          label={t('vault.password')}
          type="password"
          autoComplete="current-password"
          autoFocus
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <ErrorLine error={error} />
        <button type="submit" className="primary" disabled={busy || password.length === 0}>
          {busy ? t('common.working') : t('vault.unlock')}
        </button>
      </form>
    </main>
  );
}
