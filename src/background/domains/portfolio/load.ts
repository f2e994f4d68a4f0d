import type { ApiPromise } from '@polkadot/api';
import { assemble, simKey, type PortfolioInputs } from './assemble.ts';
import {
  accountInfo,
  allDynamicInfo,
  chainIdentity,
  simSwap,
  stakeInfoForColdkeys,
  type DynamicInfo,
  type StakeInfo,
} from '../../chain/read/decoders.ts';
import { allPrices, fillPrices } from '../../chain/read/prices.ts';
import { requireStakeApis, runtimeCall, storageMulti } from '../../chain/read/runtime-api.ts';
import { readColdkeySwaps } from '../../chain/read/coldkey-swaps.ts';
import { readStakeAvailability } from '../../chain/read/stake-availability.ts';
import { subnetSales, type SubnetSale } from './sale.ts';

const ZERO_ACCOUNT = '5C4hrfjw9DjXZTzV3MwzrrAr9P1MJhSrvWGWqi1eSuyUpnhM';

/**
 * Reads portfolios of many accounts in batch: wave 1 in parallel — balances (one system.account.multi), stake
 * of every coldkey (one StakeInfoRuntimeApi.get_stake_info_for_coldkeys), all subnets (one
 * get_all_dynamic_info), all prices (current_alpha_price_all where the runtime has it) and conviction locks
 * (get_stake_availability_for_coldkeys where the runtime has it); wave 2 — prices per netuid otherwise, one unstake simulation per account and subnet (all its positions there sold at once, within
 * what a lock leaves: sale.ts) whose pool or size changed, owners of new hotkeys;
 * wave 3 — identities of those owners. Names and simulations are remembered between blocks.
 */
export class PortfolioReader {
  private readonly names = new Map<string, string | null>();
  private sims = new Map<string, { pool: string; tao: bigint }>();

  constructor(private readonly api: ApiPromise) {}

  async read(addresses: string[]): Promise<ReturnType<typeof assemble> & { block: number }> {
    const api = this.api;
    requireStakeApis(api);
    const stakeCall = runtimeCall(api, 'stakeInfoRuntimeApi', 'getStakeInfoForColdkeys')!;
    const dynamicCall = runtimeCall(api, 'subnetInfoRuntimeApi', 'getAllDynamicInfo')!;

    const header = api.rpc.chain.getHeader();
    const [infos, stakesRaw, dynamicRaw, prices, head, swaps, availability] = await Promise.all([
      addresses.length ? api.query.system.account.multi(addresses) : Promise.resolve([]),
      addresses.length ? stakeCall(addresses) : Promise.resolve(null),
      dynamicCall(),
      allPrices(api),
      header,
      readColdkeySwaps(api, addresses),
      readStakeAvailability(api, addresses),
    ]);
    const accounts = infos.map((c) => accountInfo.parse(c.toJSON()));
    const stakes = new Map<string, StakeInfo[]>(stakesRaw ? stakeInfoForColdkeys.parse(stakesRaw.toJSON()) : []);
    const subnets = new Map<number, DynamicInfo>();
    for (const d of allDynamicInfo.parse(dynamicRaw.toJSON())) if (d) subnets.set(d.netuid, d);

    const positions = [...stakes.values()].flat().filter((s) => s.stake > 0n);
    const netuids = [...new Set(positions.map((p) => p.netuid))].filter((n) => n !== 0);
    const sales = [...stakes].flatMap(([address, held]) => [...subnetSales(held, availability?.get(address)).values()]);
    await Promise.all([
      fillPrices(api, netuids, prices),
      this.fillSims(sales, subnets),
      this.fillNames(positions.map((p) => p.hotkey)),
    ]);
    const unstake = new Map<string, bigint>();
    for (const [key, v] of this.sims) unstake.set(key, v.tao);
    const inputs: PortfolioInputs = {
      addresses,
      accounts,
      stakes,
      subnets,
      prices,
      unstake,
      names: this.names,
      swaps,
      ...(availability ? { availability } : {}),
    };
    return { ...assemble(inputs), block: head.number.toNumber() };
  }

  /** One simulation per subnet sale (sale.ts) whose size or pool changed since the last read. */
  private async fillSims(sales: SubnetSale[], subnets: Map<number, DynamicInfo>): Promise<void> {
    const sim = runtimeCall(this.api, 'swapRuntimeApi', 'simSwapAlphaForTao');
    const next = new Map<string, { pool: string; tao: bigint }>();
    const todo: Array<{ key: string; pool: string; netuid: number; alpha: bigint }> = [];
    for (const p of sales) {
      if (p.sellable === 0n) continue;
      const d = subnets.get(p.netuid);
      const pool = d ? `${d.taoIn}:${d.alphaIn}` : '';
      const key = simKey(p.netuid, p.sellable);
      const known = this.sims.get(key);
      if (known && known.pool === pool) next.set(key, known);
      else if (sim && !todo.some((t) => t.key === key)) todo.push({ key, pool, netuid: p.netuid, alpha: p.sellable });
    }
    if (sim && todo.length) {
      const got = await Promise.all(todo.map((t) => sim(t.netuid, t.alpha)));
      todo.forEach((t, i) => next.set(t.key, { pool: t.pool, tao: simSwap.parse(got[i]!.toJSON()).taoAmount }));
    }
    this.sims = next;
  }

  /** Validator names: IdentitiesV2 of the hotkey's owner coldkey, learnt once per hotkey. */
  private async fillNames(hotkeys: string[]): Promise<void> {
    const owners = storageMulti(this.api, 'subtensorModule', 'owner');
    const identities =
      storageMulti(this.api, 'subtensorModule', 'identitiesV2') ??
      storageMulti(this.api, 'subtensorModule', 'identities');
    const unknown = [...new Set(hotkeys)].filter((h) => !this.names.has(h));
    if (!owners || !identities || unknown.length === 0) return;
    const ownerOf = (await owners(unknown)).map((o) => o.toString());
    const withOwner = unknown
      .map((h, i) => ({ h, owner: ownerOf[i] ?? ZERO_ACCOUNT }))
      .filter((x) => x.owner !== ZERO_ACCOUNT);
    for (const h of unknown) this.names.set(h, null);
    if (!withOwner.length) return;
    const ids = await identities(withOwner.map((x) => x.owner));
    withOwner.forEach((x, i) => {
      const parsed = chainIdentity.safeParse(ids[i]?.toJSON() ?? null);
      const name = parsed.success ? parsed.data?.name.trim() : undefined;
      this.names.set(x.h, name || null);
    });
  }
}
