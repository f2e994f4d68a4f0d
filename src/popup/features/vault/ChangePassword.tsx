import { useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../protocol/domains/accounts-values.ts';
import { api } from '../../api/client.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';

export function ChangePassword() {
  const { t } = useI18n();
  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (newPassword.length < MIN_PASSWORD_LENGTH)
      return setError(t('vault.passwordTooShort', { n: MIN_PASSWORD_LENGTH }));
    if (newPassword !== repeat) return setError(t('vault.passwordsDiffer'));
    setError(null);
    api.send('pri(vault.changePassword)', { oldPassword, newPassword }).then(() => {
      setDone(true);
      setOld('');
      setNew('');
      setRepeat('');
    }, setError);
  };

  return (
    <details className="card">
      <summary>{t('vault.changePassword')}</summary>
      <form className="stack" onSubmit={submit} style={{ marginTop: 8 }}>
        <Field
          label={t('vault.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={oldPassword}
          onChange={(e) => setOld(e.target.value)}
        />
        <Field
          label={t('vault.newPassword')}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
        />
        <Field
          label={t('vault.repeatPassword')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
        <ErrorLine error={error} />
        {done && (
          <p role="status" className="muted">
            {t('vault.passwordChanged')}
          </p>
        )}
        <button type="submit">{t('vault.changePassword')}</button>
      </form>
    </details>
  );
}
