import type {
  AccountPortfolio,
  ColdkeySwapView,
  PortfolioTotals,
  PositionView,
} from '../../../protocol/domains/chain-values.ts';
import type { AccountInfo, DynamicInfo, StakeInfo } from '../../chain/read/decoders.ts';
import { unstakableOf, type StakeAvailability } from '../../chain/read/stake-availability.ts';
import { shareOf, subnetSales, type SubnetSale } from './sale.ts';

export const RAO_PER_TAO = 1_000_000_000n;

export interface PortfolioInputs {
  addresses: string[];
  accounts: AccountInfo[];
  stakes: Map<string, StakeInfo[]>;
  subnets: Map<number, DynamicInfo>;
  /** rao of TAO per 1 alpha, per netuid (root is 10^9). */
  prices: Map<number, bigint>;
  /** What selling `alpha` on a subnet returns now (the chain's simulation): key `${netuid}:${alpha}`. */
  unstake: Map<string, bigint>;
  /** Conviction locks per account and subnet (absent: a runtime without them). */
  availability?: Map<string, Map<number, StakeAvailability>>;
  /** Identity name per hotkey (null when the chain has none). */
  names: Map<string, string | null>;
  /** Coldkey swaps announced for these addresses (absent: none, or a runtime without them). */
  swaps?: Map<string, ColdkeySwapView>;
}

export const simKey = (netuid: number, alpha: bigint): string => `${netuid}:${alpha}`;

/** What the chain lets an account send when it may be reaped: free − (frozen − reserved, not below 0). */
export function transferableOf(info: AccountInfo): bigint {
  const frozen = frozenOf(info);
  const locked = frozen > info.data.reserved ? frozen - info.data.reserved : 0n;
  return info.data.free > locked ? info.data.free - locked : 0n;
}

/** `frozen` (current runtimes) or the larger of the old misc/fee frozen pair. */
function frozenOf(info: AccountInfo): bigint {
  if (info.data.frozen !== undefined) return info.data.frozen;
  const misc = info.data.miscFrozen ?? 0n;
  const fee = info.data.feeFrozen ?? 0n;
  return misc > fee ? misc : fee;
}

/** One position; its unstake value is its share of its subnet's one sale (sale.ts), within what a lock leaves. */
function position(
  s: StakeInfo,
  inputs: PortfolioInputs,
  sale: SubnetSale | undefined,
  lock: StakeAvailability | undefined,
): PositionView {
  const subnet = inputs.subnets.get(s.netuid);
  const price = s.netuid === 0 ? RAO_PER_TAO : (inputs.prices.get(s.netuid) ?? 0n);
  const taoSpot = (s.stake * price) / RAO_PER_TAO;
  const simulated = sale ? inputs.unstake.get(simKey(s.netuid, sale.sellable)) : undefined;
  const whole = simulated ?? (sale ? (sale.sellable * price) / RAO_PER_TAO : 0n);
  const taoUnstake = s.netuid === 0 ? s.stake : shareOf(whole, s.stake, sale?.held ?? 0n);
  const name = inputs.names.get(s.hotkey);
  const subnetName =
    subnet?.subnetIdentity?.subnetName || subnet?.subnetName || (s.netuid === 0 ? 'root' : `subnet ${s.netuid}`);
  const available = unstakableOf(s.stake, lock);
  return {
    hotkey: s.hotkey,
    ...(name ? { validatorName: name } : {}),
    netuid: s.netuid,
    subnetName,
    symbol: subnet?.tokenSymbol || (s.netuid === 0 ? 'τ' : 'α'),
    alpha: s.stake.toString(),
    taoSpot: taoSpot.toString(),
    taoUnstake: taoUnstake.toString(),
    unstakeSimulated: s.netuid === 0 || simulated !== undefined,
    price: price.toString(),
    ...(lock && lock.locked > 0n
      ? {
          lock: {
            locked: (s.stake - available).toString(),
            available: available.toString(),
            subnetLocked: lock.locked.toString(),
          },
        }
      : {}),
  };
}

/** Per-account and total figures, all bigint sums sent as decimal strings. */
export function assemble(inputs: PortfolioInputs): { accounts: AccountPortfolio[]; totals: PortfolioTotals } {
  const sum = {
    transferable: 0n,
    reserved: 0n,
    frozen: 0n,
    stakedRoot: 0n,
    stakedSubnetSpot: 0n,
    stakedSubnetUnstake: 0n,
    total: 0n,
  };
  const accounts = inputs.addresses.map((address, i): AccountPortfolio => {
    const info = inputs.accounts[i] ?? { data: { free: 0n, reserved: 0n, frozen: 0n } };
    const held = (inputs.stakes.get(address) ?? []).filter((s) => s.stake > 0n);
    const locks = inputs.availability?.get(address);
    const sales = subnetSales(held, locks);
    const positions = held.map((s) => position(s, inputs, sales.get(s.netuid), locks?.get(s.netuid)));
    positions.sort((a, b) => a.netuid - b.netuid || Number(BigInt(b.taoSpot) - BigInt(a.taoSpot)));
    let stakedRoot = 0n;
    let spot = 0n;
    let unstake = 0n;
    for (const p of positions) {
      if (p.netuid === 0) stakedRoot += BigInt(p.alpha);
      else spot += BigInt(p.taoSpot);
    }
    // Each subnet's sale counted whole (its positions' floored shares could fall a rao short).
    for (const sale of sales.values()) {
      const price = inputs.prices.get(sale.netuid) ?? 0n;
      unstake += inputs.unstake.get(simKey(sale.netuid, sale.sellable)) ?? (sale.sellable * price) / RAO_PER_TAO;
    }
    const transferable = transferableOf(info);
    const frozen = frozenOf(info);
    const total = info.data.free + info.data.reserved + stakedRoot + spot;
    sum.transferable += transferable;
    sum.reserved += info.data.reserved;
    sum.frozen += frozen;
    sum.stakedRoot += stakedRoot;
    sum.stakedSubnetSpot += spot;
    sum.stakedSubnetUnstake += unstake;
    sum.total += total;
    const swap = inputs.swaps?.get(address);
    return {
      ...(swap ? { coldkeySwap: swap } : {}),
      address,
      free: info.data.free.toString(),
      reserved: info.data.reserved.toString(),
      frozen: frozen.toString(),
      transferable: transferable.toString(),
      stakedRoot: stakedRoot.toString(),
      stakedSubnetSpot: spot.toString(),
      stakedSubnetUnstake: unstake.toString(),
      unstakeAtSpot: positions.some((p) => !p.unstakeSimulated),
      total: total.toString(),
      positions,
    };
  });
  const totals: PortfolioTotals = {
    transferable: sum.transferable.toString(),
    reserved: sum.reserved.toString(),
    frozen: sum.frozen.toString(),
    stakedRoot: sum.stakedRoot.toString(),
    stakedSubnetSpot: sum.stakedSubnetSpot.toString(),
    stakedSubnetUnstake: sum.stakedSubnetUnstake.toString(),
    total: sum.total.toString(),
  };
  return { accounts, totals };
}
