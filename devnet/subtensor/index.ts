/**
 * Subtensor economics of the local devnet: pure TypeScript over bigint (no SCALE, no network, no
 * metadata). The chain half (devnet/chain, devnet/rpc) drives it:
 *
 *   const sub = new Subtensor(scenario, balancesPort, { validation: 'staking' });
 *   sub.validate(origin, 'add_stake_limit', args)   // null | { custom } → 1010 Invalid custom(code)
 *   sub.dispatch(origin, 'add_stake', { hotkey, netuid, amount_staked })
 *       // { ok: true, events } | { ok: false, error: 'SlippageTooHigh', pallet: 'SubtensorModule' }
 *   sub.onInitialize(blockNumber)                   // coinbase + due epochs, before the block's extrinsics
 *   sub.onFinalize(blockNumber)                     // clears the staking rate limiter
 *   for (const e of sub.storageEntries()) …         // encode with the metadata's storage types
 *   sub.runtimeApi('SwapRuntimeApi', 'sim_swap_tao_for_alpha', [netuid, tao])
 *
 * Conventions: accounts are lowercase 0x hex public keys; amounts bigint rao / alpha-rao; netuid a
 * number; call and arg names are the metadata's snake_case names; errors are metadata variant names;
 * events carry positional data in metadata field order; runtime-API and storage values use the
 * metadata's snake_case field names and createType-compatible shapes.
 * Every TAO movement goes through the BalancesPort (see types.ts for its contract); staked TAO lives in
 * the subnet accounts (`subnetAccount(netuid)`), which always hold exactly SubnetTAO.
 */
export type {
  AccountHex,
  NetUid,
  ChainEvent,
  DispatchResult,
  BalancesPort,
  StorageEntry,
  ValidityError,
  DispatchArgs,
  EventPallet,
  ErrorPallet,
} from './types.ts';
export { Subtensor, type SubtensorOptions } from './subtensor.ts';
export type {
  ScenarioSubtensor,
  ScenarioSubnet,
  ScenarioValidator,
  ScenarioNomination,
  ScenarioParams,
  Amount,
} from './scenario.ts';
export { DEV_ACCOUNTS, labelKey } from './scenario.ts';
export { defaultScenario } from './default-scenario.ts';
export { subnetAccount, ED } from './accounts.ts';
export { SUBTENSOR_ERRORS, SWAP_ERRORS, customCode } from './errors.ts';
export { blockEmission, MAX_TAO_ISSUANCE } from './emission.ts';
export type { EpochReport, HotkeyDividend, Credit } from './epoch.ts';
export { CALLS } from './calls.ts';
