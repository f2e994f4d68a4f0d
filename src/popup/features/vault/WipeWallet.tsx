import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';

/**
 * "Wipe this wallet", reached from the unlock screen by a person who forgot the password: what it erases and what
 * brings the accounts back, a typed confirmation word, then every stored item is removed and the first-run screen
 * follows (the vault's status says it was never created). Shows nothing of the locked wallet.
 */
export function WipeWallet() {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const word = t('wipe.word');
  const confirmed = typed.trim().toLowerCase() === word.toLowerCase();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    setError(null);
    api.send('pri(vault.wipe)', { confirm: true }).then(
      () => navigate('/'),
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };

  return (
    <main>
      <h2 ref={heading} tabIndex={-1}>
        {t('wipe.title')}
      </h2>
      <form className="stack" onSubmit={submit}>
        <p className="warning" style={{ margin: 0 }}>
          {t('wipe.body')}
        </p>
        <p style={{ margin: 0 }}>{t('wipe.restore')}</p>
        <Field
          label={t('wipe.confirm', { word })}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <ErrorLine error={error} />
        <div className="row">
          <button type="button" onClick={() => navigate('/')}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="danger" disabled={busy || !confirmed}>
            {busy ? t('common.working') : t('wipe.button')}
          </button>
        </div>
      </form>
    </main>
  );
}
