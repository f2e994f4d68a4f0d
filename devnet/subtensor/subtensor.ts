/**
 * The Subtensor model the chain half drives: dispatch / validate / onInitialize / storageEntries /
 * runtimeApi, plus read helpers and the dividend ledger for tests.
 */
import { subnetAccount } from './accounts.ts';
import { CALLS, CALLS_293, STAKING_CALLS, TAKE_CALLS, VALIDATED_293 } from './calls.ts';
import { runCoinbase, type CoinbaseReport } from './emission.ts';
import { runEpoch, shouldRunEpoch, type EpochReport } from './epoch.ts';
import { customCode, customCode293, ModuleError } from './errors.ts';
import { coldkeySwapGuard } from './coldkey-swap.ts';
import { buildState } from './genesis.ts';
import { JournaledBalances, OverlayBalances } from './journal.ts';
import { stakeOf, type Ctx } from './stake-ops.ts';
import { spotPrice } from './pools.ts';
import { runtimeApi } from './runtime-api.ts';
import type { ScenarioSubtensor } from './scenario.ts';
import { sortedNetuids, swapPool, type State } from './state.ts';
import { storageEntries } from './storage.ts';
import type {
  AccountHex,
  BalancesPort,
  ChainEvent,
  DispatchArgs,
  DispatchResult,
  NetUid,
  StorageEntry,
  ValidityError,
} from './types.ts';

export interface SubtensorOptions {
  /**
   * Which checks run at pool validation (facts §1.4 and §10):
   *  - 'staking' (default): the staking and take calls are dry-run against the current state and a
   *    module error becomes InvalidTransaction::Custom(code). This is what the spec293 node did
   *    (§10: add_stake_limit below spot → custom(14), SlippageTooHigh → custom(8)) and what the
   *    spec346-era SubtensorTransactionExtension did for staking calls.
   *  - 'head': only the take bounds/ownership checks (HEAD's extension, §1.4 "At HEAD, only these
   *    checks run at pool validation time"); staking amount errors then surface at dispatch, fee paid.
   * Default: 'head' for runtimes newer than spec 346 (the current-runtime mode, spec 459), else 'staking'.
   */
  validation?: 'staking' | 'head';
  /** Epoch reports kept for the ledger (oldest dropped first). Default 10,000. */
  ledgerLimit?: number;
  /** Swap-fee recipient (the block author) used when the scenario's params.feeRecipient is absent (not on spec 293). */
  defaultFeeRecipient?: AccountHex | null;
  /**
   * The runtime's spec version: up to 293 the model follows spec 293 where it differs (staking293.ts: checks and
   * their order, pool validation, moves, the rate limiter; swap fees stay with the pool); newer runtimes get the
   * spec-346 model. Default 346.
   */
  spec?: number;
}

export class Subtensor {
  private state: State;
  private readonly epochs: EpochReport[] = [];
  private readonly opts: Required<SubtensorOptions>;
  lastCoinbase: CoinbaseReport | null = null;

  constructor(
    scenario: ScenarioSubtensor,
    private readonly balances: BalancesPort,
    options: SubtensorOptions = {},
  ) {
    this.state = buildState(scenario, balances);
    this.state.spec = options.spec !== undefined && options.spec <= 293 ? 293 : 346;
    if (
      scenario.params?.feeRecipient === undefined &&
      options.defaultFeeRecipient !== undefined &&
      this.state.spec !== 293
    ) {
      this.state.params.feeRecipient =
        options.defaultFeeRecipient === null ? null : (options.defaultFeeRecipient.toLowerCase() as AccountHex);
    }
    this.opts = {
      validation: options.validation ?? (options.spec !== undefined && options.spec > 346 ? 'head' : 'staking'),
      ledgerLimit: options.ledgerLimit ?? 10_000,
      defaultFeeRecipient: options.defaultFeeRecipient ?? null,
      spec: this.state.spec,
    };
  }

  private calls(): Readonly<Record<string, (ctx: Ctx, origin: AccountHex, args: DispatchArgs) => void>> {
    return this.state.spec === 293 ? CALLS_293 : CALLS;
  }

  /** Executes a call transactionally: on failure neither our state nor balances change. */
  dispatch(origin: AccountHex, method: string, args: DispatchArgs, events: ChainEvent[] = []): DispatchResult {
    const handler = this.calls()[method];
    if (!handler) throw new Error(`SubtensorModule.${method} is not implemented by the devnet's Subtensor model`);
    const before = structuredClone(this.state);
    const journal = new JournaledBalances(this.balances);
    // Events go straight into `events` (the block's, when the chain passes them) in the order they happen.
    const ctx: Ctx = { state: this.state, balances: journal, events, phase: 'dispatch' };
    try {
      handler(ctx, origin.toLowerCase() as AccountHex, args);
      return { ok: true, events: ctx.events };
    } catch (e) {
      this.state = before;
      journal.rollback();
      if (e instanceof ModuleError) return { ok: false, error: e.variant, pallet: e.pallet };
      throw e;
    }
  }

