/**
 * Builds the initial State from a scenario and funds the subnet accounts: each subnet's TAO reserve
 * (root: the total root stake) is minted into its subnet account, so Σ balances = total issuance and
 * the subnet account always holds exactly SubnetTAO.
 */
import { subnetAccount } from './accounts.ts';
import { priceToI96F32 } from './fixed.ts';
import { spotPrice } from './pools.ts';
import { creditAlpha } from './stake-ops.ts';
import { addGenesisLock } from './locks.ts';
import { toAmount, type ScenarioSubtensor } from './scenario.ts';
import { DEFAULT_PARAMS, swapPool, type Params, type State, type SubnetState } from './state.ts';
import type { AccountHex, BalancesPort } from './types.ts';

const ZERO: AccountHex = `0x${'0'.repeat(64)}`;
const EMPTY_ID = {
  subnet_name: '',
  github_repo: '',
  subnet_contact: '',
  subnet_url: '',
  discord: '',
  description: '',
  logo_url: '',
  additional: '',
};
const EMPTY_CHAIN_ID = { name: '', url: '', github_repo: '', image: '', discord: '', description: '', additional: '' };

function params(sc: ScenarioSubtensor): Params {
  const p = sc.params ?? {};
  return {
    ...DEFAULT_PARAMS,
    ...(p.nominatorMinRequiredStake !== undefined && {
      nominatorMinRequiredStake: toAmount(p.nominatorMinRequiredStake, 'nominatorMinRequiredStake'),
    }),
    ...(p.taoWeight !== undefined && { taoWeight: toAmount(p.taoWeight, 'taoWeight') }),
    ...(p.minStake !== undefined && { minStake: toAmount(p.minStake, 'minStake') }),
    ...(p.subnetOwnerCut !== undefined && { subnetOwnerCut: p.subnetOwnerCut }),
    ...(p.maxDelegateTake !== undefined && { maxDelegateTake: p.maxDelegateTake }),
    ...(p.minDelegateTake !== undefined && { minDelegateTake: p.minDelegateTake }),
    ...(p.feeRecipient !== undefined && { feeRecipient: p.feeRecipient }),
    ...(p.rootStakeUnlockInterval !== undefined && { rootStakeUnlockInterval: p.rootStakeUnlockInterval }),
    ...(p.unlockRate !== undefined && { unlockRate: toAmount(p.unlockRate, 'unlockRate') }),
  };
}

function blankSubnet(netuid: number, owner: AccountHex, ownerHotkey: AccountHex): SubnetState {
  return {
    netuid,
    name: netuid === 0 ? 'root' : `subnet ${netuid}`,
    symbol: netuid === 0 ? 'Τ' : 'α',
    tempo: 10,
    mechanism: netuid === 0 ? 0 : 1,
    taoIn: 0n,
    alphaIn: 0n,
    alphaOut: 0n,
    feeRate: 33,
    subtokenEnabled: true,
    transferToggle: true,
    owner,
    ownerHotkey,
    movingPrice: 1n << 32n,
    volume: 0n,
    registeredAt: 0n,
    firstEmissionBlock: netuid === 0 ? null : 0n,
    lastStep: 0n,
    pendingServer: 0n,
    pendingValidator: 0n,
    pendingRoot: 0n,
    pendingOwnerCut: 0n,
    taoInEmission: 0n,
    alphaInEmission: 0n,
    alphaOutEmission: 0n,
    protocolAlpha: 0n,
    identity: null,
    uids: [],
    emission: [],
    permits: [],
    miner: null,
  };
}

