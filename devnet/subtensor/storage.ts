/**
 * Storage view (facts §4.1): every item a wallet reads, named as in the metadata, with values in the
 * shape `registry.createType(<metadata value type>, value)` accepts (u64/u128 as bigint, fixed point
 * as `{ bits }`, Vec as arrays, Bytes as 0x hex strings, BTreeMap as Map, AccountId32 as 0x hex).
 *
 * Representation follows the spec346 metadata: stake shares are `Alpha` / `TotalHotkeyShares`
 * (U64F64), not HEAD's AlphaV2/SafeFloat. Items absent from a given metadata must be skipped by the
 * caller: `RootAlphaDividendsPerSubnet`, `SubnetProtocolAlpha` (HEAD only), `NumRootClaim`,
 * `RootClaimable`, `RootClaimed`, `RootClaimType` (not in spec293).
 * Swap pallet: our pool is constant product, which is what spec346's V3 pool with one full-range
 * protocol position is; we expose it as such: SwapV3Initialized = true, AlphaSqrtPrice = sqrt(y/x)
 * in U64F64, CurrentLiquidity = floor(sqrt(x·y)), FeeRate.
 */
import { u8aToHex } from '@polkadot/util';
import { isqrt } from './fixed.ts';
import { DEFAULT_PARAMS, sortedNetuids, swapPool, type State } from './state.ts';
import type { StorageEntry, BalancesPort } from './types.ts';

const enc = new TextEncoder();
/** Bytes as 0x hex (createType reads a Uint8Array as length-prefixed SCALE, a hex string as raw bytes). */
const bytes = (s: string): string => u8aToHex(enc.encode(s));

function* subtensor(item: string, keys: unknown[], value: unknown): Generator<StorageEntry> {
  yield { pallet: 'SubtensorModule', item, keys, value };
}

