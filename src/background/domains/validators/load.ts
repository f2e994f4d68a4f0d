import type { ApiPromise } from '@polkadot/api';
import { z } from 'zod';
import { RAO_PER_TAO } from '../../../core/amount/constants.ts';
import type { ValidatorRow } from '../../../protocol/domains/validators-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import { big } from '../../chain/read/decoders.ts';
import { allPrices, fillPrices } from '../../chain/read/prices.ts';
import { runtimeCall } from '../../chain/read/runtime-api.ts';
import { subnetLabels } from '../../chain/read/subnet-labels.ts';
import { readProjected } from '../yield/projected.ts';
import { namesOfOwners } from '../../chain/read/identities.ts';

const delegateInfo = z.object({
  delegateSs58: z.string(),
  take: z.number().int(),
  nominators: z.array(z.tuple([z.string(), z.array(z.tuple([z.number().int(), big]))])),
  ownerSs58: z.string(),
  registrations: z.array(z.number().int()),
  validatorPermits: z.array(z.number().int()),
});

/**
 * The directory: every hotkey in Delegates (get_delegates lists only existing keys, so its take is real and
 * never the ValueQuery default, facts §1.6), once on root and once per subnet it is registered on. Stake is
 * TotalHotkeyAlpha valued at the spot price; nominators are counted per subnet; the projected daily rate
 * comes from the yield model (domains/yield) and is null where it has none.
 */
export async function loadDirectory(
  api: ApiPromise,
): Promise<{ rows: ValidatorRow[]; subnets: Array<{ netuid: number; name: string; symbol: string }> }> {
  const delegatesCall = runtimeCall(api, 'delegateInfoRuntimeApi', 'getDelegates');
  if (!delegatesCall)
    throw new ProtocolError('unavailable', 'This network has no delegate information.', { reason: 'not-subtensor' });
  const [raw, labels, prices, projected] = await Promise.all([
    delegatesCall(),
    subnetLabels(api),
    allPrices(api),
    // The yield model's projected rate per (hotkey, netuid); the column shows "—" where it has none.
    readProjected(api).catch(() => new Map<string, { dailyRate: string }>()),
  ]);
  const delegates = z.array(delegateInfo).parse(raw.toJSON());
  await fillPrices(
    api,
    [...labels.keys()].filter((n) => n !== 0),
    prices,
  );
  prices.set(0, RAO_PER_TAO);

  const pairs = delegates.flatMap((d) => [0, ...d.registrations.filter((n) => n !== 0)].map((n) => ({ d, n })));
  const totalQ = api.query['subtensorModule']?.['totalHotkeyAlpha'];
  const totals = totalQ ? await totalQ.multi(pairs.map(({ d, n }) => [d.delegateSs58, n])) : [];
  const names = await namesOfOwners(
    api,
    delegates.map((d) => d.ownerSs58),
  );
  const rows = pairs.map(({ d, n }, i): ValidatorRow => {
    const alpha = totals[i] ? big.parse(totals[i]!.toJSON()) : 0n;
    const label = labels.get(n);
    return {
      hotkey: d.delegateSs58,
      netuid: n,
      name: names.get(d.ownerSs58) ?? null,
      owner: d.ownerSs58,
      take: d.take,
      stakeAlpha: alpha.toString(),
      stakeTao: ((alpha * (prices.get(n) ?? 0n)) / RAO_PER_TAO).toString(),
      nominators: d.nominators.filter(([, list]) => list.some(([net, v]) => net === n && v > 0n)).length,
      permit: d.validatorPermits.includes(n),
      subnetName: label?.name ?? `subnet ${n}`,
      symbol: label?.symbol ?? 'α',
      projectedDailyRate: projected.get(`${d.delegateSs58}:${n}`)?.dailyRate ?? null,
    };
  });
  const subnets = [...labels.entries()]
    .sort(([a], [b]) => a - b)
    .map(([netuid, l]) => ({ netuid, name: l.name, symbol: l.symbol }));
  return { rows, subnets };
}
