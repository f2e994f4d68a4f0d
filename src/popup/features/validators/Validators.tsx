import { useMemo, useState } from 'react';
import type { ValidatorDirectory, ValidatorRow } from '../../../protocol/domains/validators-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { plural } from '../../i18n/plural.ts';
import { navigate } from '../../state/route.ts';
import { useAsk } from '../../state/use-ask.ts';
import { tao } from '../portfolio/amounts.ts';
import { useSubscription } from '../../state/use-subscription.ts';
import { alpha } from '../portfolio/amounts.ts';
import { apyText, filterRows, SORTS, takePercent, type SortKey } from './sort.ts';
import { VirtualList } from './VirtualList.tsx';

const ROW_HEIGHT = 80;

function Row({
  row,
  mine,
  selected,
  onSelect,
}: {
  row: ValidatorRow;
  mine: string | null;
  selected: boolean;
  onSelect: (on: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const name = row.name ?? shortAddress(row.hotkey);
  const apy = apyText(row.projectedDailyRate);
  const nominators = plural(t, locale, 'validators.nominators', row.nominators);
  return (
    <div
      className="row"
      style={{ height: ROW_HEIGHT - 4, borderBottom: '1px solid var(--border)', fontSize: 12, gap: 6 }}
      aria-label={t('validators.row', { name, subnet: row.subnetName })}
    >
      <input
        type="checkbox"
        checked={selected}
        onChange={(e) => onSelect(e.target.checked)}
        aria-label={t('validators.select', { name, netuid: row.netuid })}
        style={{ width: 24, height: 24, margin: 0 }}
      />
      <div className="stack" style={{ flex: 1, gap: 0, minWidth: 0 }}>
        <strong title={row.hotkey} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {name} {row.permit && <span className="muted">· {t('validators.permit')}</span>}
        </strong>
        <span className="muted">{`${row.netuid} · ${row.subnetName} · ${t('validators.take', { take: takePercent(row.take) })}`}</span>
        <span className="muted">
          {[
            t('validators.stake', { stake: tao(row.stakeTao, locale) }),
            nominators,
            apy ? t('validators.apy', { apy }) : t('validators.apyUnknown'),
            mine ? t('validators.yours', { amount: mine }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </div>
      <button
        type="button"
        aria-label={t('validators.stakeWith', { name, netuid: row.netuid })}
        onClick={() => navigate(`/stake/stake/${row.hotkey}/${row.netuid}`)}
      >
        {t('validators.stakeShort')}
      </button>
    </div>
  );
}

/** Every validator a nominator can delegate to, per subnet and on root: search, sort, filter, windowed. */
export function Validators({ initial }: { initial?: ValidatorDirectory }) {
  const { t } = useI18n();
  const asked = useAsk('pri(validators.list)', initial ? null : {});
  const dir = initial ?? asked.value;
  const error = asked.error;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('stake');
  const [subnet, setSubnet] = useState('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const { locale } = useI18n();
  const portfolio = useSubscription('pri(portfolio.subscribe)');
  const mine = (r: ValidatorRow): string | null => {
    let sum = 0n;
    for (const a of portfolio?.accounts ?? [])
      for (const p of a.positions) if (p.hotkey === r.hotkey && p.netuid === r.netuid) sum += BigInt(p.alpha);
    return sum > 0n ? alpha(sum.toString(), r.netuid === 0 ? 'τ' : r.symbol, locale) : null;
  };
  const keyOf = (r: ValidatorRow) => `${r.hotkey}:${r.netuid}`;
  const rows = useMemo(
    () => (dir ? filterRows(dir.rows, query, subnet === 'all' ? null : Number(subnet), sort) : []),
    [dir, query, subnet, sort],
  );

  return (
    <main>
      <input
        type="search"
        aria-label={t('validators.search')}
        placeholder={t('validators.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="row">
        <label style={{ flex: 1 }}>
          {t('validators.sort')}
          <select value={sort} onChange={(e) => setSort(SORTS.find((s) => s === e.target.value) ?? 'stake')}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`validators.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label style={{ flex: 1 }}>
          {t('validators.subnet')}
          <select value={subnet} onChange={(e) => setSubnet(e.target.value)}>
            <option value="all">{t('validators.allSubnets')}</option>
            {dir?.subnets.map((s) => (
              <option key={s.netuid} value={String(s.netuid)}>
                {`${s.netuid} · ${s.name}`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorLine error={error} />
      {dir && (
        <p className="muted" style={{ margin: 0, fontSize: 12 }}>
          {t('validators.count', { n: rows.length, block: dir.block })}
        </p>
      )}
      {dir && rows.length === 0 && <p className="muted">{t('validators.none')}</p>}
      {dir === null && !error && (
        <p className="muted" aria-busy="true">
          {t('common.loading')}
        </p>
      )}
      <VirtualList
        items={rows}
        rowHeight={ROW_HEIGHT}
        height={380}
        label={t('validators.list')}
        keyOf={keyOf}
        render={(r) => (
          <Row
            row={r}
            mine={mine(r)}
            selected={chosen.includes(keyOf(r))}
            onSelect={(on) =>
              setChosen((c) => (on ? [...c.filter((k) => k !== keyOf(r)), keyOf(r)] : c.filter((k) => k !== keyOf(r))))
            }
          />
        )}
      />
      {chosen.length > 0 && (
        <button
          type="button"
          className="primary"
          onClick={() => navigate(`/stake-batch/${chosen.map(encodeURIComponent).join(',')}`)}
        >
          {t('validators.delegateSelected', { n: chosen.length })}
        </button>
      )}
    </main>
  );
}
