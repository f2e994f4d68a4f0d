import { useState, type FormEvent } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { useAsk } from '../../state/use-ask.ts';
import type { StakeFlow } from './flow.tsx';

const NAMED: Record<string, MessageKey> = { Swap: 'claimType.Swap', Keep: 'claimType.Keep' };

/**
 * What claims do with an account's root dividends (set_root_claim_type): the choices are the variants this
 * runtime's metadata offers, the current one read from chain; a change goes through the staking review.
 */
export function RootClaimTypeForm({ account, flow }: { account: AccountView; flow: StakeFlow }) {
  const { t } = useI18n();
  const { value: state, error } = useAsk('pri(staking.rootClaimType)', { accountId: account.id });
  const [picked, setChoice] = useState<string | null>(null);
  const label = (v: string | null) => (v === null ? '—' : NAMED[v] ? t(NAMED[v]) : v);
  if (!state) return error ? <ErrorLine error={error} /> : <p aria-busy="true">{t('common.loading')}</p>;
  if (!state.options.length) return <p>{t('claimType.none')}</p>;
  const choice = picked ?? state.current ?? state.options[0] ?? '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    flow.review({ accountId: account.id, op: { op: 'setRootClaimType', claimType: choice } });
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('claimType.form')}>
      <h2 style={{ margin: 0, fontSize: '1rem' }}>{t('claimType.form')}</h2>
      <p style={{ margin: 0 }}>{t('claimType.current', { type: label(state.current) })}</p>
      <label>
        {t('claimType.label')}
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          {state.options.map((o) => (
            <option key={o} value={o}>
              {label(o)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={flow.busy || choice === state.current}>
        {t('claimType.review')}
      </button>
    </form>
  );
}
