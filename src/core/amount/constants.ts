/** Money constants. Every amount in TaoVault is a bigint of the smallest unit (rao; alpha also has 9 decimals). */

/** Decimals of TAO and of every subnet alpha token (SUBTENSOR_FACTS §0, §1.1). */
export const DECIMALS = 9;
/** 1 TAO in rao, and 1 alpha in alpha-rao. */
export const RAO_PER_TAO = 1_000_000_000n;
/** Balances and alpha are u64 on chain (§0 "Balance type"). */
export const U64_MAX = 18_446_744_073_709_551_615n;
/** Default display symbol for TAO (ARCHITECTURE "Amounts"). */
export const TAO_SYMBOL = 'τ';
/** Fallback display symbol for a subnet's alpha when the subnet has no symbol of its own. */
export const ALPHA_SYMBOL = 'α';
