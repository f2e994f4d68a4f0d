import { useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../protocol/domains/accounts-values.ts';
import { api } from '../../api/client.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** First run, after the welcome's choice: the one wallet password; then `onCreated` (the next step). */
export function CreateVault({ onCreated }: { onCreated?: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) return setError(t('vault.passwordTooShort', { n: MIN_PASSWORD_LENGTH }));
    if (password !== repeat) return setError(t('vault.passwordsDiffer'));
    setBusy(true);
    api.send('pri(vault.create)', { password }).then(
      () => onCreated?.(),
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };

  return (
    <main>
      <form className="stack" onSubmit={submit}>
        <p>{t('vault.choosePassword')}</p>
        <Field
          label={t('vault.password')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          hint={t('vault.passwordHint', { n: MIN_PASSWORD_LENGTH })}
        />
        <Field
          label={t('vault.repeatPassword')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
        <ErrorLine error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.working') : t('vault.create')}
        </button>
      </form>
    </main>
  );
}
