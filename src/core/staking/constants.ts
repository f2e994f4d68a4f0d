/** Chain constants for staking math (SUBTENSOR_FACTS §1.4, §2, §4.1, §5). Live values may differ: read storage. */

/** Swap fee rates are u16 parts of 65535 (Swap.FeeRate; default 33 ≈ 0.05035%). */
export const FEE_DENOMINATOR = 65_535n;
export const DEFAULT_FEE_RATE = 33n;
/** SwapBalancer.quote is a Perquintill: 10^18 = 1.0; default 0.5. */
export const PERQUINTILL = 1_000_000_000_000_000_000n;
export const HALF_PERQUINTILL = PERQUINTILL / 2n;
/** DefaultMinStake = 2 000 000 rao (0.002 TAO). */
export const DEFAULT_MIN_STAKE = 2_000_000n;
/** Implicit price limits of add_stake / remove_stake, in rao per alpha (§1.2). */
export const MAX_PRICE = 1_000_000_000_000_000n;
export const MIN_PRICE = 1_000n;
/** A swap needs the output reserve ≥ this (SwapMinimumReserve). */
export const SWAP_MINIMUM_RESERVE = 1_000_000n;
/** Net input above this multiple of the input reserve is refused (SwapInputTooLarge). */
export const MAX_INPUT_RESERVE_MULTIPLE = 1_000n;
/** Basis points: tolerances are given in 1/10 000. */
export const BPS = 10_000n;
/** Parts per million, the unit of price-impact figures. */
export const PPM = 1_000_000n;