export function buildState(sc: ScenarioSubtensor, balances: BalancesPort): State {
  const st: State = {
    block: 0,
    spec: 346,
    stakeOpLimit: [],
    lastStakeBlock: new Map(),
    params: params(sc),
    subnets: new Map(),
    pools: new Map(),
    owner: new Map(),
    delegates: new Map(),
    lastTakeChange: new Map(),
    stakingHotkeys: new Map(),
    identities: new Map(),
    alphaDivs: new Map(),
    rootAlphaDivs: new Map(),
    lastEpochTotal: new Map(),
    rootClaimable: new Map(),
    rootClaimed: new Map(),
    rootClaimType: new Map(),
    swapAnnouncements: new Map(),
    swapDisputes: new Map(),
    locks: new Map(),
  };
  st.subnets.set(0, blankSubnet(0, ZERO, ZERO));
  for (const d of sc.subnets) {
    if (d.netuid <= 0 || d.netuid > 0xffff || st.subnets.has(d.netuid))
      throw new Error(`scenario: bad or duplicate netuid ${d.netuid}`);
    const s = blankSubnet(d.netuid, d.owner.toLowerCase() as AccountHex, d.ownerHotkey.toLowerCase() as AccountHex);
    s.name = d.name;
    s.symbol = d.symbol;
    s.tempo = d.tempo ?? 10;
    s.mechanism = d.mechanism ?? 1;
    s.taoIn = toAmount(d.taoReserve, `subnet ${d.netuid} taoReserve`);
    s.alphaIn = toAmount(d.alphaReserve, `subnet ${d.netuid} alphaReserve`);
    s.feeRate = d.feeRate ?? 33;
    s.subtokenEnabled = d.subtokenEnabled ?? true;
    s.transferToggle = d.transferToggle ?? true;
    if (d.identity) s.identity = { ...EMPTY_ID, subnet_name: d.name, ...d.identity };
    if (d.firstEmissionBlock !== undefined)
      s.firstEmissionBlock =
        d.firstEmissionBlock === null ? null : toAmount(d.firstEmissionBlock, `subnet ${d.netuid} firstEmissionBlock`);
    if (d.registeredAt !== undefined) s.registeredAt = toAmount(d.registeredAt, `subnet ${d.netuid} registeredAt`);
    const price = spotPrice(swapPool(s));
    s.movingPrice = priceToI96F32(price < 1_000_000_000n ? price : 1_000_000_000n);
    st.subnets.set(d.netuid, s);
    st.owner.set(s.ownerHotkey, s.owner);
    if (d.miner) {
      s.miner = d.miner.hotkey.toLowerCase() as AccountHex;
      st.owner.set(s.miner, d.miner.coldkey.toLowerCase() as AccountHex);
    }
  }
  const stake = (hot: AccountHex, cold: AccountHex, netuid: number, amount: bigint): void => {
    const s = st.subnets.get(netuid);
    if (!s) throw new Error(`scenario: stake on unknown subnet ${netuid}`);
    creditAlpha(st, hot, cold, netuid, amount);
    s.alphaOut += amount;
    if (netuid === 0) s.taoIn += amount;
  };
  for (const v of sc.validators) {
    const hot = v.hotkey.toLowerCase() as AccountHex;
    const cold = v.coldkey.toLowerCase() as AccountHex;
    st.owner.set(hot, cold);
    if (v.take !== null) st.delegates.set(hot, v.take);
    if (v.lastTakeChange !== undefined) st.lastTakeChange.set(hot, v.lastTakeChange);
    for (const n of v.registrations) {
      const s = st.subnets.get(n);
      if (!s || n === 0) throw new Error(`scenario: validator registered on unknown subnet ${n}`);
      s.uids.push(hot);
      s.permits.push(true);
    }
    for (const x of v.stakes) stake(hot, cold, x.netuid, toAmount(x.alpha, 'validator stake'));
  }
  for (const nom of sc.nominations ?? []) {
    stake(
      nom.hotkey.toLowerCase() as AccountHex,
      nom.coldkey.toLowerCase() as AccountHex,
      nom.netuid,
      toAmount(nom.alpha, 'nomination'),
    );
  }
  for (const s of st.subnets.values()) {
    if (s.miner) {
      s.uids.push(s.miner);
      s.permits.push(false);
    }
    s.emission = s.uids.map(() => 0n);
    if (s.taoIn > 0n) {
      balances.mint(s.taoIn);
      balances.deposit(subnetAccount(s.netuid), s.taoIn);
    }
  }
  for (const l of sc.locks ?? []) addGenesisLock(st, l);
  for (const id of sc.identities ?? []) {
    const { coldkey, ...rest } = id;
    st.identities.set(coldkey.toLowerCase() as AccountHex, { ...EMPTY_CHAIN_ID, ...rest });
  }
  return st;
}
