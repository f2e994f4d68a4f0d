import { describe, expect, it } from 'vitest';
import {
  basketClaimPays,
  basketPayout,
  basketRateIncrement,
  basketSharesForValue,
  basketTake,
  mulDivU64,
  owedBasketShares,
  rebasedClaimed,
} from './root-basket.ts';

const ONE = 1n << 32n; // 1.0 in I96F32
const TAO = 1_000_000_000n;
const U64_MAX = (1n << 64n) - 1n;

describe('Root Reborn baskets, as claim_root.rs computes them', () => {
  it('owed shares = floor(rate × root stake − claimed), never below 0', () => {
    // 0.25 shares per rao of root stake, 1000 rao staked, nothing claimed.
    expect(owedBasketShares(ONE / 4n, 1_000n, 0n)).toBe(250n);
    expect(owedBasketShares(ONE / 4n, 1_000n, 100n)).toBe(150n);
    // A watermark above the entitlement owes nothing (not a negative amount).
    expect(owedBasketShares(ONE / 4n, 1_000n, 900n)).toBe(0n);
    // The fixed-point product is floored: 1/3 per rao (bits floored) × 10 rao = 3.33… → 3.
    expect(owedBasketShares(ONE / 3n, 10n, 0n)).toBe(3n);
    // A negative watermark is a share grant (stake_into_basket): owed without any root stake.
    expect(owedBasketShares(ONE / 4n, 0n, -40n)).toBe(40n);
    // Saturation: an absurd product is capped at u64, as saturating_to_num::<u64> does.
    expect(owedBasketShares(1n << 100n, 1n << 60n, 0n)).toBe(U64_MAX);
  });

  it('a claim pays min(owed × NAV / P, NAV) in u128 arithmetic, 0 for an empty fund', () => {
    expect(basketPayout(25n, 1_000n * TAO, 100n)).toBe(250n * TAO);
    // Floors: 1 share of 3 on a 10-rao fund is 3 rao.
    expect(basketPayout(1n, 10n, 3n)).toBe(3n);
    // Owed above the outstanding shares is capped at them (all of the fund, never more).
    expect(basketPayout(500n, 7n * TAO, 100n)).toBe(7n * TAO);
    expect(basketPayout(5n, 7n * TAO, 0n)).toBe(0n);
    // u64 × u64 does not overflow (u128 product).
    expect(basketPayout(U64_MAX / 2n, U64_MAX / 2n, U64_MAX)).toBe(((U64_MAX / 2n) * (U64_MAX / 2n)) / U64_MAX);
  });

  it('a claim sells holding × owed / P of every holding', () => {
    expect(basketTake(9_000n, 1n, 3n)).toBe(3_000n);
    expect(basketTake(10n, 1n, 3n)).toBe(3n);
    expect(basketTake(10n, 5n, 3n)).toBe(10n);
    expect(mulDivU64(1n, 1n, 0n)).toBe(0n);
  });

  it('the chain skips a payout below RootClaimableThreshold(ROOT) (I96F32 bits) and a payout of 0', () => {
    const threshold = 500_000n << 32n; // the runtime's default, 500,000 rao
    expect(basketClaimPays(499_999n, threshold)).toBe(false);
    expect(basketClaimPays(500_000n, threshold)).toBe(true);
    expect(basketClaimPays(0n, 0n)).toBe(false);
  });

  it('a root-stake change rebases the watermark so the owed shares stay the same', () => {
    const rate = (3n * ONE) / 10n; // 0.3 shares per rao
    const stake = 1_000n * TAO;
    const claimed = 12_345n;
    const owed = owedBasketShares(rate, stake, claimed);
    // Unstake 400 τ: the watermark drops by floor(rate × −400 τ), so the owed shares survive the exit (up to the
    // one share the two floors can add: floor(a) + ceil(b) ≥ floor(a + b)).
    const down = rebasedClaimed(rate, claimed, -400n * TAO);
    expect(owedBasketShares(rate, 600n * TAO, down) - owed).toBeOneOf([0n, 1n]);
    // Stake 250 τ more: new stake does not claim past dividends (floor(a) − floor(b) ≤ floor(a − b) + 1).
    const up = rebasedClaimed(rate, claimed, 250n * TAO);
    expect(owedBasketShares(rate, 1_250n * TAO, up) - owed).toBeOneOf([0n, 1n]);
    // With a rate that is exact in binary, nothing is lost or gained at all.
    const half = ONE / 2n;
    const owedHalf = owedBasketShares(half, stake, claimed);
    expect(owedBasketShares(half, 600n * TAO, rebasedClaimed(half, claimed, -400n * TAO))).toBe(owedHalf);
    expect(rebasedClaimed(0n, 7n, 100n)).toBe(7n);
  });

  it('deposits mint at NAV: par first, value × P / N after, nothing against a drained fund with real shares', () => {
    expect(basketSharesForValue(5n * TAO, 0n, 0n)).toBe(5n * TAO);
    expect(basketSharesForValue(10n * TAO, 40n * TAO, 20n * TAO)).toBe(5n * TAO);
    expect(basketSharesForValue(10_000n, 0n, 100n)).toBe(10_000n); // dust shares: revive at par
    expect(basketSharesForValue(10_000n, 0n, 101n)).toBe(0n);
    expect(basketRateIncrement(5n * TAO, 100n * TAO)).toBe(ONE / 20n);
    expect(basketRateIncrement(1n, 0n)).toBe(0n);
  });
});
