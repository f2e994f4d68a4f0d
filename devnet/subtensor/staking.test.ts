import { describe, expect, it } from 'vitest';
import { ALICE, BOB, dumpStorage, harness, TAO } from './test-helpers.ts';
import { labelKey } from './scenario.ts';
import type { AccountHex } from './types.ts';

const V3 = labelKey('validator/3');
const V4 = labelKey('validator/4');
// validator 3 is registered on subnets ((3 + 3k) % 8) + 1 = 4, 7, 2
const NET = 4;
type SimSwap = Record<'tao_amount' | 'alpha_amount' | 'tao_fee' | 'alpha_fee', bigint>;

function pool(h: ReturnType<typeof harness>, n: number) {
  const s = h.sub.view.subnets.get(n)!;
  return { x: s.alphaIn, y: s.taoIn };
}

describe('add_stake', () => {
  it('gives the closed-form alpha, the sim_swap promise, exact events and balances', () => {
    const h = harness();
    const amount = 10n * TAO;
    const { x, y } = pool(h, NET);
    const fee = (amount * 33n) / 65535n;
    const expected = (x * (amount - fee)) / (y + amount - fee);
    const sim = h.sub.runtimeApi('SwapRuntimeApi', 'sim_swap_tao_for_alpha', [NET, amount]) as SimSwap;
    expect(sim.alpha_amount).toBe(expected);
    expect(sim.tao_fee).toBe(fee);
    const free = h.bal.free(ALICE);
    const r = h.sub.dispatch(ALICE, 'add_stake', { hotkey: V3, netuid: NET, amount_staked: amount });
    expect(r).toEqual({
      ok: true,
      events: [{ pallet: 'SubtensorModule', name: 'StakeAdded', data: [ALICE, V3, amount, expected, NET, fee] }],
    });
    expect(h.sub.stake(V3, ALICE, NET)).toBe(expected);
    expect(h.bal.free(ALICE)).toBe(free - amount);
    expect(pool(h, NET)).toEqual({ x: x - expected, y: y + amount - fee });
    expect(h.bal.free(h.sub.subnetAccount(NET))).toBe(y + amount - fee);
    // fee burned (no fee recipient): issuance fell by the fee, Σ balances = issuance
    expect(h.bal.sum()).toBe(h.bal.issuance);
    const info = h.sub.runtimeApi('StakeInfoRuntimeApi', 'get_stake_info_for_hotkey_coldkey_netuid', [
      V3,
      ALICE,
      NET,
    ]) as Record<string, unknown>;
    expect(info.stake).toBe(expected);
    expect(h.sub.view.stakingHotkeys.get(ALICE)).toContain(V3);
  });

  it('keeps the ED back when staking the whole balance', () => {
    const h = harness();
    const free = h.bal.free(ALICE);
    const r = h.sub.dispatch(ALICE, 'add_stake', { hotkey: V3, netuid: NET, amount_staked: free });
    expect(r.ok).toBe(true);
    expect(h.bal.free(ALICE)).toBe(500n);
    if (r.ok) expect(r.events[0]!.data[2]).toBe(free - 500n);
  });

  it('minimum stake is 2,000,000 rao plus the fee on it', () => {
    const h = harness();
    const min = 2_000_000n + (2_000_000n * 33n) / 65535n;
    expect(h.sub.dispatch(ALICE, 'add_stake', { hotkey: V3, netuid: NET, amount_staked: min - 1n })).toMatchObject({
      ok: false,
      error: 'AmountTooLow',
      pallet: 'SubtensorModule',
    });
    expect(h.sub.validate(ALICE, 'add_stake', { hotkey: V3, netuid: NET, amount_staked: min - 1n })).toEqual({
      custom: 1,
    });
    expect(h.sub.dispatch(ALICE, 'add_stake', { hotkey: V3, netuid: NET, amount_staked: min }).ok).toBe(true);
    // root: no fee
    expect(h.sub.dispatch(ALICE, 'add_stake', { hotkey: V3, netuid: 0, amount_staked: 2_000_000n }).ok).toBe(true);
    expect(h.sub.stake(V3, ALICE, 0)).toBe(2_000_000n);
  });

  it('refuses with the metadata error names', () => {
    const h = harness((sc) => {
      sc.subnets[1]!.subtokenEnabled = false;
    });
    const stranger = `0x${'ab'.repeat(32)}` as AccountHex;
    const e = (o: AccountHex, args: Record<string, unknown>) => h.sub.dispatch(o, 'add_stake', args);
    expect(e(ALICE, { hotkey: V3, netuid: 99, amount_staked: TAO })).toMatchObject({ error: 'SubnetNotExists' });
    expect(e(ALICE, { hotkey: V3, netuid: 2, amount_staked: TAO })).toMatchObject({ error: 'SubtokenDisabled' });
    expect(e(ALICE, { hotkey: stranger, netuid: NET, amount_staked: TAO })).toMatchObject({
      error: 'HotKeyAccountNotExists',
    });
    expect(e(ALICE, { hotkey: V3, netuid: NET, amount_staked: 10_001n * TAO })).toMatchObject({
      error: 'NotEnoughBalanceToStake',
    });
    expect(h.sub.validate(ALICE, 'add_stake', { hotkey: V3, netuid: NET, amount_staked: 10_001n * TAO })).toEqual({
      custom: 2,
    });
    expect(h.sub.validate(ALICE, 'add_stake', { hotkey: V3, netuid: 99, amount_staked: TAO })).toEqual({ custom: 3 });
    expect(h.sub.validate(ALICE, 'add_stake', { hotkey: stranger, netuid: NET, amount_staked: TAO })).toEqual({
      custom: 4,
    });
    expect(h.sub.validate(ALICE, 'add_stake', { hotkey: V3, netuid: NET, amount_staked: TAO })).toBeNull();
  });

  it('a failed dispatch leaves storage and balances unchanged', () => {
    const h = harness();
    const before = dumpStorage(h.sub.storageEntries());
    const balances = new Map(h.bal.accounts);
    const r = h.sub.dispatch(ALICE, 'add_stake_limit', {
      hotkey: V3,
      netuid: NET,
      amount_staked: 5_000n * TAO,
      limit_price: h.sub.price(NET) + 1000n,
      allow_partial: false,
    });
    expect(r).toMatchObject({ ok: false, error: 'SlippageTooHigh' });
    expect(dumpStorage(h.sub.storageEntries())).toBe(before);
    expect(h.bal.accounts).toEqual(balances);
    // validation never changes anything either
    h.sub.validate(ALICE, 'add_stake', { hotkey: V3, netuid: NET, amount_staked: TAO });
    expect(dumpStorage(h.sub.storageEntries())).toBe(before);
    expect(h.bal.accounts).toEqual(balances);
  });
});