export function* storageEntries(state: State, balances: BalancesPort): Generator<StorageEntry> {
  const p = state.params;
  const netuids = sortedNetuids(state);
  const plain: [string, unknown][] = [
    ['TotalIssuance', balances.totalIssuance()],
    ['TotalStake', netuids.reduce((acc, n) => acc + state.subnets.get(n)!.taoIn, 0n)],
    ['TaoWeight', p.taoWeight],
    ['NominatorMinRequiredStake', p.nominatorMinRequiredStake],
    ['SubnetOwnerCut', p.subnetOwnerCut],
    ['MaxDelegateTake', p.maxDelegateTake],
    ['MinDelegateTake', p.minDelegateTake],
    ['TxDelegateTakeRateLimit', BigInt(p.delegateTakeRateLimit)],
    ['TotalNetworks', netuids.length],
    ['StakeThreshold', 0n],
    ['NumRootClaim', 5n],
    ['RootStakeUnlockInterval', BigInt(p.rootStakeUnlockInterval)],
  ];
  for (const [item, value] of plain) yield* subtensor(item, [], value);

  for (const n of netuids) {
    const s = state.subnets.get(n)!;
    const pool = swapPool(s);
    const items: [string, unknown][] = [
      ['NetworksAdded', true],
      ['SubnetTAO', s.taoIn],
      ['SubnetAlphaIn', s.alphaIn],
      ['SubnetAlphaOut', s.alphaOut],
      ['SubnetMechanism', s.mechanism],
      ['SubnetMovingPrice', { bits: s.movingPrice }],
      ['SubnetVolume', s.volume],
      ['SubtokenEnabled', s.subtokenEnabled],
      ['TransferToggle', s.transferToggle],
      ['TokenSymbol', bytes(s.symbol)],
      ['Tempo', s.tempo],
      ['SubnetOwner', s.owner],
      ['SubnetOwnerHotkey', s.ownerHotkey],
      ['NetworkRegisteredAt', s.registeredAt],
      ['LastMechansimStepBlock', s.lastStep],
      ['BlocksSinceLastStep', BigInt(state.block) - s.lastStep],
      ['PendingServerEmission', s.pendingServer],
      ['PendingValidatorEmission', s.pendingValidator],
      ['PendingRootAlphaDivs', s.pendingRoot],
      ['PendingOwnerCut', s.pendingOwnerCut],
      ['SubnetTaoInEmission', s.taoInEmission],
      ['SubnetAlphaInEmission', s.alphaInEmission],
      ['SubnetAlphaOutEmission', s.alphaOutEmission],
      ['SubnetProtocolAlpha', s.protocolAlpha],
      ['SubnetworkN', s.uids.length],
      ['Emission', s.emission],
      ['ValidatorPermit', s.permits],
    ];
    if (s.firstEmissionBlock !== null) items.push(['FirstEmissionBlockNumber', s.firstEmissionBlock]);
    for (const [item, value] of items) yield* subtensor(item, [n], value);
    if (s.identity) {
      const id = s.identity;
      const value = Object.fromEntries(Object.entries(id).map(([k, v]) => [k, bytes(v)]));
      yield* subtensor('SubnetIdentitiesV3', [n], value);
    }
    for (const [uid, hot] of s.uids.entries()) {
      yield* subtensor('Uids', [n, hot], uid);
      yield* subtensor('Keys', [n, uid], hot);
      yield* subtensor('IsNetworkMember', [hot, n], true);
    }
    const x = pool.stable ? 1n : s.alphaIn;
    const y = pool.stable ? 1n : s.taoIn;
    yield { pallet: 'Swap', item: 'FeeRate', keys: [n], value: pool.stable ? 0 : s.feeRate };
    yield { pallet: 'Swap', item: 'SwapV3Initialized', keys: [n], value: true };
    yield {
      pallet: 'Swap',
      item: 'AlphaSqrtPrice',
      keys: [n],
      value: { bits: x === 0n ? 0n : isqrt((y << 128n) / x) },
    };
    yield { pallet: 'Swap', item: 'CurrentLiquidity', keys: [n], value: isqrt(s.alphaIn * s.taoIn) };
  }

  for (const [key, pool] of state.pools) {
    const [hot, n] = splitKey(key);
    if (pool.shares === 0n && pool.total === 0n) continue;
    yield* subtensor('TotalHotkeyAlpha', [hot, n], pool.total);
    yield* subtensor('TotalHotkeyShares', [hot, n], { bits: pool.shares });
    for (const [cold, share] of pool.holders) yield* subtensor('Alpha', [hot, cold, n], { bits: share });
  }
  for (const [key, v] of state.lastEpochTotal) yield* subtensor('TotalHotkeyAlphaLastEpoch', splitKey(key), v);
  for (const [key, v] of state.alphaDivs) yield* subtensor('AlphaDividendsPerSubnet', splitKey(key).reverse(), v);
  for (const [key, v] of state.rootAlphaDivs)
    yield* subtensor('RootAlphaDividendsPerSubnet', splitKey(key).reverse(), v);

  const owned = new Map<string, string[]>();
  for (const [hot, cold] of state.owner) {
    yield* subtensor('Owner', [hot], cold);
    owned.set(cold, [...(owned.get(cold) ?? []), hot]);
  }
  for (const [cold, hots] of owned) yield* subtensor('OwnedHotkeys', [cold], hots);
  for (const [hot, take] of state.delegates) yield* subtensor('Delegates', [hot], take);
  for (const [cold, hots] of state.stakingHotkeys) yield* subtensor('StakingHotkeys', [cold], hots);
  for (const [cold, id] of state.identities) {
    yield* subtensor('IdentitiesV2', [cold], Object.fromEntries(Object.entries(id).map(([k, v]) => [k, bytes(v)])));
  }
  for (const [hot, rates] of state.rootClaimable) {
    const m = new Map([...rates].sort((a, b) => a[0] - b[0]).map(([n, bits]) => [n, { bits }]));
    yield* subtensor('RootClaimable', [hot], m);
  }
  for (const [key, v] of state.rootClaimed) {
    const [n, hot, cold] = key.split(':');
    yield* subtensor('RootClaimed', [Number(n), hot, cold], v);
  }
  for (const [cold, t] of state.rootClaimType) yield* subtensor('RootClaimType', [cold], t);
  if (p.rootClaimableThreshold !== DEFAULT_PARAMS.rootClaimableThreshold)
    yield* subtensor('RootClaimableThreshold', [0], { bits: p.rootClaimableThreshold << 32n });
  for (const [hot, shares] of state.basketShares) yield* subtensor('BasketShares', [hot], shares);
  for (const [hot, bits] of state.basketRate) yield* subtensor('BasketRate', [hot], { bits });
  for (const [key, v] of state.basketClaimed) {
    const [hot, cold] = key.split(':');
    yield* subtensor('BasketClaimed', [hot, cold], v);
  }
  for (const [pair, at] of state.lastStakeBlock) {
    const [cold, hot] = pair.split(':');
    yield* subtensor('LastColdkeyHotkeyStakeBlock', [cold, hot], BigInt(at));
  }
  for (const [cold, a] of state.swapAnnouncements)
    yield* subtensor('ColdkeySwapAnnouncements', [cold], [a.when, a.hash]);
  for (const [cold, at] of state.swapDisputes) yield* subtensor('ColdkeySwapDisputes', [cold], at);
}

function splitKey(key: string): [string, number] {
  const i = key.lastIndexOf(':');
  return [key.slice(0, i), Number(key.slice(i + 1))];
}
