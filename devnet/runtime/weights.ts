// Declared weights of the calls the devnet dispatches, per runtime: what `TransactionPaymentApi_query_info` reports
// as `weight` (the call's weight, without the base extrinsic weight) and the fee is computed from, with the call's
// dispatch class and whether it pays.
//  - SubtensorModule: the `#[pallet::weight]` attributes of pallets/subtensor/src/macros/dispatches.rs; Utility and
//    Proxy: Subtensor's own copies of those pallets (pallets/utility, pallets/proxy: lib.rs attributes and the
//    SubstrateWeight functions of weights.rs), all at opentensor/subtensor beda29a3b for spec 293 and bfb111186 for
//    spec 346. Database reads and writes are priced with the runtime's DbWeight constant (System.DbWeight in the
//    metadata); a proxy's weight uses MaxProxies (Proxy.MaxProxies, 20).
//  - Balances, Timestamp and System.remark come from polkadot-sdk (polkadot-stable2412-6 for spec 293), whose
//    benchmark files are not available here: these constants are the spec-293 runtime's own answers to
//    `TransactionPaymentCallApi_query_call_info`, and tests/conformance checks each against the runtime. Spec 346
//    (stable2503-6) uses the same: its benchmarks are not available either (a known difference, devnet/README.md).
// How composite calls count what they wrap differs between the two (see CompositeRules).

export type DispatchClass = 'Normal' | 'Operational' | 'Mandatory';

export interface Weight {
  refTime: bigint;
  proofSize: bigint;
}

/** A call's own declared weight: base + database accesses. */
export interface CallWeightDecl {
  refTime: bigint;
  proofSize: bigint;
  reads: bigint;
  writes: bigint;
  class: DispatchClass;
  pays: boolean;
  /** ref_time per byte of the call's payload (System.remark(b)). */
  perByte?: bigint;
}

/** A weight linear in a count (calls in a batch, MaxProxies): base + per × n, plus database accesses. */
export interface LinearWeightDecl {
  base: bigint;
  per: bigint;
  proofSize: bigint;
  reads: bigint;
  writes: bigint;
}

/**
 * How Utility batches and Proxy.proxy weigh and charge what they wrap.
 *  - spec 293 (Subtensor's pallets at beda29a3b): only inner calls that pay add their weight; the batch or proxy
 *    call itself always pays; force_batch reports `batch(n)`'s weight after running (so part is refunded).
 *  - spec 346 (bfb111186): every inner call adds its weight; a batch pays only if every inner call pays, a proxy
 *    pays if its call does; force_batch reports `force_batch(n)`.
 */
export interface CompositeRules {
  innerWeightOnlyIfPays: boolean;
  payLikeInner: boolean;
  forceBatchReportsBatch: boolean;
}

export interface RuntimeWeights {
  /** The spec version whose source the Subtensor entries were read from. */
  spec: number;
  calls: Readonly<Record<string, CallWeightDecl>>;
  /** Utility: own weight for c calls. */
  batches: Readonly<Record<'batch' | 'batch_all' | 'force_batch', LinearWeightDecl>>;
  /** Proxy: own weight for p = MaxProxies (proxy's includes the reads_writes(1, 1) its attribute adds). */
  proxy: Readonly<Record<'proxy' | 'add_proxy' | 'remove_proxy' | 'remove_proxies', LinearWeightDecl>>;
  rules: CompositeRules;
}

const decl = (
  refTime: bigint,
  proofSize: bigint,
  reads: bigint,
  writes: bigint,
  cls: DispatchClass,
  pays: boolean,
): CallWeightDecl => ({ refTime, proofSize, reads, writes, class: cls, pays });
const flat = (refTime: bigint, proofSize: bigint, cls: DispatchClass = 'Normal'): CallWeightDecl =>
  decl(refTime, proofSize, 0n, 0n, cls, true);

/** polkadot-sdk calls as the spec-293 runtime weighs them (see the header: the runtime's answers, not read). */
const POLKADOT_SDK: Record<string, CallWeightDecl> = {
  'Balances.transfer_allow_death': flat(176_105_000n, 3_593n),
  'Balances.transfer_keep_alive': flat(165_655_000n, 3_593n),
  'Balances.transfer_all': flat(176_205_000n, 3_593n),
  'Timestamp.set': flat(160_560_000n, 1_493n, 'Mandatory'),
  /** remark(b): 2,169,000 for no bytes, +387 per byte (the runtime's answers for 0, 1 and 32 bytes). */
  'System.remark': { ...flat(2_169_000n, 0n), perByte: 387n },
};

const lin = (base: bigint, per: bigint, proofSize: bigint, reads: bigint, writes = 0n): LinearWeightDecl => ({
  base,
  per,
  proofSize,
  reads,
  writes,
});

