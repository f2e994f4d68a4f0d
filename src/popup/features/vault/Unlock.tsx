import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** Seconds to wait from a too-many-attempts error (its data.retryInSeconds), else 0. */
function retryIn(error: unknown): number {
  if (typeof error !== 'object' || error === null || !('code' in error) || error.code !== 'too-many-attempts') return 0;
  const data = 'data' in error ? error.data : undefined;
  const s = typeof data === 'object' && data !== null && 'retryInSeconds' in data ? data.retryInSeconds : 0;
  return typeof s === 'number' && s > 0 ? s : 0;
}

/**
 * Unlock: the password, a countdown while wrong guesses are throttled (the button waits with it), and what to do
 * when the password is forgotten (in the popup, with the way to wipe the wallet: onWipe).
 */
export function Unlock({ onWipe }: { onWipe?: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useState(0);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((s) => s - 1), 1_000);
    return () => clearTimeout(timer);
  }, [wait]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    api.send('pri(vault.unlock)', { password }).then(
      () => setPassword(''),
      (err: unknown) => {
        setError(err);
        setWait(retryIn(err));
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
        {wait > 0 ? (
          <p role="status" className="error" data-testid="unlock-wait" style={{ margin: 0 }}>
            {t('vault.waitSeconds', { seconds: wait })}
          </p>
        ) : (
          <ErrorLine error={error} />
        )}
        <button type="submit" className="primary" disabled={busy || wait > 0 || password.length === 0}>
          {busy ? t('common.working') : t('vault.unlock')}
        </button>
      </form>
      <details>
        <summary>{t('vault.forgot')}</summary>
        <p style={{ marginBottom: 0 }}>{t('vault.forgotBody')}</p>
        {onWipe && (
          <button type="button" className="danger" style={{ marginTop: 8 }} onClick={onWipe}>
            {t('wipe.open')}
          </button>
        )}
      </details>
    </main>
  );
}