describe('add_stake_limit', () => {
  it('limit at or below spot: ZeroMaxStakeAmount, refused at validation with custom(14)', () => {
    const h = harness();
    const spot = h.sub.price(NET);
    const args = { hotkey: V3, netuid: NET, amount_staked: TAO, limit_price: spot, allow_partial: true };
    expect(h.sub.validate(ALICE, 'add_stake_limit', args)).toEqual({ custom: 14 });
    expect(h.sub.dispatch(ALICE, 'add_stake_limit', args)).toMatchObject({ ok: false, error: 'ZeroMaxStakeAmount' });
  });

  it('fill-or-kill: SlippageTooHigh (custom 8); partial fills up to the limit', () => {
    const h = harness();
    const spot = h.sub.price(NET);
    const limit = spot + spot / 100n; // +1%
    const big = 2_000n * TAO;
    const fok = { hotkey: V3, netuid: NET, amount_staked: big, limit_price: limit, allow_partial: false };
    expect(h.sub.validate(ALICE, 'add_stake_limit', fok)).toEqual({ custom: 8 });
    expect(h.sub.dispatch(ALICE, 'add_stake_limit', fok)).toMatchObject({ ok: false, error: 'SlippageTooHigh' });
    const free = h.bal.free(ALICE);
    const r = h.sub.dispatch(ALICE, 'add_stake_limit', { ...fok, allow_partial: true });
    expect(r.ok).toBe(true);
    const spent = free - h.bal.free(ALICE);
    expect(spent).toBeGreaterThan(0n);
    expect(spent).toBeLessThan(big);
    expect(h.sub.price(NET)).toBeLessThanOrEqual(limit);
    // a small order under the limit fills completely
    expect(h.sub.dispatch(BOB, 'add_stake_limit', { ...fok, amount_staked: TAO, limit_price: limit + spot }).ok).toBe(
      true,
    );
  });
});

