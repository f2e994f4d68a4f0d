import { useState, type FormEvent } from 'react';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import type { PositionView } from '../../../protocol/domains/chain-values.ts';
import type { StakeOp } from '../../../protocol/domains/staking-values.ts';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useAsk } from '../../state/use-ask.ts';
import { useSettings } from '../../state/use-settings.ts';
import { useSubscription } from '../../state/use-subscription.ts';
import { alpha } from '../portfolio/amounts.ts';
import { AmountField, OpTabs, SlippageField } from './controls.tsx';
import { StakeFlowScreens } from './flow.tsx';
import { decimalText, percentToBps } from './format.ts';
import { lockCap } from './lock-cap.ts';
import { AccountPick, PositionPick, positionKey, richest, SubnetPick, ValidatorPick } from './pickers.tsx';

const OPS = ['stake', 'unstake', 'move', 'transferStake', 'unstakeAll'] as const;
type Op = (typeof OPS)[number];
const isOp = (v: string | undefined): v is Op => OPS.some((o) => o === v);
/** Kept free when Max fills a stake, for the transaction fee (a stake's fee is far below it). */
const FEE_RESERVE = 10_000_000n;

/**
 * Stake, unstake or move (tabs) from a validator chosen by name in the directory, on a subnet chosen by name;
 * the amount with what is available and Max. Slippage, partial fill, acting as a proxy and a pasted hotkey are
 * under Advanced. Then the shared review and status.
 */
