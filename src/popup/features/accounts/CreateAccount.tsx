import { useState, type FormEvent } from 'react';
import type { KeyType, PendingMnemonic } from '../../../protocol/domains/accounts-values.ts';
import { api } from '../../api/client.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { KeyTypeSelect } from './KeyTypeSelect.tsx';

/** New account: the background makes the mnemonic, shows it once, and checks chosen words typed back. */
export function CreateAccount({ onDone }: { onDone?: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [words, setWords] = useState<12 | 24>(12);
  const [type, setType] = useState<KeyType>('sr25519');
  const [pending, setPending] = useState<PendingMnemonic | null>(null);
  const [written, setWritten] = useState(false);
  const [step, setStep] = useState<'options' | 'words' | 'quiz'>('options');
  const [answers, setAnswers] = useState<Record<number, string>>({});
  const [error, setError] = useState<unknown>(null);

  const begin = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(t('accounts.nameRequired'));
    setError(null);
    api.send('pri(accounts.createBegin)', { words }).then((p) => {
      setPending(p);
      setStep('words');
    }, setError);
  };

  const confirm = (e: FormEvent) => {
    e.preventDefault();
    if (!pending) return;
    const list = pending.quiz.map((position) => ({ position, word: (answers[position] ?? '').trim().toLowerCase() }));
    api
      .send('pri(accounts.createConfirm)', { pendingId: pending.pendingId, answers: list, name: name.trim(), type })
      .then(() => (onDone ? onDone() : navigate('/')), setError);
  };

  if (step === 'options') {
    return (
      <main>
        <form className="stack" onSubmit={begin}>
          <Field label={t('accounts.name')} value={name} maxLength={64} onChange={(e) => setName(e.target.value)} />
          <label>
            {t('accounts.wordCount')}
            <select value={words} onChange={(e) => setWords(Number(e.target.value) as 12 | 24)}>
              <option value={12}>12</option>
              <option value={24}>24</option>
            </select>
          </label>
          <details>
            <summary>{t('common.advanced')}</summary>
            <KeyTypeSelect value={type} onChange={setType} />
          </details>
          <ErrorLine error={error} />
          <button type="submit" className="primary">
            {t('common.next')}
          </button>
        </form>
      </main>
    );
  }

  if (step === 'words' && pending) {
    return (
      <main>
        <p className="warning">{t('accounts.writeDown')}</p>
        <ol
          aria-label={t('accounts.recoveryPhrase')}
          className="card"
          style={{ columns: 2, margin: 0, paddingLeft: 28 }}
        >
          {pending.words.map((w, i) => (
            <li key={i}>
              <code>{w}</code>
            </li>
          ))}
        </ol>
        <label className="row" style={{ flexDirection: 'row' }}>
          <input type="checkbox" checked={written} onChange={(e) => setWritten(e.target.checked)} />
          {t('accounts.wroteItDown')}
        </label>
        <button type="button" className="primary" disabled={!written} onClick={() => setStep('quiz')}>
          {t('common.next')}
        </button>
      </main>
    );
  }

  return (
    <main>
      <form className="stack" onSubmit={confirm}>
        <p>{t('accounts.quiz')}</p>
        {pending?.quiz.map((position) => (
          <Field
            key={position}
            label={t('accounts.wordNumber', { n: position })}
            autoComplete="off"
            spellCheck={false}
            value={answers[position] ?? ''}
            onChange={(e) => setAnswers({ ...answers, [position]: e.target.value })}
          />
        ))}
        <ErrorLine error={error} />
        <div className="row">
          <button type="button" onClick={() => setStep('words')}>
            {t('nav.back')}
          </button>
          <button type="submit" className="primary" style={{ flex: 1 }}>
            {t('accounts.createConfirm')}
          </button>
        </div>
      </form>
    </main>
  );
}
