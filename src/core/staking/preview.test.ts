import { describe, expect, it } from 'vitest';
import { alphaOutForTaoIn, previewStake, previewUnstake, spotPrice, taoOutForAlphaIn, type Pool } from './index.ts';

const TAO = 1_000_000_000n;
const small: Pool = { taoReserve: 10n * TAO, alphaReserve: 10n * TAO }; // 10 τ / 10 α, w = 0.5

describe('previewStake on a 10 τ / 10 α pool, fee 33/65535', () => {
  /*
   * Hand calculation (w_q = w_b = 0.5, so the exponent is 1 and Δx = x·Δy / (y + Δy)):
   *   fee   = floor(10^10 × 33 / 65535)            = floor(5 035 477.23) = 5 035 477 rao
   *   Δy    = 10^10 − 5 035 477                    = 9 994 964 523 rao
   *   Δx    = floor(10^10 × 9 994 964 523 / 19 994 964 523) = 4 998 740 813 alpha rao (4.998740813 α)
   *   spot  = 1 τ/α before; after = floor(10^9 × 19 994 964 523 / 5 001 259 187) = 3 997 986 062
   *   ideal (net at spot) = 9 994 964 523 → impact = ceil(10^6 × (1 − 4 998 740 813 / 9 994 964 523)) = 499 875 ppm
   *   slippage vs gross at spot = 10^10 − 4 998 740 813 = 5 001 259 187
   *   effective price = ceil(10^19 / 4 998 740 813) = 2 000 503 802 rao per α
   * §10 observed 4.918670924 α for 10 τ into a "10 τ / 10 α" pool on spec 293: that runtime had
   * another pool model (Uniswap-V3 style) and fee, so the figures are not expected to match.
   */
  const p = previewStake({ pool: small, feeRate: 33n, amountTao: 10n * TAO });
  it('alpha out, fee, prices', () => {
    expect(p.fee).toBe(5_035_477n);
    expect(p.netIn).toBe(9_994_964_523n);
    expect(p.alphaOut).toBe(4_998_740_813n);
    expect(p.spotBefore).toBe(1_000_000_000n);
    expect(p.spotAfter).toBe(3_997_986_062n);
    expect(p.priceImpact).toBe(499_875n);
    expect(p.slippage).toBe(5_001_259_187n);
    expect(p.effectivePrice).toBe(2_000_503_802n);
    expect(p.error).toBeUndefined();
  });
  it('root / stable is 1:1 with no fee', () => {
    const r = previewStake({ pool: { ...small, mechanism: 'stable' }, feeRate: 33n, amountTao: 10n * TAO });
    expect([r.alphaOut, r.fee, r.priceImpact, r.effectivePrice]).toEqual([10n * TAO, 0n, 0n, TAO]);
  });
  it('guards', () => {
    expect(previewStake({ pool: small, feeRate: 33n, amountTao: 0n }).error).toBe('zero-amount');
    expect(
      previewStake({ pool: { taoReserve: 10n * TAO, alphaReserve: 999_999n }, feeRate: 33n, amountTao: TAO }).error,
    ).toBe('reserves-too-low');
    expect(previewStake({ pool: small, feeRate: 0n, amountTao: 10_001n * 10n * TAO }).error).toBe('input-too-large');
  });
});

describe('previewUnstake of 1 α from the same pool', () => {
  /*
   * fee = floor(10^9 × 33 / 65535) = 503 547 alpha rao; net = 999 496 453
   * Δy  = floor(10^10 × 999 496 453 / 10 999 496 453) = 908 674 735 rao
   * spot after = floor(10^9 × (10^10 − 908 674 735) / 10 999 496 453) = 826 521 950
   * impact = ceil(10^6 × (1 − 908 674 735 / 999 496 453)) = 90 868 ppm; effective = 908 674 735 rao/α
   */
  it('TAO out and prices', () => {
    const u = previewUnstake({ pool: small, feeRate: 33n, amountAlpha: TAO });
    expect([u.fee, u.netIn, u.taoOut, u.spotAfter, u.priceImpact, u.effectivePrice]).toEqual([
      503_547n,
      999_496_453n,
      908_674_735n,
      826_521_950n,
      90_868n,
      908_674_735n,
    ]);
  });
});

describe('weighted pools', () => {
  it('w_q = 0.6: exponent 3/2 is computed exactly', () => {
    // x = 10 α, y = 15 τ; spot = (0.4/0.6)·(15/10) = 1 τ/α.
    // Buy 1 τ (no fee): Δx = x·(1 − (15/16)^(0.6/0.4)) = 10^10 − ceil(sqrt(10^20 · 15³/16³)) = 922 695 282 (Decimal: 922 695 282.326…)
    const pool: Pool = { taoReserve: 15n * TAO, alphaReserve: 10n * TAO, quoteWeight: 600_000_000_000_000_000n };
    expect(spotPrice(pool)).toBe(TAO);
    expect(alphaOutForTaoIn(pool, TAO)).toBe(922_695_282n);
  });
  it('arbitrary weight 0.512345678901234567 (fixed-point path) matches 120-digit Decimal', () => {
    const pool: Pool = {
      taoReserve: 98_765_432_109_876n,
      alphaReserve: 123_456_789_012_345n,
      quoteWeight: 512_345_678_901_234_567n,
    };
    expect(alphaOutForTaoIn(pool, 5_000_000_000_000n)).toBe(6_242_303_571_045n); // Decimal 6 242 303 571 045.117…
    expect(taoOutForAlphaIn(pool, 7_000_000_000_000n)).toBe(5_050_766_543_847n); // Decimal 5 050 766 543 847.880…
    expect(spotPrice(pool)).toBe(761_445_790n); // 761 445 790.409…
  });
});