export function Stake({ accounts, route }: { accounts: AccountView[]; route: string[] }) {
  const { t, locale } = useI18n();
  const settings = useSettings();
  const portfolio = useSubscription('pri(portfolio.subscribe)');
  const dir = useAsk('pri(validators.list)', {}).value;
  const signers = accounts.filter((a) => !a.watchOnly);
  const [op, setOp] = useState<Op>(isOp(route[1]) ? route[1] : 'stake');
  const [picked, setPicked] = useState(signers.find((a) => a.address === route[4])?.id ?? '');
  const [hotkey, setHotkey] = useState(route[2] ?? '');
  const [netuid, setNetuid] = useState(Number(route[3] ?? '0') || 0);
  const [toHotkey, setToHotkey] = useState('');
  const [toNetuid, setToNetuid] = useState<number | null>(null);
  const [toColdkey, setToColdkey] = useState('');
  const [amount, setAmount] = useState('');
  const [all, setAll] = useState(false);
  const [allowPartial, setAllowPartial] = useState(false);
  const [slippage, setSlippage] = useState<string | null>(null);
  const [real, setReal] = useState('');
  const tolerance = slippage ?? String((settings?.slippageBps ?? 100) / 100);

  // The account with the most free TAO, until the person picks one.
  const accountId = picked || (richest(signers, portfolio?.accounts)?.id ?? '');
  const account = signers.find((a) => a.id === accountId);
  const held = portfolio?.accounts.find((a) => a.address === account?.address);
  const position = held?.positions.find((p) => p.hotkey === hotkey && p.netuid === netuid);
  const rowsOn = (n: number) => (dir?.rows ?? []).filter((r) => r.netuid === n);
  const row = dir?.rows.find((r) => r.hotkey === hotkey && r.netuid === netuid);
  const mine = (hk: string) => {
    const p = held?.positions.find((x) => x.hotkey === hk && x.netuid === netuid);
    return p ? alpha(p.alpha, netuid === 0 ? 'τ' : p.symbol, locale) : null;
  };
  const dest = toNetuid ?? netuid;

  const opOf = (): StakeOp => {
    const part = all ? '0' : amount;
    switch (op) {
      case 'stake':
        return { op, hotkey, netuid, amount, allowPartial };
      case 'unstake':
        return { op, hotkey, netuid, amount: part, all, allowPartial };
      case 'move':
        return {
          op,
          hotkey,
          netuid,
          toHotkey: toHotkey || hotkey,
          toNetuid: dest,
          amount: part,
          all,
          ...(dest !== netuid ? { allowPartial } : {}),
        };
      case 'transferStake':
        return { op, hotkey, netuid, toColdkey, toNetuid: dest, amount: part, all };
      case 'unstakeAll':
        return { op, hotkey };
    }
  };
  // Max: the whole position ("everything"), or what a conviction lock lets leave it (lock-cap.ts).
  const maxOf = (p: PositionView) => {
    const cap = lockCap(p, op, dest);
    const symbol = netuid === 0 ? 'τ' : p.symbol;
    return {
      text: alpha(cap === null ? p.alpha : cap.toString(), symbol, locale),
      max: () => {
        setAmount(decimalText(cap ?? BigInt(p.alpha)));
        setAll(cap === null);
      },
    };
  };
  const available =
    op === 'stake'
      ? held && { text: alpha(held.free, 'τ', locale), max: () => setMaxStake(BigInt(held.free)) }
      : position && maxOf(position);
  const setMaxStake = (free: bigint) => setAmount(decimalText(free > FEE_RESERVE ? free - FEE_RESERVE : 0n));

  return (
    <StakeFlowScreens>
      {(flow) => {
        const submit = (e: FormEvent) => {
          e.preventDefault();
          const bps = percentToBps(tolerance);
          flow.review(
            {
              accountId,
              op: opOf(),
              ...(bps ? { slippageBps: bps } : {}),
              ...(real.trim() ? { real: real.trim() } : {}),
            },
            { dailyRate: op === 'stake' ? (row?.projectedDailyRate ?? null) : null },
          );
        };
        const hasAmount = op !== 'unstakeAll';
        return (
          <form className="stack" onSubmit={submit} aria-label={t('staking.form')}>
            <OpTabs value={op} onChange={setOp} />
            <AccountPick accounts={signers} balances={portfolio?.accounts} value={accountId} onChange={setPicked} />
            {op === 'stake' ? (
              <>
                <SubnetPick
                  label={t('staking.subnet')}
                  subnets={dir?.subnets ?? []}
                  value={netuid}
                  onChange={(n) => {
                    setNetuid(n);
                    if (!rowsOn(n).some((r) => r.hotkey === hotkey)) setHotkey('');
                  }}
                />
                <ValidatorPick
                  label={t('staking.validator')}
                  rows={rowsOn(netuid)}
                  value={hotkey}
                  mine={mine}
                  onChange={setHotkey}
                />
              </>
            ) : (
              <PositionPick
                positions={held?.positions ?? []}
                value={hotkey ? positionKey({ hotkey, netuid }) : ''}
                onChange={(k) => {
                  const [h = '', n = '0'] = k.split(':');
                  setHotkey(h);
                  setNetuid(Number(n));
                  setAll(false);
                }}
              />
            )}
            {op === 'move' && (
              <>
                <SubnetPick
                  label={t('staking.toNetuid')}
                  subnets={dir?.subnets ?? []}
                  value={dest}
                  onChange={setToNetuid}
                />
                <ValidatorPick
                  label={t('staking.toValidator')}
                  rows={rowsOn(dest)}
                  value={toHotkey}
                  onChange={setToHotkey}
                />
              </>
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
            {hasAmount && (
              <AmountField
                label={t(op === 'stake' ? 'staking.amountTao' : 'staking.amountAlpha')}
                value={amount}
                onChange={(v) => {
                  setAmount(v);
                  setAll(false);
                }}
                available={available ? available.text : null}
                onMax={available ? available.max : null}
              />
            )}
            <details className="card">
              <summary>{t('staking.advanced')}</summary>
              <div className="stack" style={{ marginTop: 8 }}>
                {(op === 'stake' || op === 'unstake' || (op === 'move' && !all && dest !== netuid)) && (
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
                <Field
                  label={t('staking.hotkey')}
                  hint={t('staking.hotkeyHint')}
                  value={hotkey}
                  onChange={(e) => setHotkey(e.target.value.trim())}
                  autoComplete="off"
                  spellCheck={false}
                />
                <div className="row" style={{ flexWrap: 'wrap', gap: 6 }}>
                  {(['transferStake', 'unstakeAll'] as const).map((o) => (
                    <button key={o} type="button" aria-pressed={op === o} onClick={() => setOp(o)}>
                      {t(`staking.op.${o}`)}
                    </button>
                  ))}
                </div>
              </div>
            </details>
            <button type="submit" className="primary" disabled={flow.busy || !hotkey || (hasAmount && !amount)}>
              {flow.busy ? t('common.working') : t('staking.review')}
            </button>
          </form>
        );
      }}
    </StakeFlowScreens>
  );
}
