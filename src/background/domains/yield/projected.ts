import type { ApiPromise } from '@polkadot/api';
import type { ProjectedRate } from '../../../protocol/domains/yield-values.ts';
import { big } from '../../chain/read/decoders.ts';
import { subnetPrices } from '../../chain/read/prices.ts';
import { alphaProjected, rootProjected } from './projected-math.ts';

/** Default take when a hotkey has no Delegates entry (facts §4.1). */
const DEFAULT_TAKE = 11_796;

const num = (v: unknown): bigint => big.parse(v);
type Query = ApiPromise['query'][string];

/** key → value of every entry of a storage map (one RPC of keys and one of values per page in @polkadot/api). */
async function entries(q: Query, item: string): Promise<Array<{ args: unknown[]; value: unknown }>> {
  const entry = q[item];
  if (!entry) return [];
  const list = await entry.entries();
  return list.map(([k, v]) => ({ args: k.args.map((a) => a.toJSON()), value: v.toJSON() }));
}

/**
 * Projected rates of every validator on every subnet of a chain at its head, keyed `${hotkey}:${netuid}`:
 * alpha nominators from AlphaDividendsPerSubnet and TotalHotkeyAlphaLastEpoch, root stakers from
 * RootAlphaDividendsPerSubnet × subnet prices (where the runtime records it).
 */
export async function readProjected(api: ApiPromise): Promise<Map<string, ProjectedRate>> {
  const q = api.query['subtensorModule'];
  const out = new Map<string, ProjectedRate>();
  if (!q) return out;
  const [divs, lastTotals, tempos, delegates, rootDivs] = await Promise.all([
    entries(q, 'alphaDividendsPerSubnet'),
    entries(q, 'totalHotkeyAlphaLastEpoch'),
    entries(q, 'tempo'),
    entries(q, 'delegates'),
    entries(q, 'rootAlphaDividendsPerSubnet'),
  ]);
  const tempo = new Map(tempos.map((e) => [Number(e.args[0]), Number(e.value)]));
  const take = new Map(delegates.map((e) => [String(e.args[0]), Number(e.value)]));
  const last = new Map(lastTotals.map((e) => [`${String(e.args[0])}:${Number(e.args[1])}`, num(e.value)]));
  for (const d of divs) {
    const netuid = Number(d.args[0]);
    const hotkey = String(d.args[1]);
    const r = alphaProjected({
      hotkey,
      netuid,
      alphaDividends: num(d.value),
      totalHotkeyAlphaLastEpoch: last.get(`${hotkey}:${netuid}`) ?? 0n,
      tempo: tempo.get(netuid) ?? 0,
      take: take.get(hotkey) ?? DEFAULT_TAKE,
    });
    if (r) out.set(`${hotkey}:${netuid}`, r);
  }
  if (rootDivs.length) {
    const prices = await subnetPrices(api, [...tempo.keys()]);
    const byHot = new Map<string, Array<{ rootAlphaDividends: bigint; priceRaoPerAlpha: bigint; tempo: number }>>();
    for (const d of rootDivs) {
      const netuid = Number(d.args[0]);
      const hotkey = String(d.args[1]);
      const list = byHot.get(hotkey) ?? [];
      list.push({
        rootAlphaDividends: num(d.value),
        priceRaoPerAlpha: prices.get(netuid) ?? 0n,
        tempo: tempo.get(netuid) ?? 0,
      });
      byHot.set(hotkey, list);
    }
    const hots = [...byHot.keys()];
    const totals = q['totalHotkeyAlpha'] ? await q['totalHotkeyAlpha'].multi(hots.map((h) => [h, 0])) : [];
    hots.forEach((h, i) => {
      const r = rootProjected(h, byHot.get(h) ?? [], num(totals[i]?.toJSON() ?? 0), take.get(h) ?? DEFAULT_TAKE);
      if (r) out.set(`${h}:0`, r);
    });
  }
  return out;
}
