// Staking on both chains from the same seeded state (subnet 2 owned by //Bob with hotkey ValidatorA, ValidatorB,
// takes, nominations): where each call is refused (the pool, with which custom code, or the block, with which module
// error), what it costs (payment_queryInfo: weight, class, fee), and the events it emits, in order, with the same data
// shape. Amounts a swap produces differ (the devnet's pool is constant-product on SubnetTAO / SubnetAlphaIn, the
// runtime's a concentrated-liquidity pool with one full-range position: devnet/README.md), so they are checked on
// each chain against that chain's own state: the alpha an event reports is what StakeInfo grew by, the TAO is what
// the balance moved by, the swap fee is amount × FeeRate / 65535.
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devKeys } from '../../devnet/real/seed.ts';
import { shapeOf, submit, type Outcome } from './helpers/outcome.ts';
import { startPair, type Pair, type Side } from './helpers/pair.ts';

const TAO = 1_000_000_000n;
const k = devKeys();
const A = k.validatorA.address;
const B = k.validatorB.address;
let pair: Pair;
let net: number;
beforeAll(async () => {
  pair = await startPair({ seed: true });
  net = pair.seeded!.netuid;
});
afterAll(async () => {
  await pair?.stop();
});

type Make = (api: ApiPromise) => SubmittableExtrinsic<'promise'>;
type Tx = (...args: unknown[]) => SubmittableExtrinsic<'promise'>;
/** SubtensorModule's calls (decorated from the chain's metadata; not in @polkadot/api-augment). */
const st = (api: ApiPromise) =>
  api.tx['subtensorModule'] as unknown as Record<
    | 'addStake'
    | 'addStakeLimit'
    | 'removeStake'
    | 'removeStakeLimit'
    | 'swapStake'
    | 'moveStake'
    | 'transferStake'
    | 'unstakeAll'
    | 'increaseTake'
    | 'decreaseTake',
    Tx
  >;
const big = (v: unknown): bigint => BigInt(String(v));

async function stakeOf(side: Side, hot: string, cold: string, netuid: number, at?: string): Promise<bigint> {
  const api = at ? await side.api.at(at) : side.api;
  const info = (
    await api.call['stakeInfoRuntimeApi']!['getStakeInfoForHotkeyColdkeyNetuid']!(hot, cold, netuid)
  ).toJSON() as { stake?: string | number } | null;
  return big(info?.stake ?? 0);
}

/** Runs on both, real first; everything but amounts a swap decides must be equal. Returns both outcomes. */
async function same(make: Make, signer: KeyringPair): Promise<[Outcome, Outcome]> {
  const real = await submit(pair.real, make, signer);
  const dev = await submit(pair.devnet, make, signer);
  expect(dev.refused, 'pool').toEqual(real.refused);
  expect(dev.info, 'payment_queryInfo').toEqual(real.info);
  expect(dev.dispatchError, 'dispatch error').toBe(real.dispatchError);
  expect(
    dev.events.map((e) => e.name),
    'events',
  ).toEqual(real.events.map((e) => e.name));
  expect(
    dev.events.map((e) => shapeOf(e.data)),
    'event data shapes',
  ).toEqual(real.events.map((e) => shapeOf(e.data)));
  return [real, dev];
}

const ev = (o: Outcome, name: string): unknown[][] =>
  o.events.filter((e) => e.name === name).map((e) => e.data as unknown[]);

