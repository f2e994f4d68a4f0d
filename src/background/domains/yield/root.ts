import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { accruedPerSubnet, owedAlpha, taoAtSpot, type SubnetAlpha } from '../../../core/yield/root-dividends.ts';
import { annualisedFromRealised, realisedRate } from '../../../core/yield/realised.ts';
import { valueAt, type ShareState } from '../../../core/yield/shares-history.ts';
import type { RootOwed, WindowEarnings } from '../../../protocol/domains/yield-values.ts';
import { big } from '../../chain/read/decoders.ts';
import { subnetPrices } from '../../chain/read/prices.ts';
import type { HistoryReader } from './history.ts';
import { positionId, type PositionKey } from './history.ts';
import { bigOf, fallbackOf, hasItem, readAt } from './storage-read.ts';
import { SPANS } from './windows.ts';

export interface RootYield {
  windows: WindowEarnings[] | null;
  exact: boolean;
  owed: RootOwed;
}

/** An I96F32 (or U64F64) value's bits, from a {bits} struct. */
function bitsOf(value: Codec | null): bigint {
  if (!value) return 0n;
  const inner =
    typeof (value as { get?: unknown }).get === 'function'
      ? (value as unknown as { get(n: string): Codec | undefined }).get('bits')
      : value;
  return inner ? big.parse(inner.toJSON()) : 0n;
}

/** A RootClaimable value (BTreeMap<NetUid, I96F32>) as rates per netuid (the I96F32 bits). */
export function ratesOf(value: Codec | null): Map<number, bigint> {
  const out = new Map<number, bigint>();
  if (!(value instanceof Map)) return out;
  for (const [k, v] of value as Map<Codec, Codec>) out.set(Number(bigOf(k)), bitsOf(v));
  return out;
}

const rateRefs = (hotkeys: string[]) => hotkeys.map((h) => ({ item: 'rootClaimable', args: [h] }));
const ratesByHotkey = (hotkeys: string[], values: Array<Codec | null>) =>
  new Map(hotkeys.map((h, i) => [h, ratesOf(values[i] ?? null)]));

const owedTotal = (items: SubnetAlpha[], prices: Map<number, bigint>, threshold: Map<number, bigint>): RootOwed => ({
  tao: taoAtSpot(items, (n) => prices.get(n)).toString(),
  subnets: items.map((x) => ({
    netuid: x.netuid,
    alpha: x.alpha.toString(),
    tao: taoAtSpot([x], (n) => prices.get(n)).toString(),
    claimable: x.alpha << 32n >= (threshold.get(x.netuid) ?? 0n),
  })),
});

/**
 * Root positions' yield (facts §5.4): what each earned over the last day, week and month is the growth of its
 * hotkey's claimable rate on every subnet times its root stake, valued in TAO at each subnet's spot price — claimed
 * or not. Also what is owed (unclaimed) now. Where the root stake changed inside a window, the smaller of its
 * values at the two ends is used (never more than was earned) and the figure is marked approximate.
 * Returns null on runtimes without root claims.
 */
