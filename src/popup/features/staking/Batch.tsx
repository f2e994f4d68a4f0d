import { useState, type FormEvent } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSettings } from '../../state/use-settings.ts';
import { AccountSelect } from '../../components/AccountSelect.tsx';
import { SlippageField } from './controls.tsx';
import { StakeFlowScreens } from './flow.tsx';
import { percentToBps } from './format.ts';
import { Selected } from './Selected.tsx';
import { navigate } from '../../state/route.ts';

interface Row {
  hotkey: string;
  netuid: string;
  amount: string;
}

const empty = (): Row => ({ hotkey: '', netuid: '0', amount: '' });

/** Delegate to several validators at once: one utility.batch_all of protected stakes (all or nothing). */
export function Batch({ accounts, route }: { accounts: AccountView[]; route: string[] }) {
  const keys = route[1]?.split(',').filter(Boolean) ?? [];
  return keys.length ? <Selected accounts={accounts} keys={keys} /> : <ByHand accounts={accounts} />;
}

/** No validators selected: the way to the directory, and hotkeys typed by hand for experts. */
function ByHand({ accounts }: { accounts: AccountView[] }) {
  const { t } = useI18n();
  const settings = useSettings();
  const signers = accounts.filter((a) => !a.watchOnly);
  const [accountId, setAccountId] = useState(signers[0]?.id ?? '');
  const [rows, setRows] = useState<Row[]>([empty(), empty(), empty()]);
  const [slippage, setSlippage] = useState<string | null>(null);
  const tolerance = slippage ?? String((settings?.slippageBps ?? 100) / 100);
  const edit = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <StakeFlowScreens>
      {(flow) => {
        const submit = (e: FormEvent) => {
          e.preventDefault();
          const bps = percentToBps(tolerance);
          const items = rows
            .filter((r) => r.hotkey.trim())
            .map((r) => ({ hotkey: r.hotkey.trim(), netuid: Number(r.netuid), amount: r.amount }));
          flow.review({ accountId, op: { op: 'batchStake', items }, ...(bps ? { slippageBps: bps } : {}) });
        };
        return (
          <form className="stack" onSubmit={submit} aria-label={t('batch.form')}>
            <p style={{ margin: 0 }}>{t('batch.howTo')}</p>
            <button type="button" className="primary" onClick={() => navigate('/validators')}>
              {t('batch.openDirectory')}
            </button>
            <details className="card">
              <summary>{t('batch.manual')}</summary>
              <div className="stack" style={{ marginTop: 8 }}>
                <AccountSelect
                  label={t('staking.account')}
                  accounts={signers}
                  value={accountId}
                  onChange={setAccountId}
                />
                {rows.map((r, i) => (
                  <fieldset key={i} className="card stack" style={{ gap: 4 }}>
                    <Field
                      label={t('batch.hotkey', { n: i + 1 })}
                      value={r.hotkey}
                      onChange={(e) => edit(i, { hotkey: e.target.value })}
                      autoComplete="off"
                      spellCheck={false}
                    />
                    <div className="row" style={{ alignItems: 'end' }}>
                      <Field
                        label={t('batch.netuid', { n: i + 1 })}
                        value={r.netuid}
                        onChange={(e) => edit(i, { netuid: e.target.value })}
                        inputMode="numeric"
                      />
                      <Field
                        label={t('batch.amount', { n: i + 1 })}
                        value={r.amount}
                        onChange={(e) => edit(i, { amount: e.target.value })}
                        inputMode="decimal"
                      />
                    </div>
                    {rows.length > 1 && (
                      <button type="button" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>
                        {t('batch.remove', { n: i + 1 })}
                      </button>
                    )}
                  </fieldset>
                ))}
                <button type="button" onClick={() => setRows((rs) => [...rs, empty()])} disabled={rows.length >= 16}>
                  {t('batch.add')}
                </button>
                <SlippageField value={tolerance} onChange={setSlippage} />
                <button
                  type="submit"
                  className="primary"
                  disabled={flow.busy || !rows.some((r) => r.hotkey && r.amount)}
                >
                  {flow.busy ? t('common.working') : t('staking.review')}
                </button>
              </div>
            </details>
          </form>
        );
      }}
    </StakeFlowScreens>
  );
}
