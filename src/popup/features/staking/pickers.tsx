import type { AccountView } from '../../../protocol/domains/accounts-values.ts';
import type { AccountPortfolio, PositionView } from '../../../protocol/domains/chain-values.ts';
import type { ValidatorRow } from '../../../protocol/domains/validators-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { useI18n, type Locale, type T } from '../../i18n/index.tsx';
import { alpha, tao } from '../portfolio/amounts.ts';
import { apyText, takePercent } from '../validators/sort.ts';
import { subnetLabel } from './headline.ts';

/** The signing account with the most free TAO (the staking form's default), else the first. */
export function richest(signers: AccountView[], balances: AccountPortfolio[] | undefined): AccountView | undefined {
  const free = (a: AccountView) => BigInt(balances?.find((b) => b.address === a.address)?.free ?? '0');
  return [...signers].sort((a, b) => (free(b) > free(a) ? 1 : free(b) < free(a) ? -1 : 0))[0];
}

/** Accounts with their free TAO beside each name. */
export function AccountPick({
  accounts,
  balances,
  value,
  onChange,
}: {
  accounts: AccountView[];
  balances: AccountPortfolio[] | undefined;
  value: string;
  onChange: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <label>
      {t('staking.account')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {accounts.map((a) => {
          const free = balances?.find((b) => b.address === a.address)?.free;
          return (
            <option key={a.id} value={a.id}>
              {free === undefined ? a.name : t('staking.accountFree', { name: a.name, free: tao(free, locale) })}
            </option>
          );
        })}
      </select>
    </label>
  );
}

/** Subnets by name and symbol: "Apex (SN1) · α". */
export function SubnetPick({
  label,
  subnets,
  value,
  onChange,
}: {
  label: string;
  subnets: Array<{ netuid: number; name: string; symbol: string }>;
  value: number;
  onChange: (netuid: number) => void;
}) {
  const { t } = useI18n();
  const list = subnets.some((s) => s.netuid === value)
    ? subnets
    : [{ netuid: value, name: '', symbol: '' }, ...subnets];
  return (
    <label>
      {label}
      <select value={String(value)} onChange={(e) => onChange(Number(e.target.value))}>
        {list.map((s) => (
          <option key={s.netuid} value={String(s.netuid)}>
            {`${subnetLabel(t, String(s.netuid), s.name || undefined)}${s.netuid !== 0 && s.symbol ? ` · ${s.symbol}` : ''}`}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One validator's line: name, take, APY, total stake, and what this account has with it here. */
export function validatorText(t: T, locale: Locale, r: ValidatorRow): string {
  const apy = apyText(r.projectedDailyRate);
  return [
    r.name ?? shortAddress(r.hotkey),
    t('validators.take', { take: takePercent(r.take) }),
    apy ? t('validators.apy', { apy }) : null,
    t('validators.stake', { stake: tao(r.stakeTao, locale) }),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The validators of one subnet (from the directory), most staked first; a hotkey not listed is kept as given. */
export function ValidatorPick({
  label,
  rows,
  value,
  mine,
  onChange,
}: {
  label: string;
  rows: ValidatorRow[];
  value: string;
  mine?: (hotkey: string) => string | null;
  onChange: (hotkey: string) => void;
}) {
  const { t, locale } = useI18n();
  const known = rows.some((r) => r.hotkey === value);
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {!value && <option value="">{t('staking.chooseValidator')}</option>}
        {value && !known && <option value={value}>{shortAddress(value)}</option>}
        {rows.map((r) => {
          const own = mine?.(r.hotkey);
          return (
            <option key={r.hotkey} value={r.hotkey}>
              {validatorText(t, locale, r) + (own ? ` · ${t('validators.yours', { amount: own })}` : '')}
            </option>
          );
        })}
      </select>
    </label>
  );
}

export const positionKey = (p: { hotkey: string; netuid: number }) => `${p.hotkey}:${p.netuid}`;

/** This account's positions: "Validator 3 on Apex (SN1) · 12.5 α". */
export function PositionPick({
  positions,
  value,
  onChange,
}: {
  positions: PositionView[];
  value: string;
  onChange: (key: string) => void;
}) {
  const { t, locale } = useI18n();
  const known = positions.some((p) => positionKey(p) === value);
  return (
    <label>
      {t('staking.positionPick')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {!known && <option value={value}>{value ? shortAddress(value.split(':')[0] ?? '') : t('staking.none')}</option>}
        {positions.map((p) => (
          <option key={positionKey(p)} value={positionKey(p)}>
            {t('staking.positionLine', {
              validator: p.validatorName ?? shortAddress(p.hotkey),
              subnet: subnetLabel(t, String(p.netuid), p.subnetName),
              amount: alpha(p.alpha, p.netuid === 0 ? 'τ' : p.symbol, locale),
            })}
          </option>
        ))}
      </select>
    </label>
  );
}
