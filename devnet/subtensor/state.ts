/**
 * The model's whole mutable state: plain Maps/objects of bigint so `structuredClone` snapshots it
 * (dispatch rollback, `Subtensor.snapshot()`).
 */
import type { AccountHex, NetUid } from './types.ts';
import { emptyPool, type SharePool } from './shares.ts';
import type { Pool } from './pools.ts';
import type { LockEntry } from './locks.ts';

export interface SubnetIdentity {
  subnet_name: string;
  github_repo: string;
  subnet_contact: string;
  subnet_url: string;
  discord: string;
  description: string;
  logo_url: string;
  additional: string;
}

export interface ChainIdentity {
  name: string;
  url: string;
  github_repo: string;
  image: string;
  discord: string;
  description: string;
  additional: string;
}

export interface SubnetState {
  netuid: NetUid;
  name: string;
  symbol: string;
  tempo: number;
  /** SubnetMechanism: 0 stable (1:1), 1 dynamic. Root is always stable. */
  mechanism: number;
  taoIn: bigint;
  alphaIn: bigint;
  alphaOut: bigint;
  feeRate: number;
  subtokenEnabled: boolean;
  transferToggle: boolean;
  owner: AccountHex;
  ownerHotkey: AccountHex;
  /** SubnetMovingPrice, I96F32 bits. */
  movingPrice: bigint;
  volume: bigint;
  registeredAt: bigint;
  firstEmissionBlock: bigint | null;
  /** LastMechansimStepBlock: block of the last epoch. */
  lastStep: bigint;
  pendingServer: bigint;
  pendingValidator: bigint;
  pendingRoot: bigint;
  pendingOwnerCut: bigint;
  taoInEmission: bigint;
  alphaInEmission: bigint;
  alphaOutEmission: bigint;
  /** Alpha bought by the protocol with excess TAO emission (SubnetProtocolAlpha at HEAD). */
  protocolAlpha: bigint;
  identity: SubnetIdentity | null;
  /** Neurons in uid order (Keys / Uids); validators first, then the miner. */
  uids: AccountHex[];
  /** Last epoch's emission per uid (Emission storage), alpha rao. */
  emission: bigint[];
  /** Which uids are validators (ValidatorPermit). */
  permits: boolean[];
  /** The miner hotkey that receives the server half. */
  miner: AccountHex | null;
}

export interface Params {
  /** DefaultMinStake, rao. */
  minStake: bigint;
  /** NominatorMinRequiredStake (u64); threshold in TAO = minStake × this / 10^6 (facts §1.3). */
  nominatorMinRequiredStake: bigint;
  /** TaoWeight, u64 over u64::MAX. */
  taoWeight: bigint;
  /** SubnetOwnerCut, parts of 65535. */
  subnetOwnerCut: number;
  maxDelegateTake: number;
  minDelegateTake: number;
  /** Take given by maybe_become_delegate (InitialDefaultTake). */
  defaultTake: number;
  /** TxDelegateTakeRateLimit in blocks. */
  delegateTakeRateLimit: number;
  /** EMA factor of SubnetMovingPrice per block, as num/den (a simplification, see emission.ts). */
  movingPriceAlphaNum: bigint;
  movingPriceAlphaDen: bigint;
  /** Receives swap fees (the block author on chain). null → the fee is burned. */
  feeRecipient: AccountHex | null;
  /** RootStakeUnlockInterval (spec 441+): blocks root stake is held after a stake operation; 0 = no hold. */
  rootStakeUnlockInterval: number;
  /** UnlockRate: blocks over which a decaying conviction lock's mass falls by e (locks.ts). */
  unlockRate: bigint;
}

export const DEFAULT_PARAMS: Params = {
  minStake: 2_000_000n,
  nominatorMinRequiredStake: 0n,
  taoWeight: 971_718_665_099_567_868n,
  subnetOwnerCut: 11_796,
  maxDelegateTake: 11_796,
  minDelegateTake: 0,
  defaultTake: 11_796,
  delegateTakeRateLimit: 216_000,
  movingPriceAlphaNum: 1n,
  movingPriceAlphaDen: 100n,
  feeRecipient: null,
  rootStakeUnlockInterval: 0,
  unlockRate: 934_866n,
};

