/**
 * Per-block coinbase (facts §6.1, §6.2), exact bigint.
 *
 * Block emission: with I = total issuance (rao) and S = 21e15, k = floor(log2(S / (S − I))), i.e. the
 * largest k with (S − I)·2^k ≤ S, and emission = floor(10^9 / 2^k); 0 once I ≥ S. Subnet alpha
 * emission is the same formula on the subnet's alpha issuance (SubnetAlphaIn + SubnetAlphaOut).
 *
 * Split and injection, per eligible subnet i (non-root, SubtokenEnabled, FirstEmissionBlockNumber
 * set and reached):
 *  - E_i = floor(E × mp_i / Σ mp), mp = SubnetMovingPrice (1.0 for stable subnets). The rounding
 *    dust of the split is not minted.
 *  - tao_in = E_i, alpha_in = floor(E_i × x / y) (the spot ratio, so the price does not jump and the
 *    w = 0.5 pool stays exact); alpha_in is capped at root_prop × alpha_emission with
 *    root_prop = rootTAO·tw / (rootTAO·tw + alpha_issuance), tw = TaoWeight / u64::MAX; when capped,
 *    tao_in = floor(alpha_in × y / x) and the excess E_i − tao_in buys alpha from the pool without
 *    fee (chain buy); that alpha is held by the protocol (SubnetProtocolAlpha).
 *  - alpha_out = alpha_emission is added to SubnetAlphaOut and to the pending buckets: owner cut
 *    (SubnetOwnerCut/65535), then of the rest R: floor(R/2) to miners, the other half to validators,
 *    of which floor(half × root_prop) is root alpha. If Σ mp ≤ 1.0 the root alpha is recycled.
 *  - All TAO injected (tao_in + excess) is minted into the subnet account.
 * Simplification: SubnetMovingPrice is an EMA of min(spot, 1.0) with a fixed per-block factor
 * params.movingPriceAlphaNum/Den (the chain's factor also ramps with subnet age).
 */
import { subnetAccount } from './accounts.ts';
import { FRAC32, U64_MAX, min, priceToI96F32, satSub } from './fixed.ts';
import { quoteBuy, spotPrice, tryQuote, FEE_DENOM, PRICE_ONE } from './pools.ts';
import { sortedNetuids, swapPool, type State, type SubnetState } from './state.ts';
import type { Ctx } from './stake-ops.ts';

export const MAX_TAO_ISSUANCE = 21_000_000_000_000_000n;
const ONE_I96F32 = 1n << FRAC32;

export function blockEmission(issuance: bigint, base = PRICE_ONE): bigint {
  const S = MAX_TAO_ISSUANCE;
  if (issuance >= S) return 0n;
  const rest = S - (issuance < 0n ? 0n : issuance);
  let k = 0n;
  while (rest << (k + 1n) <= S) k++;
  return base >> k;
}

export function isEmitting(s: SubnetState, block: number): boolean {
  return s.netuid !== 0 && s.subtokenEnabled && s.firstEmissionBlock !== null && s.firstEmissionBlock <= BigInt(block);
}

function movingPriceOf(s: SubnetState): bigint {
  return s.mechanism === 0 ? ONE_I96F32 : s.movingPrice;
}

export interface CoinbaseReport {
  blockEmission: bigint;
  minted: bigint;
}

export function runCoinbase(ctx: Ctx, block: number): CoinbaseReport {
  const st = ctx.state;
  const E = blockEmission(ctx.balances.totalIssuance());
  const eligible = sortedNetuids(st)
    .map((n) => st.subnets.get(n)!)
    .filter((s) => isEmitting(s, block));
  const sumMp = eligible.reduce((acc, s) => acc + movingPriceOf(s), 0n);
  const rootW = (st.subnets.get(0)?.taoIn ?? 0n) * st.params.taoWeight;
  let minted = 0n;
  for (const s of eligible) {
    const Ei = sumMp === 0n ? 0n : (E * movingPriceOf(s)) / sumMp;
    const alphaIssuance = s.alphaIn + s.alphaOut;
    const alphaEm = blockEmission(alphaIssuance);
    const denom = rootW + alphaIssuance * U64_MAX;
    const stable = s.mechanism === 0;
    let taoIn = Ei;
    let alphaIn = stable ? Ei : s.taoIn === 0n ? 0n : (Ei * s.alphaIn) / s.taoIn;
    const cap = denom === 0n ? 0n : (alphaEm * rootW) / denom;
    if (!stable && alphaIn > cap) {
      alphaIn = cap;
      taoIn = s.alphaIn === 0n ? 0n : (cap * s.taoIn) / s.alphaIn;
    }
    s.taoIn += taoIn;
    if (!stable) s.alphaIn += alphaIn;
    let injected = taoIn;
    const excess = Ei - taoIn;
    if (excess > 0n) {
      const q = tryQuote(() => quoteBuy(swapPool(s), excess, false));
      if (q) {
        s.taoIn = q.taoIn;
        s.alphaIn = q.alphaIn;
        s.protocolAlpha += q.amountOut;
        injected += excess;
      }
    }
    if (injected > 0n) {
      ctx.balances.mint(injected);
      ctx.balances.deposit(subnetAccount(s.netuid), injected);
      minted += injected;
    }
    distributeAlphaOut(st, s, alphaEm, denom === 0n ? 0n : rootW, denom, sumMp);
    s.taoInEmission = taoIn;
    s.alphaInEmission = alphaIn;
    s.alphaOutEmission = alphaEm;
    updateMovingPrice(st, s);
  }
  return { blockEmission: E, minted };
}

function distributeAlphaOut(
  st: State,
  s: SubnetState,
  alphaEm: bigint,
  rootW: bigint,
  denom: bigint,
  sumMp: bigint,
): void {
  s.alphaOut += alphaEm;
  const cut = (alphaEm * BigInt(st.params.subnetOwnerCut)) / FEE_DENOM;
  const rest = alphaEm - cut;
  const server = rest / 2n;
  const validators = rest - server;
  let rootAlpha = denom === 0n ? 0n : (validators * rootW) / denom;
  if (sumMp <= ONE_I96F32 && rootAlpha > 0n) {
    s.alphaOut = satSub(s.alphaOut, rootAlpha); // recycled: root sell flag off
    s.pendingValidator += validators - rootAlpha;
    rootAlpha = 0n;
  } else {
    s.pendingValidator += validators - rootAlpha;
  }
  s.pendingOwnerCut += cut;
  s.pendingServer += server;
  s.pendingRoot += rootAlpha;
}

function updateMovingPrice(st: State, s: SubnetState): void {
  if (s.mechanism === 0) {
    s.movingPrice = ONE_I96F32;
    return;
  }
  const target = min(priceToI96F32(spotPrice(swapPool(s))), ONE_I96F32);
  s.movingPrice += ((target - s.movingPrice) * st.params.movingPriceAlphaNum) / st.params.movingPriceAlphaDen;
}
