import { floorDiv } from '../../../core/amount/muldiv.ts';
import { valueAt, type ShareState } from '../../../core/yield/shares-history.ts';
import type { AccountPortfolio } from '../../../protocol/domains/chain-values.ts';
import type { PositionYield, ProjectedRate, ValidatorTotals } from '../../../protocol/domains/yield-values.ts';
import { positionId } from './history.ts';
import { dayEarnings } from './projected-math.ts';
import type { RootYield } from './root.ts';
import { chartPoints, realisedWindows } from './windows.ts';

export interface AssembleInputs {
  accounts: AccountPortfolio[];
  states: Map<string, ShareState[]>;
  head: number;
  now: number;
  lastEpochs: Map<number, number>;
  projected: Map<string, ProjectedRate>;
  source: PositionYield['source'];
  /** Positions on a hotkey the account owns, and per account the blocks of its own transactions. */
  owned: ReadonlySet<string>;
  ownBlocks: Map<string, Set<number>>;
  /** Root positions' yield from the claimable rates (null on runtimes without root claims). */
  root?: Map<string, RootYield> | null;
}

/** Every position's realised windows, chart and projection; then per account and validator the day and month totals in TAO. */
export function assembleYield(i: AssembleInputs): { positions: PositionYield[]; totals: ValidatorTotals[] } {
  const positions: PositionYield[] = [];
  for (const a of i.accounts) {
    for (const p of a.positions) {
      const id = positionId({ account: a.address, hotkey: p.hotkey, netuid: p.netuid });
      const states = i.states.get(id) ?? [];
      const own = i.owned.has(id) ? (i.ownBlocks.get(a.address) ?? new Set<number>()) : undefined;
      const head = states[states.length - 1];
      const alpha = head ? valueAt(head) : BigInt(p.alpha);
      const price = BigInt(p.price);
      const root = p.netuid === 0 ? i.root?.get(id) : undefined;
      const { windows, exact } =
        root ??
        (states.length
          ? realisedWindows(states, i.head, i.lastEpochs.get(p.netuid) ?? null, price, own, p.netuid !== 0)
          : { windows: null, exact: false });
      const projected = i.projected.get(`${p.hotkey}:${p.netuid}`) ?? null;
      positions.push({
        account: a.address,
        hotkey: p.hotkey,
        ...(p.validatorName ? { validatorName: p.validatorName } : {}),
        netuid: p.netuid,
        subnetName: p.subnetName,
        symbol: p.symbol,
        alpha: alpha.toString(),
        tao: floorDiv(alpha * price, 1_000_000_000n).toString(),
        price: p.price,
        realised: windows,
        source: windows ? i.source : 'none',
        exact,
        chart: states.length ? chartPoints(states, i.head, i.now) : [],
        projected,
        projectedDay: projected ? dayEarnings(alpha, projected).toString() : null,
        ...(root ? { rootOwed: root.owed } : {}),
      });
    }
  }
  return { positions, totals: totalsOf(positions) };
}

function totalsOf(positions: PositionYield[]): ValidatorTotals[] {
  const map = new Map<string, ValidatorTotals & { d: bigint; m: bigint }>();
  for (const p of positions) {
    // Only what was measured adds up: a position with no realised figure (root, no history yet) is not a zero.
    if (!p.realised) continue;
    const key = `${p.account}|${p.hotkey}`;
    const t = map.get(key) ?? {
      account: p.account,
      hotkey: p.hotkey,
      ...(p.validatorName ? { validatorName: p.validatorName } : {}),
      day: '0',
      month: '0',
      d: 0n,
      m: 0n,
    };
    t.d += BigInt(p.realised?.find((w) => w.window === 'day')?.tao ?? '0');
    t.m += BigInt(p.realised?.find((w) => w.window === 'month')?.tao ?? '0');
    map.set(key, t);
  }
  return [...map.values()].map(({ d, m, ...t }) => ({ ...t, day: d.toString(), month: m.toString() }));
}
