/**
 * claim_root / set_root_claim_type (facts §1.2, §5.4). For each listed subnet and each hotkey in
 * StakingHotkeys(origin) with root stake, the owed root alpha (root-rates.ts) is credited:
 *  - Swap (default): sold fee-less into the subnet's pool and the TAO staked on root, same hotkey;
 *  - Keep: staked as alpha on (hotkey, netuid);
 *  - KeepSubnets { subnets } (runtimes whose metadata has it): Keep on the listed subnets, Swap on the rest.
 * Owed amounts below RootClaimableThreshold (500,000 alpha rao) are skipped silently.
 * Auto-claim (NumRootClaim random coldkeys per block) is not modelled.
 */
import { subnetAccount } from './accounts.ts';
import { fail } from './errors.ts';
import { quoteSell } from './pools.ts';
import { owedRootAlpha, rootClaimed, setRootClaimed } from './root-rates.ts';
import { netuidList } from './args.ts';
import { swapPool, type RootClaimChoice } from './state.ts';
import type { AccountHex, DispatchArgs, NetUid } from './types.ts';
import { creditAlpha, requireSubnet, stakeIntoSubnet, stakeOf, type Ctx } from './stake-ops.ts';

export const ROOT_CLAIMABLE_THRESHOLD = 500_000n;
const MAX_SUBNET_CLAIMS = 5;

export function claimRoot(ctx: Ctx, cold: AccountHex, subnets: NetUid[]): void {
  const uniq = [...new Set(subnets)].sort((a, b) => a - b);
  if (uniq.length === 0 || uniq.length > MAX_SUBNET_CLAIMS) fail('InvalidSubnetNumber');
  const st = ctx.state;
  const choice = st.rootClaimType.get(cold);
  for (const n of uniq) {
    const s = requireSubnet(ctx, n);
    const keep = keepsOn(choice, n);
    for (const hot of st.stakingHotkeys.get(cold) ?? []) {
      const rootStake = stakeOf(st, hot, cold, 0);
      const owed = owedRootAlpha(st, n, hot, cold, rootStake);
      if (owed < ROOT_CLAIMABLE_THRESHOLD) continue;
      setRootClaimed(st, n, hot, cold, rootClaimed(st, n, hot, cold) + owed);
      if (keep) {
        creditAlpha(st, hot, cold, n, owed);
        continue;
      }
      const q = quoteSell(swapPool(s), owed, false);
      s.alphaIn = q.alphaIn;
      s.taoIn = q.taoIn;
      s.alphaOut -= owed;
      if (!ctx.balances.withdraw(subnetAccount(n), q.amountOut, false)) fail('InsufficientLiquidity');
      if (q.amountOut > 0n) stakeIntoSubnet(ctx, hot, cold, 0, q.amountOut, false);
    }
  }
  ctx.events.push({ pallet: 'SubtensorModule', name: 'RootClaimed', data: [cold] });
}

function keepsOn(choice: RootClaimChoice | undefined, netuid: NetUid): boolean {
  return choice === 'Keep' || (typeof choice === 'object' && choice.KeepSubnets.subnets.includes(netuid));
}

/** The decoded enum: a variant name ('Swap', 'Keep') or { KeepSubnets: { subnets } }. */
export function setRootClaimType(ctx: Ctx, cold: AccountHex, type: unknown): void {
  const name = typeof type === 'string' ? type : type && typeof type === 'object' ? Object.keys(type)[0] : undefined;
  const variant = name?.toLowerCase();
  let choice: RootClaimChoice | null;
  if (variant === 'keep') choice = 'Keep';
  else if (variant === 'swap') choice = null;
  else if (variant === 'keepsubnets') {
    const subnets = [...new Set(netuidList((type as Record<string, DispatchArgs>)[name!]!, 'subnets'))].sort(
      (a, b) => a - b,
    );
    if (subnets.length === 0) fail('InvalidSubnetNumber');
    choice = { KeepSubnets: { subnets } };
  } else throw new TypeError('new_root_claim_type must be Swap, Keep or KeepSubnets');
  if (choice === null) ctx.state.rootClaimType.delete(cold);
  else ctx.state.rootClaimType.set(cold, choice);
  ctx.events.push({ pallet: 'SubtensorModule', name: 'RootClaimTypeSet', data: [cold, choice ?? 'Swap'] });
}
