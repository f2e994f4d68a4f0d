import { useState, type FormEvent } from 'react';
import { parseTao } from '../../../core/amount/parse.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { api } from '../../api/client.ts';
import { units } from './format.ts';

/** "On X TAO you would earn about Y per day" with this validator on this subnet, at the projected rate. */
export function Estimate({ hotkey, netuid, symbol }: { hotkey: string; netuid: number; symbol: string }) {
  const { t, locale } = useI18n();
  const [text, setText] = useState('10');
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    let amount: bigint;
    try {
      amount = parseTao(text);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      return;
    }
    api.send('pri(yield.estimate)', { hotkey, netuid, amount: amount.toString() }).then(
      (r) => {
        setError(null);
        setResult(
          t('yield.estimateResult', {
            amount: units(amount.toString(), 'τ', locale, 9),
            day: `${units(r.dayAlpha, symbol, locale)} (${units(r.dayTao, 'τ', locale)})`,
          }),
        );
      },
      (err: unknown) => setError(err),
    );
  };
  return (
    <form onSubmit={submit} className="row" aria-label={t('yield.estimateLabel')}>
      <label>
        {t('yield.estimateLabel')}{' '}
        <input inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} style={{ width: 90 }} />
      </label>
      <button type="submit">{t('yield.estimate')}</button>
      {result && (
        <p role="status" style={{ margin: 0 }}>
          {result}
        </p>
      )}
      {error !== null && <ErrorLine error={error} />}
    </form>
  );
}
