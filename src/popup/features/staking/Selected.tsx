import { useState, type FormEvent } from 'react';
import { tryParseTao } from '../../../core/amount/parse.ts';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useAsk } from '../../state/use-ask.ts';
import { useSettings } from '../../state/use-settings.ts';
import { useSubscription } from '../../state/use-subscription.ts';
import { alpha } from '../portfolio/amounts.ts';
import { AmountField, SlippageField } from './controls.tsx';
import { StakeFlowScreens } from './flow.tsx';
import { decimalText, percentToBps } from './format.ts';
import { subnetLabel } from './headline.ts';
import { AccountPick, richest } from './pickers.tsx';
import { splitEvenly } from './split.ts';

const FEE_RESERVE = 10_000_000n;

/**
 * Delegate one amount to the validators selected in the directory ("hotkey:netuid" keys), split evenly: one
 * utility.batch_all of protected stakes (all or nothing).
 */
export function Selected({ accounts, keys }: { accounts: AccountView[]; keys: string[] }) {
  const { t, locale } = useI18n();
  const settings = useSettings();
  const portfolio = useSubscription('pri(portfolio.subscribe)');
  const dir = useAsk('pri(validators.list)', {}).value;
  const signers = accounts.filter((a) => !a.watchOnly);
  const [picked, setPicked] = useState('');
  const [amount, setAmount] = useState('');
  const [slippage, setSlippage] = useState<string | null>(null);
  const tolerance = slippage ?? String((settings?.slippageBps ?? 100) / 100);
  const accountId = picked || (richest(signers, portfolio?.accounts)?.id ?? '');
  const held = portfolio?.accounts.find((a) => a.address === signers.find((s) => s.id === accountId)?.address);
  const targets = keys.map((k) => {
    const [hotkey = '', n = '0'] = k.split(':');
    const netuid = Number(n);
    const row = dir?.rows.find((r) => r.hotkey === hotkey && r.netuid === netuid);
    return { hotkey, netuid, name: row?.name ?? shortAddress(hotkey), subnet: subnetLabel(t, n, row?.subnetName) };
  });
  const parsed = amount ? tryParseTao(amount) : null;
  const shares = parsed?.ok ? splitEvenly(parsed.value, targets.length) : null;

  return (
    <StakeFlowScreens>
      {(flow) => {
        const submit = (e: FormEvent) => {
          e.preventDefault();
          if (!shares) return;
          const bps = percentToBps(tolerance);
          const items = targets.map((x, i) => ({
            hotkey: x.hotkey,
            netuid: x.netuid,
            amount: decimalText(shares[i] ?? 0n),
          }));
          flow.review({ accountId, op: { op: 'batchStake', items }, ...(bps ? { slippageBps: bps } : {}) });
        };
        return (
          <form className="stack" onSubmit={submit} aria-label={t('batch.form')}>
            <AccountPick accounts={signers} balances={portfolio?.accounts} value={accountId} onChange={setPicked} />
            <AmountField
              label={t('batch.total')}
              value={amount}
              onChange={setAmount}
              available={held ? alpha(held.free, 'τ', locale) : null}
              onMax={
                held
                  ? () => {
                      const free = BigInt(held.free);
                      setAmount(decimalText(free > FEE_RESERVE ? free - FEE_RESERVE : 0n));
                    }
                  : null
              }
            />
            {parsed && !parsed.ok && (
              <p className="error" role="alert" style={{ margin: 0 }}>
                {t('batch.amountInvalid')}
              </p>
            )}
            <ul
              aria-label={t('batch.selected')}
              className="stack card"
              style={{ listStyle: 'none', margin: 0, gap: 4 }}
            >
              {targets.map((x, i) => (
                <li
                  key={`${x.hotkey}:${x.netuid}`}
                  className="row num-text"
                  style={{ justifyContent: 'space-between' }}
                >
                  <span>{t('batch.target', { name: x.name, subnet: x.subnet })}</span>
                  <span className="num">{shares ? alpha((shares[i] ?? 0n).toString(), 'τ', locale) : '—'}</span>
                </li>
              ))}
            </ul>
            <details className="card">
              <summary>{t('staking.advanced')}</summary>
              <div className="stack" style={{ marginTop: 8 }}>
                <SlippageField value={tolerance} onChange={setSlippage} />
              </div>
            </details>
            <button type="submit" className="primary" disabled={flow.busy || !shares || parsed?.ok !== true}>
              {flow.busy ? t('common.working') : t('staking.review')}
            </button>
          </form>
        );
      }}
    </StakeFlowScreens>
  );
}
