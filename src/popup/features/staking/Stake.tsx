import { useState, type FormEvent } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import type { StakeOp } from '../../../protocol/domains/staking-values.ts';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSettings } from '../../state/use-settings.ts';
import { AccountSelect } from '../../components/AccountSelect.tsx';
import { SlippageField } from './controls.tsx';
import { StakeFlowScreens } from './flow.tsx';
import { percentToBps } from './format.ts';

const OPS = ['stake', 'unstake', 'move', 'transferStake', 'unstakeAll'] as const;
type Op = (typeof OPS)[number];
const isOp = (v: string | undefined): v is Op => OPS.some((o) => o === v);

/** Stake, unstake, move, give stake or unstake everything: one form, then the shared review and status. */
export function Stake({ accounts, route }: { accounts: AccountView[]; route: string[] }) {
  const { t } = useI18n();
  const settings = useSettings();
  const signers = accounts.filter((a) => !a.watchOnly);
  const [op, setOp] = useState<Op>(isOp(route[1]) ? route[1] : 'stake');
  const [accountId, setAccountId] = useState((signers.find((a) => a.address === route[4]) ?? signers[0])?.id ?? '');
  const [hotkey, setHotkey] = useState(route[2] ?? '');
  const [netuid, setNetuid] = useState(route[3] ?? '0');
  const [toHotkey, setToHotkey] = useState('');
  const [toNetuid, setToNetuid] = useState('');
  const [toColdkey, setToColdkey] = useState('');
  const [amount, setAmount] = useState('');
  const [all, setAll] = useState(false);
  const [allowPartial, setAllowPartial] = useState(false);
  const [slippage, setSlippage] = useState<string | null>(null);
  const [real, setReal] = useState('');
  const tolerance = slippage ?? String((settings?.slippageBps ?? 100) / 100);

  const opOf = (): StakeOp => {
    const n = Number(netuid);
    const to = toNetuid === '' ? n : Number(toNetuid);
    switch (op) {
      case 'stake':
        return { op, hotkey, netuid: n, amount, allowPartial };
      case 'unstake':
        return { op, hotkey, netuid: n, amount: all ? '0' : amount, all, allowPartial };
      case 'move':
        return {
          op,
          hotkey,
          netuid: n,
          toHotkey: toHotkey || hotkey,
          toNetuid: to,
          amount: all ? '0' : amount,
          all,
          ...(to !== n ? { allowPartial } : {}),
        };
      case 'transferStake':
        return { op, hotkey, netuid: n, toColdkey, toNetuid: to, amount: all ? '0' : amount, all };
      case 'unstakeAll':
        return { op, hotkey };
    }
  };

  return (
    <StakeFlowScreens>
      {(flow) => {
        const submit = (e: FormEvent) => {
          e.preventDefault();
          const bps = percentToBps(tolerance);
          flow.review({
            accountId,
            op: opOf(),
            ...(bps ? { slippageBps: bps } : {}),
            ...(real.trim() ? { real: real.trim() } : {}),
          });
        };
        const hasAmount = op !== 'unstakeAll' && !(op !== 'stake' && all);
        return (
          <form className="stack" onSubmit={submit} aria-label={t('staking.form')}>
            <label>
              {t('staking.op')}
              <select value={op} onChange={(e) => isOp(e.target.value) && setOp(e.target.value)}>
                {OPS.map((o) => (
                  <option key={o} value={o}>
                    {t(`staking.op.${o}`)}
                  </option>
                ))}
              </select>
            </label>
            <AccountSelect label={t('staking.account')} accounts={signers} value={accountId} onChange={setAccountId} />
            <Field
              label={t('staking.hotkey')}
              value={hotkey}
              onChange={(e) => setHotkey(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
            {op !== 'unstakeAll' && (
              <Field
                label={t('staking.netuid')}
                value={netuid}
                onChange={(e) => setNetuid(e.target.value)}
                inputMode="numeric"
              />
            )}
            {op === 'move' && (
              <Field
                label={t('staking.toHotkey')}
                value={toHotkey}
                onChange={(e) => setToHotkey(e.target.value)}
                autoComplete="off"
                spellCheck={false}
              />
            )}
            {op === 'transferStake' && (
              <Field
                label={t('staking.toColdkey')}
                value={toColdkey}
                onChange={(e) => setToColdkey(e.target.value)}
                autoComplete="off"
                spellCheck={false}
              />
            )}
            {(op === 'move' || op === 'transferStake') && (
              <Field
                label={t('staking.toNetuid')}
                value={toNetuid}
                onChange={(e) => setToNetuid(e.target.value)}
                inputMode="numeric"
                placeholder={netuid}
              />
            )}
            {op !== 'stake' && op !== 'unstakeAll' && (
              <label className="row" style={{ flexDirection: 'row', fontWeight: 400 }}>
                <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
                {t('staking.all')}
              </label>
            )}
            {hasAmount && (
              <Field
                label={t(op === 'stake' ? 'staking.amountTao' : 'staking.amountAlpha')}
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
                inputMode="decimal"
                autoComplete="off"
              />
            )}
            {(op === 'stake' ||
              (op === 'unstake' && !all) ||
              (op === 'move' && !all && toNetuid !== '' && Number(toNetuid) !== Number(netuid))) && (
              <label className="row" style={{ flexDirection: 'row', fontWeight: 400 }}>
                <input type="checkbox" checked={allowPartial} onChange={(e) => setAllowPartial(e.target.checked)} />
                {t('staking.allowPartial')}
              </label>
            )}
            <SlippageField value={tolerance} onChange={setSlippage} />
            <Field
              label={t('staking.real')}
              hint={t('staking.realHint')}
              value={real}
              onChange={(e) => setReal(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
            <button type="submit" className="primary" disabled={flow.busy || !hotkey || (hasAmount && !amount)}>
              {flow.busy ? t('common.working') : t('staking.review')}
            </button>
          </form>
        );
      }}
    </StakeFlowScreens>
  );
}
