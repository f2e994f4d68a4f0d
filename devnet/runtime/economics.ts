// The contract with the economics half (devnet/subtensor/). Loaded dynamically so the chain runs
// (with no Subtensor calls) before that half exists.
// The balances port is declared (and its contract documented) once, by the economics half; a type-only import
// keeps the dynamic load.
import type { AccountHex, BalancesPort } from '../subtensor/types.ts';

export type { AccountHex, BalancesPort };

export interface EconEvent {
  pallet: string;
  name: string;
  data: unknown[];
}

export type DispatchOutcome = { ok: true; events: EconEvent[] } | { ok: false; error: string; pallet: string };

export interface StorageEntry {
  pallet: string;
  item: string;
  keys: unknown[];
  value: unknown;
}

export interface Economics {
  /** Dispatches a SubtensorModule call; its events are pushed to `events` as they happen (default: a new list). */
  dispatch(origin: AccountHex, method: string, args: Record<string, unknown>, events?: EconEvent[]): DispatchOutcome;
  validate(origin: AccountHex, method: string, args: Record<string, unknown>): null | { custom: number };
  /**
   * A guard over every call an account signs or dispatches, of any pallet (CheckColdkeySwap on runtimes with
   * coldkey swap announcements): null when allowed, else the SubtensorModule error and its custom validity code.
   */
  guard?(origin: AccountHex, pallet: string, method: string): null | { error: string; custom: number };
  /** Start of block n, before its extrinsics (the model learns the block number). */
  onInitialize(blockNumber: number): EconEvent[];
  /** End of block n, after its extrinsics (on_finalize). */
  onFinalize?(blockNumber: number): EconEvent[];
  storageEntries(): Iterable<StorageEntry>;
  runtimeApi(api: string, method: string, args: unknown[] | Record<string, unknown>): unknown;
}

export interface EconomicsWiring {
  /** The block author: receives the swap fees unless the scenario names another recipient (runtimes after 293). */
  author?: AccountHex;
  /** The runtime's spec version (from its metadata): where spec 293 and later runtimes differ, the model follows it. */
  specVersion?: number;
}

export interface EconomicsModule {
  create(scenario: unknown, port: BalancesPort, wiring?: EconomicsWiring): Economics;
  defaultScenario(): unknown;
  /** Accounts the economics scenario wants funded (validators, nominators), if it says. */
  fundedAccounts?(scenario: unknown): Array<{ address: AccountHex; free: bigint }>;
}

const stub: Economics = {
  dispatch: () => ({ ok: false, error: 'SubnetNotExists', pallet: 'SubtensorModule' }),
  validate: () => null,
  onInitialize: () => [],
  storageEntries: () => [],
  runtimeApi: () => {
    throw new Error('economics not available');
  },
};

/** Loads devnet/subtensor/index.ts if present; falls back to a stub that refuses Subtensor calls. */
export async function loadEconomics(): Promise<EconomicsModule> {
  try {
    const path = '../subtensor/index.ts';
    const mod = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
    const Ctor = mod['Subtensor'] as
      (new (s: unknown, p: BalancesPort, o?: Record<string, unknown>) => Economics) | undefined;
    const def = mod['defaultScenario'] as (() => unknown) | undefined;
    if (!Ctor) throw new Error('no Subtensor export');
    return {
      // Coinbase and epochs in on_initialize, before the block's extrinsics, as the chain runs them.
      create: (scenario, port, wiring) =>
        new Ctor(scenario, port, { defaultFeeRecipient: wiring?.author, spec: wiring?.specVersion }),
      defaultScenario: () => (def ? def() : {}),
    };
  } catch (e) {
    if (process.env['DEVNET_DEBUG']) console.warn('economics unavailable, using stub:', e);
    return { create: () => stub, defaultScenario: () => ({}) };
  }
}
