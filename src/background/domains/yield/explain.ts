import type { ApiPromise } from '@polkadot/api';
import { ceilDiv, floorDiv } from '../../../core/amount/muldiv.ts';
import { rational } from '../../../core/amount/rational.ts';
import { blockEmission, nextHalving } from '../../../core/yield/emission.ts';
import { valueAt } from '../../../core/yield/shares-history.ts';
import type { ExplainStep, ExplainView, ProjectedRate } from '../../../protocol/domains/yield-values.ts';
import { HistoryReader, positionId } from './history.ts';
import { dayEarnings, ratDecimal } from './projected-math.ts';
import { bigOf, hasItem, readAt } from './storage-read.ts';

const TAKE_DENOM = 65_535n;

/**
 * The path from block emission to this nominator, with the chain's numbers at the head (§6.2–6.5):
 * TAO block emission → the subnet's TAO and alpha per block → the validator's last-epoch dividends
 * before and after take → the pool they compound into → this person's share of it → per epoch and day.
 * After the next halving of the subnet's alpha emission the daily figure scales with the emission; that is the
 * estimate shown (none for root, paid in every subnet's alpha). The subnet's share of the block emission counts the
 * TAO injected into its pool and the excess TAO that buys alpha back (SubnetExcessTao).
 */
export async function explainPosition(
  api: ApiPromise,
  account: string,
  hotkey: string,
  netuid: number,
  rate: ProjectedRate | null,
  symbol: string,
): Promise<ExplainView> {
  const hash = (await api.rpc.chain.getHeader()).hash.toHex();
  const v = await readAt(api, hash, [
    { item: 'totalIssuance', args: [] },
    { item: 'subnetTaoInEmission', args: [netuid] },
    { item: 'subnetAlphaOutEmission', args: [netuid] },
    { item: 'alphaDividendsPerSubnet', args: [netuid, hotkey] },
    { item: 'totalHotkeyAlphaLastEpoch', args: [hotkey, netuid] },
    { item: 'delegates', args: [hotkey] },
    { item: 'tempo', args: [netuid] },
    { item: 'subnetAlphaIn', args: [netuid] },
    { item: 'subnetAlphaOut', args: [netuid] },
    // The TAO of the subnet's emission share that buys alpha back from the pool (facts §6.2, runtimes that have it).
    ...(hasItem(api, 'subnetExcessTao') ? [{ item: 'subnetExcessTao', args: [netuid] }] : []),
  ]);
  const [issuance, taoIn, alphaOut, divs, lastTotal, takeV, tempoV, aIn, aOut, excess = 0n] = v.map((c) => bigOf(c));
  const take = v[5] ? takeV! : 11_796n;
  const emission = blockEmission(issuance!);
  const gross = take < TAKE_DENOM ? ceilDiv(divs! * TAKE_DENOM, TAKE_DENOM - take) : divs!;
  const base = lastTotal! - divs!;
  const states = await new HistoryReader(api).statesAt((await api.rpc.chain.getHeader()).number.toNumber(), [
    { account, hotkey, netuid },
  ]);
  const s = states.get(positionId({ account, hotkey, netuid }));
  const mine = s ? valueAt(s) : 0n;
  const pool = s?.total ?? 0n;
  const day = rate ? dayEarnings(mine, rate) : 0n;
  const steps: ExplainStep[] = [
    { key: 'blockEmission', value: emission.toString(), unit: 'tao' },
    {
      key: 'subnetShare',
      value: emission > 0n ? ratDecimal(rational(taoIn! + excess, emission), 6) : '0',
      unit: 'fraction',
    },
    { key: 'subnetAlphaPerBlock', value: alphaOut!.toString(), unit: 'alpha' },
    { key: 'validatorDividends', value: gross.toString(), unit: 'alpha' },
    { key: 'take', value: (gross - divs!).toString(), unit: 'alpha' },
    { key: 'nominatorPool', value: (base > 0n ? base : 0n).toString(), unit: 'alpha' },
    { key: 'yourShare', value: pool > 0n ? ratDecimal(rational(mine, pool), 9) : '0', unit: 'fraction' },
    { key: 'yourEpoch', value: (base > 0n ? floorDiv(mine * divs!, base) : 0n).toString(), unit: 'alpha' },
    { key: 'yourDay', value: day.toString(), unit: 'alpha' },
  ];
  // The next halving of what pays this position: the subnet's alpha issuance. Root dividends are paid in every
  // subnet's alpha, each halving on its own schedule, not at the TAO halving: no single figure for root.
  const next = netuid === 0 ? null : nextHalving({ totalIssuance: aIn! + aOut!, now: 0 });
  const nowRate = blockEmission(aIn! + aOut!);
  const afterHalvingDay = next && nowRate > 0n ? floorDiv(day * next.rateAfter, nowRate).toString() : null;
  return { hotkey, netuid, symbol, tempo: Number(tempoV), steps, afterHalvingDay };
}
