import { describe, expect, it } from 'vitest';
import { ALICE, harness, TAO } from './test-helpers.ts';
import { labelKey } from './scenario.ts';

const V3 = labelKey('validator/3');
const V1 = labelKey('validator/1'); // owned by //Alice

describe('validation modes and edges', () => {
  it("'head' mode leaves staking errors to dispatch but still checks takes", () => {
    const h = harness(undefined, { validation: 'head' });
    const args = { hotkey: V3, netuid: 4, amount_staked: TAO, limit_price: 1n, allow_partial: false };
    expect(h.sub.validate(ALICE, 'add_stake_limit', args)).toBeNull();
    expect(h.sub.dispatch(ALICE, 'add_stake_limit', args)).toMatchObject({ ok: false, error: 'ZeroMaxStakeAmount' });
    expect(h.sub.validate(ALICE, 'increase_take', { hotkey: V1, take: 60_000 })).toEqual({ custom: 27 });
    expect(h.sub.validate(ALICE, 'transfer_keep_alive', {})).toBeNull();
  });

  it('malformed arguments are a caller bug (TypeError), unknown calls throw', () => {
    const h = harness();
    expect(() => h.sub.dispatch(ALICE, 'add_stake', { hotkey: 'nope', netuid: 4, amount_staked: TAO })).toThrow(
      TypeError,
    );
    expect(h.sub.validate(ALICE, 'add_stake', { hotkey: V3 })).toEqual({ custom: 255 });
    expect(() => h.sub.dispatch(ALICE, 'burned_register', {})).toThrow(/not implemented/);
  });

  it("the hotkey owner's own small remainder is never swept", () => {
    const h = harness();
    // //Alice owns validator 1 (registered on 2, 5, 8); her own stake on subnet 2:
    const own = h.sub.stake(V1, ALICE, 2);
    const keep = (5_000_000n * TAO) / h.sub.price(2); // 0.005 TAO worth, below the 0.02 TAO threshold
    expect(h.sub.dispatch(ALICE, 'remove_stake', { hotkey: V1, netuid: 2, amount_unstaked: own - keep }).ok).toBe(true);
    expect(h.sub.stake(V1, ALICE, 2)).toBeGreaterThan(0n);
  });
});