describe('remove_stake family', () => {
  function staked() {
    const h = harness();
    h.sub.dispatch(ALICE, 'add_stake', { hotkey: V3, netuid: NET, amount_staked: 100n * TAO });
    return { h, alpha: h.sub.stake(V3, ALICE, NET) };
  }

  it('remove_stake gives the sim_swap TAO and caps at the holding', () => {
    const { h, alpha } = staked();
    const sim = h.sub.runtimeApi('SwapRuntimeApi', 'sim_swap_alpha_for_tao', [NET, alpha]) as SimSwap;
    const free = h.bal.free(ALICE);
    const r = h.sub.dispatch(ALICE, 'remove_stake', { hotkey: V3, netuid: NET, amount_unstaked: alpha + 12345n });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.events[0]).toEqual({
        pallet: 'SubtensorModule',
        name: 'StakeRemoved',
        data: [ALICE, V3, sim.tao_amount, alpha, NET, sim.alpha_fee],
      });
    expect(h.bal.free(ALICE)).toBe(free + sim.tao_amount);
    expect(h.sub.stake(V3, ALICE, NET)).toBe(0n);
    expect(h.bal.sum()).toBe(h.bal.issuance);
  });

  it('remove_stake_limit does not cap; zero and dust-leaving amounts are AmountTooLow', () => {
    const { h, alpha } = staked();
    const base = { hotkey: V3, netuid: NET, limit_price: 0n, allow_partial: false };
    expect(h.sub.dispatch(ALICE, 'remove_stake_limit', { ...base, amount_unstaked: alpha + 1n })).toMatchObject({
      error: 'NotEnoughStakeToWithdraw',
    });
    expect(h.sub.validate(ALICE, 'remove_stake_limit', { ...base, amount_unstaked: alpha + 1n })).toEqual({
      custom: 5,
    });
    expect(h.sub.dispatch(ALICE, 'remove_stake', { hotkey: V3, netuid: NET, amount_unstaked: 0n })).toMatchObject({
      error: 'AmountTooLow',
    });
    expect(h.sub.dispatch(ALICE, 'remove_stake', { hotkey: V3, netuid: NET, amount_unstaked: 1000n })).toMatchObject({
      error: 'AmountTooLow',
    });
  });

  it('remove_stake_limit: limit at/above spot refused, fill-or-kill, partial', () => {
    const { h, alpha } = staked();
    const spot = h.sub.price(NET);
    const base = { hotkey: V3, netuid: NET, amount_unstaked: alpha };
    expect(
      h.sub.dispatch(ALICE, 'remove_stake_limit', { ...base, limit_price: spot, allow_partial: true }),
    ).toMatchObject({ error: 'ZeroMaxStakeAmount' });
    const limit = spot - spot / 10_000n; // 0.01% below spot
    expect(
      h.sub.dispatch(ALICE, 'remove_stake_limit', { ...base, limit_price: limit, allow_partial: false }),
    ).toMatchObject({ error: 'SlippageTooHigh' });
    expect(h.sub.dispatch(ALICE, 'remove_stake_limit', { ...base, limit_price: limit, allow_partial: true }).ok).toBe(
      true,
    );
    const left = h.sub.stake(V3, ALICE, NET);
    expect(left).toBeGreaterThan(0n);
    expect(left).toBeLessThan(alpha);
    expect(h.sub.price(NET)).toBeGreaterThanOrEqual(limit);
  });

  it('remove_stake_full_limit: None removes all; Some is fill-or-kill', () => {
    const { h } = staked();
    const spot = h.sub.price(NET);
    expect(
      h.sub.dispatch(ALICE, 'remove_stake_full_limit', { hotkey: V3, netuid: NET, limit_price: spot - spot / 10_000n }),
    ).toMatchObject({ error: 'SlippageTooHigh' });
    expect(h.sub.dispatch(ALICE, 'remove_stake_full_limit', { hotkey: V3, netuid: NET, limit_price: null }).ok).toBe(
      true,
    );
    expect(h.sub.stake(V3, ALICE, NET)).toBe(0n);
  });

  it('sweeps a nomination left below NominatorMinRequiredStake', () => {
    const { h, alpha } = staked();
    // threshold 0.02 TAO at the spot price; leave ~0.015 TAO worth of alpha
    const price = h.sub.price(NET);
    const keep = (15_000_000n * TAO) / price;
    // only the removed part is checked against the minimum; the remainder is then swept
    const r = h.sub.dispatch(ALICE, 'remove_stake', { hotkey: V3, netuid: NET, amount_unstaked: alpha - keep });
    expect(r.ok).toBe(true);
    expect(h.sub.stake(V3, ALICE, NET)).toBe(0n);
    if (r.ok) expect(r.events.map((e) => e.name)).toEqual(['StakeRemoved', 'StakeRemoved']);
  });

  it('unstake_all and unstake_all_alpha', () => {
    const h = harness();
    h.sub.dispatch(ALICE, 'add_stake', { hotkey: V3, netuid: NET, amount_staked: 10n * TAO });
    h.sub.dispatch(ALICE, 'add_stake', { hotkey: V3, netuid: 7, amount_staked: 10n * TAO });
    h.sub.dispatch(ALICE, 'add_stake', { hotkey: V3, netuid: 0, amount_staked: 10n * TAO });
    const a4 = h.sub.stake(V3, ALICE, 4);
    const a7 = h.sub.stake(V3, ALICE, 7);
    const t4 = (h.sub.runtimeApi('SwapRuntimeApi', 'sim_swap_alpha_for_tao', [4, a4]) as SimSwap).tao_amount;
    const t7 = (h.sub.runtimeApi('SwapRuntimeApi', 'sim_swap_alpha_for_tao', [7, a7]) as SimSwap).tao_amount;
    const r = h.sub.dispatch(ALICE, 'unstake_all_alpha', { hotkey: V3 });
    expect(r.ok).toBe(true);
    expect(h.sub.stake(V3, ALICE, 4)).toBe(0n);
    expect(h.sub.stake(V3, ALICE, 0)).toBe(10n * TAO + t4 + t7);
    const free = h.bal.free(ALICE);
    expect(h.sub.dispatch(ALICE, 'unstake_all', { hotkey: V3 }).ok).toBe(true);
    expect(h.bal.free(ALICE)).toBe(free + 10n * TAO + t4 + t7);
    expect(h.bal.sum()).toBe(h.bal.issuance);
  });
});