describe('pool validation: the same calls are refused with the same custom codes', () => {
  const refused = async (make: Make, custom: number, signer = k.dave) => {
    const [real] = await same(make, signer);
    expect(real.refused).toEqual({ code: 1010, kind: 'custom', custom });
  };
  it('add_stake: amount too low (1), no subnet (3), hotkey not registered (4), balance too low (2); add_stake_limit below spot (14)', async () => {
    await refused((api) => st(api).addStake(A, net, 1_000n), 1);
    await refused((api) => st(api).addStake(A, 9, 5n * TAO), 3);
    await refused((api) => st(api).addStake(k.ferdie.address, net, 5n * TAO), 4);
    await refused((api) => st(api).addStake(A, net, 50_000n * TAO), 2);
    await refused((api) => st(api).addStakeLimit(A, net, 5n * TAO, 1n, false), 14);
  });
  it('remove_stake beyond the holding (5), remove_stake_limit above spot (14), swap_stake beyond the holding (5)', async () => {
    await refused((api) => st(api).removeStake(A, net, 100_000n * TAO), 5);
    await refused((api) => st(api).removeStakeLimit(A, net, TAO, 1_000n * TAO, false), 14);
    await refused((api) => st(api).swapStake(A, net, 0, 100_000n * TAO), 5);
  });
});

describe('staking that lands: fees, events and their meaning', () => {
  it('add_stake: free (Pays::No), Withdraw then StakeAdded(cold, hot, tao, alpha, netuid, fee); alpha is what StakeInfo grew by', async () => {
    const before = await Promise.all(pair.both.map((s) => stakeOf(s, A, k.dave.address, net)));
    const outs = await same((api) => st(api).addStake(A, net, 5n * TAO), k.dave);
    for (const [i, o] of outs.entries()) {
      expect(o.info.partialFee).toBe('0');
      expect(o.events.map((e) => e.name)).toEqual([
        'balances.Withdraw',
        'subtensorModule.StakeAdded',
        'transactionPayment.TransactionFeePaid',
        'system.ExtrinsicSuccess',
      ]);
      const [cold, hot, tao, alpha, netuid, fee] = ev(o, 'subtensorModule.StakeAdded')[0]!;
      expect([cold, hot, big(tao), netuid]).toEqual([k.dave.address, A, 5n * TAO, net]);
      const feeRate = big(await pair.both[i]!.api.query['swap']!['feeRate']!(net));
      expect(big(fee)).toBe((5n * TAO * feeRate) / 65535n);
      // Both chains floor a holder's value in the share pool: the position grows by the alpha, up to 1 rao less.
      const grew = (await stakeOf(pair.both[i]!, A, k.dave.address, net, o.blockHash!)) - before[i]!;
      expect(big(alpha) - grew >= 0n && big(alpha) - grew <= 1n, `${grew} vs ${String(alpha)}`).toBe(true);
    }
  });

  it('add_stake on root is 1:1 with no swap fee', async () => {
    for (const o of await same((api) => st(api).addStake(B, 0, 3n * TAO), k.dave)) {
      expect(ev(o, 'subtensorModule.StakeAdded')[0]!.slice(2).map(big)).toEqual([3n * TAO, 3n * TAO, 0n, 0n]);
    }
  });

  it('remove_stake: StakeRemoved then Deposit of exactly the TAO it reports', async () => {
    for (const o of await same((api) => st(api).removeStake(A, net, TAO), k.dave)) {
      expect(o.events.map((e) => e.name).slice(0, 2)).toEqual(['subtensorModule.StakeRemoved', 'balances.Deposit']);
      const [, , tao, alpha] = ev(o, 'subtensorModule.StakeRemoved')[0]!;
      expect(big(alpha)).toBe(TAO);
      expect(ev(o, 'balances.Deposit')[0]).toEqual([k.dave.address, tao]);
    }
  });

  it('move_stake (same subnet and across): StakeRemoved without fee, StakeAdded with it, StakeMoved with the TAO moved', async () => {
    for (const make of [
      (api: ApiPromise) => st(api).moveStake(A, B, net, net, TAO / 2n),
      (api: ApiPromise) => st(api).moveStake(A, A, net, 1, TAO / 2n),
    ]) {
      for (const o of await same(make, k.dave)) {
        expect(o.info.class).toBe('Operational');
        const removed = ev(o, 'subtensorModule.StakeRemoved')[0]!;
        const added = ev(o, 'subtensorModule.StakeAdded')[0]!;
        expect(big(removed[5])).toBe(0n);
        expect(big(added[5])).toBeGreaterThan(0n);
        expect(added[2]).toEqual(removed[2]);
        expect(ev(o, 'subtensorModule.StakeMoved')[0]![5]).toEqual(removed[2]);
      }
    }
  });

  it('swap_stake to root and transfer_stake to another coldkey: the same outcome and event list on both', async () => {
    for (const o of await same((api) => st(api).swapStake(A, net, 0, TAO / 2n), k.dave)) {
      expect(ev(o, 'subtensorModule.StakeSwapped')).toHaveLength(1);
    }
    // TransferToggle is off on a fresh subnet of spec 293 and the extension checks it: refused alike, or done alike.
    const [real] = await same((api) => st(api).transferStake(k.eve.address, A, net, net, TAO / 10n), k.dave);
    if (real.refused) expect(real.refused).toEqual({ code: 1010, kind: 'custom', custom: 9 });
    else expect(ev(real, 'subtensorModule.StakeTransferred')).toHaveLength(1);
  });

  it('unstake_all empties every subnet position of the hotkey, each a StakeRemoved and a Deposit', async () => {
    const outs = await same((api) => st(api).unstakeAll(A), k.dave);
    for (const [i, o] of outs.entries()) {
      expect(ev(o, 'subtensorModule.StakeRemoved').length).toBeGreaterThan(0);
      for (const n of [1, net]) expect(await stakeOf(pair.both[i]!, A, k.dave.address, n, o.blockHash!)).toBe(0n);
    }
  });
});

