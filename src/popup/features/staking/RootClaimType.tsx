import { useState, type FormEvent } from 'react';
import { formatNetuidList, parseNetuidList } from '../../../core/staking/netuid-list.ts';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { useAsk } from '../../state/use-ask.ts';
import type { StakeFlow } from './flow.tsx';

const NAMED: Record<string, MessageKey> = {
  Swap: 'claimType.Swap',
  Keep: 'claimType.Keep',
  KeepSubnets: 'claimType.KeepSubnets',
};

/**
 * What claims do with an account's root dividends (set_root_claim_type): the choices are the variants this
 * runtime's metadata offers, the current one read from chain; a variant that keeps a list of subnets
 * (KeepSubnets) asks for them. A change goes through the staking review.
 */
export function RootClaimTypeForm({ account, flow }: { account: AccountView; flow: StakeFlow }) {
  const { t } = useI18n();
  const { value: state, error } = useAsk('pri(staking.rootClaimType)', { accountId: account.id });
  const [picked, setChoice] = useState<string | null>(null);
  const [subnetsText, setSubnetsText] = useState<string | null>(null);
  const label = (v: string | null) => (v === null ? '—' : NAMED[v] ? t(NAMED[v]) : v);
  if (!state) return error ? <ErrorLine error={error} /> : <p aria-busy="true">{t('common.loading')}</p>;
  if (!state.options.length) return <p>{t('claimType.none')}</p>;
  const choice =
    picked ?? (state.current !== null && state.options.includes(state.current) ? state.current : state.options[0]!);
  const takesSubnets = state.withSubnets.includes(choice);
  const currentSubnets = state.currentSubnets ? formatNetuidList(state.currentSubnets) : '';
  const text = subnetsText ?? (choice === state.current ? currentSubnets : '');
  const parsed = takesSubnets ? parseNetuidList(text) : null;
  const subnetsProblem = parsed && !parsed.ok && (subnetsText !== null || text !== '') ? parsed : null;
  const unchanged =
    choice === state.current &&
    (!takesSubnets || (parsed?.ok === true && formatNetuidList(parsed.netuids) === currentSubnets));
  const current = state.currentSubnets
    ? t('claimType.withSubnets', { type: label(state.current), subnets: currentSubnets })
    : label(state.current);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parsed && !parsed.ok) return;
    flow.review({
      accountId: account.id,
      op: { op: 'setRootClaimType', claimType: choice, ...(parsed?.ok ? { subnets: parsed.netuids } : {}) },
    });
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('claimType.form')}>
      <h2 style={{ margin: 0, fontSize: '1rem' }}>{t('claimType.form')}</h2>
      <p style={{ margin: 0 }}>{t('claimType.current', { type: current })}</p>
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
      {takesSubnets && (
        <label>
          {t('claimType.subnets')}
          <input
            value={text}
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={subnetsProblem ? true : undefined}
            onChange={(e) => setSubnetsText(e.target.value)}
          />
        </label>
      )}
      {subnetsProblem && !subnetsProblem.ok && (
        <p role="alert" className="error">
          {t(`claimType.subnets.${subnetsProblem.problem}`, { entry: subnetsProblem.entry ?? '' })}
        </p>
      )}
      <button type="submit" disabled={flow.busy || unchanged || (parsed !== null && !parsed.ok)}>
        {t('claimType.review')}
      </button>
    </form>
  );
}