describe('moves', () => {
  function staked() {
    const h = harness();
    h.sub.dispatch(ALICE, 'add_stake', { hotkey: V3, netuid: NET, amount_staked: 100n * TAO });
    return { h, alpha: h.sub.stake(V3, ALICE, NET) };
  }

  it('same-subnet move: no swap, no fee, alpha moves exactly', () => {
    const { h, alpha } = staked();
    // validator 4 is registered on 5, 8, 3; moving to a hotkey only needs an Owner entry
    const before = pool(h, NET);
    const r = h.sub.dispatch(ALICE, 'move_stake', {
      origin_hotkey: V3,
      destination_hotkey: V4,
      origin_netuid: NET,
      destination_netuid: NET,
      alpha_amount: alpha,
    });
    expect(r.ok).toBe(true);
    expect(h.sub.stake(V4, ALICE, NET)).toBeGreaterThanOrEqual(alpha - 1n);
    expect(h.sub.stake(V4, ALICE, NET)).toBeLessThanOrEqual(alpha);
    expect(pool(h, NET)).toEqual(before);
    if (r.ok) expect(r.events).toHaveLength(1);
  });

  it('cross-subnet swap charges one fee on the origin side', () => {
    const { h, alpha } = staked();
    const sell = h.sub.runtimeApi('SwapRuntimeApi', 'sim_swap_alpha_for_tao', [NET, alpha]) as SimSwap;
    const { x, y } = pool(h, 7);
    const expected = (x * sell.tao_amount!) / (y + sell.tao_amount!); // no fee on the destination
    const r = h.sub.dispatch(ALICE, 'swap_stake', {
      hotkey: V3,
      origin_netuid: NET,
      destination_netuid: 7,
      alpha_amount: alpha,
    });
    expect(r.ok).toBe(true);
    expect(h.sub.stake(V3, ALICE, 7)).toBe(expected);
    if (r.ok) {
      expect(r.events.map((e) => e.name)).toEqual(['StakeRemoved', 'StakeAdded', 'StakeSwapped']);
      expect(r.events[1]!.data[5]).toBe(0n);
      expect(r.events[2]!.data).toEqual([ALICE, V3, NET, 7, sell.tao_amount]);
    }
  });

  it('from root the fee is taken on the destination', () => {
    const h = harness();
    h.sub.dispatch(ALICE, 'add_stake', { hotkey: V3, netuid: 0, amount_staked: 10n * TAO });
    const { x, y } = pool(h, NET);
    const fee = (10n * TAO * 33n) / 65535n;
    const r = h.sub.dispatch(ALICE, 'swap_stake', {
      hotkey: V3,
      origin_netuid: 0,
      destination_netuid: NET,
      alpha_amount: 10n * TAO,
    });
    expect(r.ok).toBe(true);
    expect(h.sub.stake(V3, ALICE, NET)).toBe((x * (10n * TAO - fee)) / (y + 10n * TAO - fee));
  });

  it('swap errors: SameNetuid, AmountTooLow, TransferDisallowed; swap_stake_limit partial', () => {
    const { h, alpha } = staked();
    expect(
      h.sub.dispatch(ALICE, 'swap_stake', {
        hotkey: V3,
        origin_netuid: NET,
        destination_netuid: NET,
        alpha_amount: alpha,
      }),
    ).toMatchObject({ error: 'SameNetuid' });
    expect(
      h.sub.dispatch(ALICE, 'swap_stake', {
        hotkey: V3,
        origin_netuid: NET,
        destination_netuid: 7,
        alpha_amount: 1000n,
      }),
    ).toMatchObject({ error: 'AmountTooLow' });
    const ratio = (h.sub.price(NET) * TAO) / h.sub.price(7);
    const lim = {
      hotkey: V3,
      origin_netuid: NET,
      destination_netuid: 7,
      alpha_amount: alpha,
      limit_price: ratio - ratio / 100_000n,
    };
    expect(h.sub.dispatch(ALICE, 'swap_stake_limit', { ...lim, allow_partial: false })).toMatchObject({
      error: 'SlippageTooHigh',
    });
    expect(h.sub.dispatch(ALICE, 'swap_stake_limit', { ...lim, allow_partial: true }).ok).toBe(true);
    const left = h.sub.stake(V3, ALICE, NET);
    expect(left > 0n && left < alpha).toBe(true);

    const off = harness((sc) => {
      sc.subnets[6]!.transferToggle = false;
    });
    off.sub.dispatch(ALICE, 'add_stake', { hotkey: V3, netuid: NET, amount_staked: 100n * TAO });
    const a = off.sub.stake(V3, ALICE, NET);
    expect(
      off.sub.dispatch(ALICE, 'transfer_stake', {
        destination_coldkey: BOB,
        hotkey: V3,
        origin_netuid: NET,
        destination_netuid: 7,
        alpha_amount: a,
      }),
    ).toMatchObject({ error: 'TransferDisallowed' });
    expect(
      off.sub.validate(ALICE, 'transfer_stake', {
        destination_coldkey: BOB,
        hotkey: V3,
        origin_netuid: NET,
        destination_netuid: 7,
        alpha_amount: a,
      }),
    ).toEqual({ custom: 9 });
    const r = off.sub.dispatch(ALICE, 'transfer_stake', {
      destination_coldkey: BOB,
      hotkey: V3,
      origin_netuid: NET,
      destination_netuid: NET,
      alpha_amount: a,
    });
    expect(r.ok).toBe(true);
    expect(off.sub.stake(V3, BOB, NET)).toBeGreaterThan(a - 2n);
    if (r.ok) expect(r.events[0]!.name).toBe('StakeTransferred');
  });
});

describe('takes', () => {
  it('decrease_take by the owner; increase is rate limited', () => {
    const h = harness();
    const V1 = labelKey('validator/1');
    const take = h.sub.view.delegates.get(V1)!;
    expect(h.sub.dispatch(BOB, 'decrease_take', { hotkey: V1, take: 0 })).toMatchObject({
      error: 'NonAssociatedColdKey',
    });
    expect(h.sub.validate(BOB, 'decrease_take', { hotkey: V1, take: 0 })).toEqual({ custom: 25 });
    expect(h.sub.dispatch(ALICE, 'decrease_take', { hotkey: V1, take: take + 1 })).toMatchObject({
      error: 'DelegateTakeTooLow',
    });
    expect(h.sub.dispatch(ALICE, 'increase_take', { hotkey: V1, take: 20_000 })).toMatchObject({
      error: 'DelegateTakeTooHigh',
    });
    if (take > 0) {
      expect(h.sub.dispatch(ALICE, 'decrease_take', { hotkey: V1, take: take - 1 })).toMatchObject({ ok: true });
      expect(h.sub.dispatch(ALICE, 'increase_take', { hotkey: V1, take })).toMatchObject({
        error: 'DelegateTxRateLimitExceeded',
      });
    }
  });
});
