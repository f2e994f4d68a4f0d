import type { StakeInfo } from '../../chain/read/decoders.ts';
import type { StakeAvailability } from '../../chain/read/stake-availability.ts';

/**
 * What "if unstaked now" sells on one subnet for one account: all its positions there in one sale (selling them one
 * after another moves the price further than separate simulations of each would show), capped at what a
 * conviction lock leaves available on that subnet.
 */
export interface SubnetSale {
  netuid: number;
  /** Σ alpha of the account's positions on the subnet. */
  held: bigint;
  /** What may be sold now: `held`, or the subnet's available alpha when a lock holds some back. */
  sellable: bigint;
}

/** One sale per non-root subnet of one account's positions. */
export function subnetSales(
  positions: StakeInfo[],
  availability: Map<number, StakeAvailability> | undefined,
): Map<number, SubnetSale> {
  const out = new Map<number, SubnetSale>();
  for (const p of positions) {
    if (p.netuid === 0 || p.stake === 0n) continue;
    const sale = out.get(p.netuid) ?? { netuid: p.netuid, held: 0n, sellable: 0n };
    sale.held += p.stake;
    out.set(p.netuid, sale);
  }
  for (const sale of out.values()) {
    const a = availability?.get(sale.netuid);
    sale.sellable = a && a.available < sale.held ? a.available : sale.held;
  }
  return out;
}

/** A position's part of its subnet's sale, pro rata to its alpha, floored (the parts never add up to more). */
export function shareOf(whole: bigint, alpha: bigint, held: bigint): bigint {
  return held === 0n ? 0n : (whole * alpha) / held;
}