/** A stored root claim type: Keep, or KeepSubnets (Keep for the listed subnets, Swap for the rest: facts §5.4). */
export type RootClaimChoice = 'Keep' | { KeepSubnets: { subnets: NetUid[] } };

export interface State {
  block: number;
  /**
   * The runtime the model follows where spec 293 and later runtimes differ (staking checks, pool validation,
   * moves, the staking rate limiter, swap fees): 293 for that runtime, 346 (the default) for anything newer.
   */
  spec: 293 | 346;
  /** StakingOperationRateLimiter (spec 293): `${hot}:${cold}:${netuid}` staked into this block; cleared in on_finalize. */
  stakeOpLimit: string[];
  /** LastColdkeyHotkeyStakeBlock, `${cold}:${hot}` → block of the last stake or unstake. */
  lastStakeBlock: Map<string, number>;
  params: Params;
  subnets: Map<NetUid, SubnetState>;
  /** Share pools keyed by `${hotkey}:${netuid}`. */
  pools: Map<string, SharePool>;
  /** Owner(hotkey) → coldkey. */
  owner: Map<AccountHex, AccountHex>;
  /** Delegates(hotkey) → take. */
  delegates: Map<AccountHex, number>;
  /** Block of the last take change per hotkey (rate limit). */
  lastTakeChange: Map<AccountHex, number>;
  stakingHotkeys: Map<AccountHex, AccountHex[]>;
  identities: Map<AccountHex, ChainIdentity>;
  /** AlphaDividendsPerSubnet / RootAlphaDividendsPerSubnet / TotalHotkeyAlphaLastEpoch, `${hot}:${netuid}`. */
  alphaDivs: Map<string, bigint>;
  rootAlphaDivs: Map<string, bigint>;
  lastEpochTotal: Map<string, bigint>;
  /** RootClaimable(hot) → netuid → I96F32 bits (root alpha per root stake). */
  rootClaimable: Map<AccountHex, Map<NetUid, bigint>>;
  /** RootClaimed(netuid, hot, cold), `${netuid}:${hot}:${cold}`. */
  rootClaimed: Map<string, bigint>;
  /** RootClaimType(cold) as the storage value is encoded; the default Swap is not stored. */
  rootClaimType: Map<AccountHex, RootClaimChoice>;
  /** ColdkeySwapAnnouncements(cold) → (block from which the swap may run, BlakeTwo256 of the new coldkey). */
  swapAnnouncements: Map<AccountHex, { when: number; hash: `0x${string}` }>;
  /** ColdkeySwapDisputes(cold) → block of the dispute. */
  swapDisputes: Map<AccountHex, number>;
  /** Conviction locks, `${cold}:${netuid}` (Lock; subnet-wide for the coldkey): see locks.ts. */
  locks: Map<string, LockEntry>;
}

export function poolKey(hot: AccountHex, netuid: NetUid): string {
  return `${hot}:${netuid}`;
}

export function sharePool(state: State, hot: AccountHex, netuid: NetUid): SharePool {
  const k = poolKey(hot, netuid);
  let p = state.pools.get(k);
  if (!p) {
    p = emptyPool();
    state.pools.set(k, p);
  }
  return p;
}

export function peekPool(state: State, hot: AccountHex, netuid: NetUid): SharePool | undefined {
  return state.pools.get(poolKey(hot, netuid));
}

export function swapPool(s: SubnetState): Pool {
  return { taoIn: s.taoIn, alphaIn: s.alphaIn, feeRate: s.feeRate, stable: s.netuid === 0 || s.mechanism === 0 };
}

export function sortedNetuids(state: State): NetUid[] {
  return [...state.subnets.keys()].sort((a, b) => a - b);
}
