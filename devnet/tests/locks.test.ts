// Conviction locks in the current-runtime mode (devnet/subtensor/locks.ts, from opentensor/subtensor HEAD lock.rs):
// the runtime API answers total / locked / available per subnet, the lock decays with UnlockRate, and an unstake or
// a cross-subnet move of locked alpha fails at dispatch with StakeUnavailable, fee paid, while what is available goes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAddress } from '@polkadot/util-crypto';
import { metadataCurrent } from '../chain/metadata-current.ts';
import { defaultScenario, DEV_ACCOUNTS } from '../subtensor/index.ts';
import { decayFactor } from '../subtensor/locks.ts';
import { harness, sendAndFinalize, type Harness } from './helpers.ts';

const TAO = 1_000_000_000n;
const scenario = defaultScenario();
const own = scenario.validators[0]!;
const hot = encodeAddress(own.hotkey, 42);
const LOCKED = 1_200n * TAO;
const UNLOCK_RATE = 1_000n;

describe('decayFactor', () => {
  it('is exp(−dt/τ) in 2^-96 units: 1 at 0, 1/e at τ, e^-40 beyond 40 τ', () => {
    const one = 1n << 96n;
    expect(decayFactor(0n, 10n)).toBe(one);
    // e^-1 = 0.36787944117144233…
    expect(Number((decayFactor(1_000n, 1_000n) * 10n ** 15n) / one)).toBe(367_879_441_171_442);
    expect(decayFactor(10_000_000n, 1n)).toBe(decayFactor(40n, 1n));
  });
});

describe('conviction locks (current-runtime devnet)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({
      metadata: metadataCurrent(),
      scenario: {
        subtensor: {
          ...scenario,
          params: { ...scenario.params, unlockRate: UNLOCK_RATE },
          locks: [{ coldkey: DEV_ACCOUNTS.alice, hotkey: own.hotkey, netuid: 2, amount: LOCKED }],
        },
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const availability = async () => {
    const call = h.api.call['stakeInfoRuntimeApi']!['getStakeAvailabilityForColdkeys']!;
    const got = (await call([h.alice.address], [2, 5])).toJSON();
    if (!got || typeof got !== 'object' || Array.isArray(got)) throw new Error('not a map');
    return Object.values(got)[0];
  };

  it('answers total, locked and available per subnet, the lock decaying', async () => {
    const at0 = await availability();
    const total = BigInt(own.stakes.find((s) => s.netuid === 2)!.alpha);
    expect(at0).toEqual({
      2: { total: Number(total), locked: Number(LOCKED), available: Number(total - LOCKED) },
      5: { total: Number(own.stakes.find((s) => s.netuid === 5)!.alpha), locked: 0, available: expect.any(Number) },
    });
    await sendAndFinalize(h.api, h.api.tx.system.remark('0x00'), h.bob);
    const after = await availability();
    const expected = (LOCKED * decayFactor(1n, UNLOCK_RATE)) / (1n << 96n);
    expect(BigInt((after as Record<string, { locked: number }>)['2']!.locked)).toBe(expected);
  });

  it('refuses an unstake of locked alpha at dispatch (fee paid) and lets the available part go', async () => {
    const { api, alice } = h;
    const tx = api.tx['subtensorModule']!;
    const before = (await api.query.system.account(alice.address)).data.free.toBigInt();
    const failed = await sendAndFinalize(api, tx['removeStake']!(hot, 2, 600n * TAO), alice);
    expect(failed.dispatchError).toBe('subtensorModule.StakeUnavailable');
    const paid = failed.records
      .map((r) => r.event)
      .find((e) => e.section === 'transactionPayment' && e.method === 'TransactionFeePaid');
    expect(before - (await api.query.system.account(alice.address)).data.free.toBigInt()).toBe(
      BigInt(paid?.data[1]?.toString() ?? '-1'),
    );
    // A move to another subnet is held to the same rule; within the subnet it is not.
    const moved = await sendAndFinalize(api, tx['swapStake']!(hot, 2, 5, 600n * TAO), alice);
    expect(moved.dispatchError).toBe('subtensorModule.StakeUnavailable');
    const other = encodeAddress(scenario.validators[1]!.hotkey, 42);
    const within = await sendAndFinalize(api, tx['moveStake']!(hot, other, 2, 2, 600n * TAO), alice);
    expect(within.dispatchError).toBeNull();
    const all = await sendAndFinalize(api, tx['unstakeAll']!(hot), alice);
    expect(all.dispatchError).toBe('subtensorModule.StakeUnavailable');
    const ok = await sendAndFinalize(api, tx['removeStake']!(hot, 2, 400n * TAO), alice);
    expect(ok.dispatchError).toBeNull();
  });
});