/** pallets/utility/src/weights.rs, SubstrateWeight (both reads are SafeMode / TxPause lookups). */
const BATCHES_293: RuntimeWeights['batches'] = {
  batch: lin(2_694_370n, 5_005_941n, 3_997n, 2n),
  batch_all: lin(12_948_874n, 5_162_821n, 3_997n, 2n),
  force_batch: lin(4_879_712n, 4_955_816n, 3_997n, 2n),
};
const BATCHES_346: RuntimeWeights['batches'] = {
  batch: lin(4_034_000n, 4_914_560n, 3_997n, 2n),
  batch_all: lin(4_075_000n, 5_127_263n, 3_997n, 2n),
  force_batch: lin(4_035_000n, 4_902_729n, 3_997n, 2n),
};
/** pallets/proxy/src/weights.rs, SubstrateWeight; `proxy` adds the attribute's reads_writes(1, 1). */
const PROXY_293: RuntimeWeights['proxy'] = {
  proxy: lin(19_655_145n, 36_306n, 4_706n, 4n, 1n),
  add_proxy: lin(22_358_457n, 64_322n, 4_706n, 1n, 1n),
  remove_proxy: lin(22_579_308n, 62_404n, 4_706n, 1n, 1n),
  remove_proxies: lin(21_456_750n, 45_387n, 4_706n, 1n, 1n),
};
const PROXY_346: RuntimeWeights['proxy'] = {
  proxy: lin(25_084_085n, 33_574n, 4_706n, 4n, 1n),
  add_proxy: lin(28_296_216n, 50_271n, 4_706n, 1n, 1n),
  remove_proxy: lin(28_379_566n, 45_784n, 4_706n, 1n, 1n),
  remove_proxies: lin(25_821_878n, 33_972n, 4_706n, 1n, 1n),
};

const N = 'Normal';
const O = 'Operational';

/** opentensor/subtensor beda29a3b (spec 293), dispatches.rs. */
const SUBTENSOR_293: Record<string, CallWeightDecl> = {
  'SubtensorModule.add_stake': decl(345_500_000n, 0n, 26n, 15n, N, false),
  'SubtensorModule.remove_stake': decl(196_800_000n, 0n, 19n, 10n, N, false),
  'SubtensorModule.add_stake_limit': decl(402_800_000n, 0n, 26n, 15n, N, false),
  'SubtensorModule.remove_stake_limit': decl(403_800_000n, 0n, 30n, 14n, N, false),
  'SubtensorModule.remove_stake_full_limit': decl(398_000_000n, 10_142n, 30n, 14n, N, false),
  'SubtensorModule.unstake_all': decl(30_190_000n, 0n, 6n, 0n, O, false),
  'SubtensorModule.unstake_all_alpha': decl(369_500_000n, 0n, 33n, 16n, O, false),
  'SubtensorModule.move_stake': decl(419_500_000n, 0n, 32n, 20n, O, false),
  'SubtensorModule.transfer_stake': decl(432_600_000n, 0n, 31n, 19n, O, false),
  'SubtensorModule.swap_stake': decl(351_300_000n, 0n, 32n, 17n, O, false),
  'SubtensorModule.swap_stake_limit': decl(426_500_000n, 0n, 32n, 17n, O, false),
  'SubtensorModule.decrease_take': decl(37_380_000n, 0n, 3n, 2n, N, false),
  'SubtensorModule.increase_take': decl(44_630_000n, 0n, 5n, 2n, N, false),
  'SubtensorModule.try_associate_hotkey': decl(32_560_000n, 0n, 3n, 3n, O, true),
};

/** opentensor/subtensor bfb111186 (spec 346), dispatches.rs. */
const SUBTENSOR_346: Record<string, CallWeightDecl> = {
  'SubtensorModule.add_stake': decl(340_800_000n, 0n, 25n, 16n, N, true),
  'SubtensorModule.remove_stake': decl(196_800_000n, 0n, 19n, 10n, N, true),
  'SubtensorModule.add_stake_limit': decl(402_900_000n, 0n, 25n, 16n, N, true),
  'SubtensorModule.remove_stake_limit': decl(377_400_000n, 0n, 29n, 15n, N, true),
  'SubtensorModule.remove_stake_full_limit': decl(395_300_000n, 10_142n, 29n, 15n, N, true),
  'SubtensorModule.unstake_all': decl(28_830_000n, 0n, 6n, 0n, N, true),
  'SubtensorModule.unstake_all_alpha': decl(358_500_000n, 0n, 41n, 26n, N, true),
  'SubtensorModule.move_stake': decl(164_300_000n, 0n, 15n, 7n, N, true),
  'SubtensorModule.transfer_stake': decl(160_300_000n, 0n, 13n, 6n, N, true),
  'SubtensorModule.swap_stake': decl(351_300_000n, 0n, 37n, 24n, N, true),
  'SubtensorModule.swap_stake_limit': decl(411_500_000n, 0n, 37n, 24n, N, true),
  'SubtensorModule.decrease_take': decl(30_020_000n, 0n, 3n, 2n, N, false),
  'SubtensorModule.increase_take': decl(36_710_000n, 0n, 5n, 2n, N, false),
  'SubtensorModule.try_associate_hotkey': decl(27_150_000n, 0n, 3n, 3n, N, true),
  'SubtensorModule.claim_root': decl(117_000_000n, 7_767n, 12n, 4n, N, true),
  'SubtensorModule.set_root_claim_type': decl(19_420_000n, 0n, 0n, 4n, N, true),
};

export const WEIGHTS_293: RuntimeWeights = {
  spec: 293,
  calls: { ...POLKADOT_SDK, ...SUBTENSOR_293 },
  batches: BATCHES_293,
  proxy: PROXY_293,
  rules: { innerWeightOnlyIfPays: true, payLikeInner: false, forceBatchReportsBatch: true },
};
export const WEIGHTS_346: RuntimeWeights = {
  spec: 346,
  calls: { ...POLKADOT_SDK, ...SUBTENSOR_346 },
  batches: BATCHES_346,
  proxy: PROXY_346,
  rules: { innerWeightOnlyIfPays: false, payLikeInner: true, forceBatchReportsBatch: false },
};

/** The table of the newest runtime not newer than `specVersion` (spec 346's for anything from 346 on). */
export function weightsFor(specVersion: number): RuntimeWeights {
  return specVersion >= WEIGHTS_346.spec ? WEIGHTS_346 : WEIGHTS_293;
}