describe('errors raised in the block, not the pool', () => {
  it('inside batch_all the pool checks nothing: an unknown subnet fails the batch with SubtokenDisabled (the subtoken is checked first at dispatch); the batch pays, its free items add no weight', async () => {
    const [real] = await same(
      (api) => api.tx.utility.batchAll([st(api).addStake(A, net, TAO), st(api).addStake(A, 9, TAO)]),
      k.dave,
    );
    expect(real.dispatchError).toBe('subtensorModule.SubtokenDisabled');
    expect(BigInt(real.info.partialFee)).toBeGreaterThan(0n);
  });

  it('stake then unstake the same position in one block: StakingOperationRateLimitExceeded', async () => {
    const [real] = await same(
      (api) => api.tx.utility.batchAll([st(api).addStake(A, net, TAO), st(api).removeStake(A, net, TAO / 10n)]),
      k.dave,
    );
    expect(real.dispatchError).toBe('subtensorModule.StakingOperationRateLimitExceeded');
  });

  it('a Staking proxy stakes for its real account (ProxyExecuted Ok); a failing proxied stake is included with ProxyExecuted Err', async () => {
    await same((api) => api.tx.proxy.addProxy(k.ferdie.address, 'Staking', 0), k.dave);
    const [ok] = await same((api) => api.tx.proxy.proxy(k.dave.address, null, st(api).addStake(B, net, TAO)), k.ferdie);
    expect(ev(ok, 'proxy.ProxyExecuted')[0]).toEqual([{ ok: null }]);
    expect(ev(ok, 'subtensorModule.StakeAdded')[0]![0]).toBe(k.dave.address);
    const [bad] = await same((api) => api.tx.proxy.proxy(k.dave.address, null, st(api).addStake(B, 9, TAO)), k.ferdie);
    expect(JSON.stringify(ev(bad, 'proxy.ProxyExecuted')[0])).toContain('"err"');
  });

  it('takes are not checked in the pool on spec 293: a raise inside the rate limit and a change by a non-owner fail in the block, free', async () => {
    const [limited] = await same((api) => st(api).increaseTake(A, 7_000), k.bob);
    expect(limited.dispatchError).toBe('subtensorModule.DelegateTxRateLimitExceeded');
    const [stranger] = await same((api) => st(api).decreaseTake(A, 50), k.dave);
    expect(stranger.dispatchError).toBe('subtensorModule.NonAssociatedColdKey');
    expect(stranger.info.partialFee).toBe('0');
  });
});