  /** CheckColdkeySwap for any call `pallet.method` of `origin` (null: allowed), at validation and at dispatch. */
  guard(origin: AccountHex, pallet: string, method: string): { error: string; custom: number } | null {
    const error = coldkeySwapGuard(this.state, origin.toLowerCase() as AccountHex, pallet, method);
    return error ? { error, custom: customCode(error) } : null;
  }

  /** Pool-side validation; null = valid. Never changes state. See SubtensorOptions.validation. */
  validate(origin: AccountHex, method: string, args: DispatchArgs): ValidityError | null {
    const spec293 = this.state.spec === 293;
    const checked = spec293
      ? VALIDATED_293.has(method)
      : TAKE_CALLS.has(method) || (this.opts.validation === 'staking' && STAKING_CALLS.has(method));
    const handler = this.calls()[method];
    if (!checked || !handler) return null;
    const dry = structuredClone(this.state);
    try {
      handler(
        { state: dry, balances: new OverlayBalances(this.balances), events: [], phase: 'validate' },
        origin.toLowerCase() as AccountHex,
        args,
      );
      return null;
    } catch (e) {
      if (e instanceof ModuleError) return { custom: spec293 ? customCode293(e.variant) : customCode(e.variant) };
      if (e instanceof TypeError) return { custom: 255 };
      throw e;
    }
  }

  /**
   * Start of block n (on_initialize → block_step → run_coinbase on the chain): the coinbase and the epochs due in
   * it run here, before the block's extrinsics.
   */
  onInitialize(blockNumber: number): ChainEvent[] {
    this.state.block = blockNumber;
    return this.emissionStep(blockNumber);
  }

  /** End of a block (on_finalize): the staking rate limiter is cleared. */
  onFinalize(_blockNumber: number): ChainEvent[] {
    this.state.stakeOpLimit = [];
    return [];
  }

  /** Per-block coinbase, then the epochs that are due. Emits no events (the chain emits none here). */
  private emissionStep(blockNumber: number): ChainEvent[] {
    this.state.block = blockNumber;
    const ctx: Ctx = { state: this.state, balances: this.balances, events: [] };
    this.lastCoinbase = runCoinbase(ctx, blockNumber);
    for (const n of sortedNetuids(this.state)) {
      const s = this.state.subnets.get(n)!;
      if (shouldRunEpoch(s, blockNumber)) this.epochs.push(runEpoch(ctx, s, blockNumber));
    }
    if (this.epochs.length > this.opts.ledgerLimit) this.epochs.splice(0, this.epochs.length - this.opts.ledgerLimit);
    return ctx.events;
  }

  storageEntries(): Iterable<StorageEntry> {
    return [...storageEntries(this.state, this.balances)];
  }

  /** Args positionally (or a record in metadata arg order). Throws for methods not implemented. */
  runtimeApi(api: string, method: string, args: unknown[] | Record<string, unknown>): unknown {
    return runtimeApi(this.state, api, method, args);
  }

  // ---- read helpers (tests, the chain half's bench/demo) ----

  stake(hotkey: AccountHex, coldkey: AccountHex, netuid: NetUid): bigint {
    return stakeOf(this.state, hotkey, coldkey, netuid);
  }
  price(netuid: NetUid): bigint {
    const s = this.state.subnets.get(netuid);
    return s ? spotPrice(swapPool(s)) : 0n;
  }
  netuids(): NetUid[] {
    return sortedNetuids(this.state);
  }
  subnetAccount(netuid: NetUid): AccountHex {
    return subnetAccount(netuid);
  }
  /** Read-only view of the state (do not mutate). */
  get view(): Readonly<State> {
    return this.state;
  }
  /** Epoch reports, oldest first: dividends, takes, owner cut, miner, per-coldkey credits. */
  ledger(): readonly EpochReport[] {
    return this.epochs;
  }
  /** Σ credited alpha to (hotkey, coldkey, netuid) by epochs at blocks in [fromBlock, toBlock]. */
  earnings(
    hotkey: AccountHex,
    coldkey: AccountHex,
    netuid: NetUid,
    fromBlock = 0,
    toBlock = Number.MAX_SAFE_INTEGER,
  ): bigint {
    let sum = 0n;
    for (const e of this.epochs) {
      if (e.block < fromBlock || e.block > toBlock) continue;
      for (const c of e.credits)
        if (c.hotkey === hotkey && c.coldkey === coldkey && c.netuid === netuid) sum += c.alpha;
    }
    return sum;
  }
  /** Deep copy of the state, for the chain half's own history / rollback. */
  snapshot(): State {
    return structuredClone(this.state);
  }
  restore(snapshot: State): void {
    this.state = structuredClone(snapshot);
  }
}
