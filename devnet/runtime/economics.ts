// The contract with the economics half (devnet/subtensor/). Loaded dynamically so the chain runs
// (with no Subtensor calls) before that half exists.
export type AccountHex = `0x${string}`;

export interface BalancesPort {
  free(who: AccountHex): bigint;
  withdraw(who: AccountHex, amount: bigint, keepAlive: boolean): boolean;
  deposit(who: AccountHex, amount: bigint): void;
  totalIssuance(): bigint;
  mint(amount: bigint): void;
  burn(amount: bigint): void;
}

export interface EconEvent {
  pallet: string;
  name: string;
  data: unknown[];
}

export type DispatchOutcome =
  | { ok: true; events: EconEvent[] }
  | { ok: false; error: string; pallet: string };

export interface StorageEntry {
  pallet: string;
  item: string;
  keys: unknown[];
  value: unknown;
}

export interface Economics {
  dispatch(origin: AccountHex, method: string, args: Record<string, unknown>): DispatchOutcome;
  validate(origin: AccountHex, method: string, args: Record<string, unknown>): null | { custom: number };
  onInitialize(blockNumber: number): EconEvent[];
  storageEntries(): Iterable<StorageEntry>;
  runtimeApi(api: string, method: string, args: unknown[] | Record<string, unknown>): unknown;
}

export interface EconomicsModule {
  create(scenario: unknown, port: BalancesPort): Economics;
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
    const Ctor = mod['Subtensor'] as (new (s: unknown, p: BalancesPort) => Economics) | undefined;
    const def = mod['defaultScenario'] as (() => unknown) | undefined;
    if (!Ctor) throw new Error('no Subtensor export');
    return {
      create: (scenario, port) => new Ctor(scenario, port),
      defaultScenario: () => (def ? def() : {}),
    };
  } catch (e) {
    if (process.env['DEVNET_DEBUG']) console.warn('economics unavailable, using stub:', e);
    return { create: () => stub, defaultScenario: () => ({}) };
  }
}