export async function readRootYield(
  live: ApiPromise,
  reader: HistoryReader | null,
  head: { number: number; hash: string },
  keys: PositionKey[],
  states: Map<string, ShareState[]>,
): Promise<Map<string, RootYield> | null> {
  const roots = keys.filter((k) => k.netuid === 0);
  if (!roots.length || !hasItem(live, 'rootClaimable') || !hasItem(live, 'rootClaimed')) return null;
  const hotkeys = [...new Set(roots.map((k) => k.hotkey))];
  const rates = ratesByHotkey(hotkeys, await readAt(live, head.hash, rateRefs(hotkeys)));
  // What each position already claimed, per subnet it has a rate on (one query for all).
  const claimedRefs = roots.flatMap((k) =>
    [...(rates.get(k.hotkey)?.keys() ?? [])].map((n) => ({
      k,
      n,
      ref: { item: 'rootClaimed', args: [n, k.hotkey, k.account] },
    })),
  );
  const netuids = [...new Set([...rates.values()].flatMap((m) => [...m.keys()]))];
  // claim_root skips amounts below the subnet's threshold (I96F32 alpha; the metadata's default where unset).
  const thresholdRefs = hasItem(live, 'rootClaimableThreshold')
    ? netuids.map((n) => ({ item: 'rootClaimableThreshold', args: [n] }))
    : [];
  const [claimedValues, prices, thresholdValues] = await Promise.all([
    claimedRefs.length
      ? readAt(
          live,
          head.hash,
          claimedRefs.map((c) => c.ref),
        )
      : Promise.resolve([]),
    subnetPrices(live, netuids),
    thresholdRefs.length ? readAt(live, head.hash, thresholdRefs) : Promise.resolve([]),
  ]);
  const thresholdDefault = thresholdRefs.length ? bitsOf(fallbackOf(live, 'rootClaimableThreshold')) : 0n;
  const threshold = new Map(
    netuids.map((n, i) => [n, thresholdValues[i] ? bitsOf(thresholdValues[i]!) : thresholdDefault]),
  );
  const claimed = new Map(claimedRefs.map((c, i) => [`${positionId(c.k)}:${c.n}`, bigOf(claimedValues[i] ?? null)]));

  // Each window starts at its calendar block, or where the position opened if later; the rates at every such
  // block are read once (one query per block).
  const opened = new Map(
    roots.map((k) => [positionId(k), states.get(positionId(k))?.find((x) => x.share.num !== 0n)?.block ?? head.number]),
  );
  const startOf = (id: string, span: number): number => Math.max(0, head.number - span, opened.get(id)!);
  const blocks = new Set(
    roots.flatMap((k) => SPANS.map(([, span]) => startOf(positionId(k), span))).filter((b) => b < head.number),
  );
  const ratesAt = new Map<number, Map<string, Map<number, bigint>>>();
  if (reader) {
    await Promise.all(
      [...blocks].map(async (b) => {
        ratesAt.set(b, ratesByHotkey(hotkeys, await reader.readAtBlock(b, rateRefs(hotkeys))));
      }),
    ).catch(() => ratesAt.clear());
  }

  const out = new Map<string, RootYield>();
  for (const k of roots) {
    const id = positionId(k);
    const now = rates.get(k.hotkey) ?? new Map<number, bigint>();
    const s = states.get(id) ?? [];
    const stake = s.length ? valueAt(s[s.length - 1]!) : 0n;
    const owedItems: SubnetAlpha[] = [];
    for (const [n, rate] of now) {
      const alpha = owedAlpha(rate, stake, claimed.get(`${id}:${n}`) ?? 0n);
      if (alpha > 0n) owedItems.push({ netuid: n, alpha });
    }
    let exact = true;
    const windows: WindowEarnings[] = [];
    for (const [w, span] of SPANS) {
      const from = startOf(id, span);
      const then = ratesAt.get(from)?.get(k.hotkey);
      if (from >= head.number || !then) continue;
      const atFrom = [...s].reverse().find((x) => x.block <= from);
      const stakeFrom = atFrom ? valueAt(atFrom) : 0n;
      if (s.some((x) => x.block > from && valueAt(x) !== stakeFrom)) exact = false;
      const used = stakeFrom < stake ? stakeFrom : stake;
      const earned = taoAtSpot(accruedPerSubnet(now, then, used), (n) => prices.get(n));
      const rate = realisedRate(
        [
          { block: from, alpha: used },
          { block: head.number, alpha: used + earned },
        ],
        [],
      );
      windows.push({
        window: w,
        fromBlock: from,
        toBlock: head.number,
        complete: head.number - span >= 0 && from === head.number - span,
        alpha: earned.toString(),
        tao: earned.toString(),
        flows: '0',
        apy: rate ? annualisedFromRealised(rate) : null,
      });
    }
    out.set(id, {
      windows: windows.length ? windows : null,
      exact,
      owed: owedTotal(
        owedItems.sort((a, b) => a.netuid - b.netuid),
        prices,
        threshold,
      ),
    });
  }
  return out;
}
