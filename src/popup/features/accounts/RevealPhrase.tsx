import { useEffect, useRef, useState } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { api } from '../../api/client.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';

const HOLD_MS = 1_000;

/**
 * The recovery phrase behind a warning, its own password field, and a press-and-hold (a click alone shows
 * nothing); shown with the derivation path when the account has one, since the words alone restore another
 * account. Hide forgets the words.
 */
export function RevealPhrase({ account }: { account: AccountView }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [words, setWords] = useState<string[] | null>(null);
  const [shown, setShown] = useState(false);
  const [holding, setHolding] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const unlock = () => {
    setError(null);
    api.send('pri(accounts.revealMnemonic)', { id: account.id, password }).then((r) => {
      setPassword('');
      setWords(r.mnemonic.split(' '));
    }, setError);
  };
  const start = () => {
    if (holding || shown) return;
    setHolding(true);
    timer.current = setTimeout(() => {
      setHolding(false);
      setShown(true);
    }, HOLD_MS);
  };
  const stop = () => {
    clearTimeout(timer.current);
    setHolding(false);
  };
  const hide = () => {
    stop();
    setShown(false);
    setWords(null);
  };

  return (
    <div className="stack">
      <p className="warning" role="note">
        {t('reveal.warning')}
      </p>
      {!words ? (
        <>
          <Field
            label={t('reveal.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <ErrorLine error={error} />
          <button type="button" onClick={unlock} disabled={!password}>
            {t('account.revealButton')}
          </button>
        </>
      ) : !shown ? (
        <button
          type="button"
          className={holding ? 'holding' : undefined}
          onPointerDown={start}
          onPointerUp={stop}
          onPointerLeave={stop}
          onKeyDown={(e) => (e.key === ' ' || e.key === 'Enter') && !e.repeat && start()}
          onKeyUp={stop}
          onBlur={stop}
        >
          {holding ? t('reveal.holding') : t('reveal.hold')}
        </button>
      ) : (
        <>
          <ol
            aria-label={t('accounts.recoveryPhrase')}
            className="card"
            style={{ columns: 2, margin: 0, paddingLeft: 28 }}
          >
            {words.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ol>
          {account.derivationPath && (
            <p className="card" data-testid="reveal-path">
              {t('reveal.path')} <strong>{account.derivationPath}</strong>
              <br />
              {t('reveal.needBoth')}
            </p>
          )}
          <button type="button" onClick={hide}>
            {t('reveal.hide')}
          </button>
        </>
      )}
    </div>
  );
}
