/** Test doubles: an in-memory BalancesPort with ED semantics, and a ready-made model. */
import { defaultScenario } from './default-scenario.ts';
import { DEV_ACCOUNTS, type ScenarioSubtensor } from './scenario.ts';
import { Subtensor, type SubtensorOptions } from './subtensor.ts';
import type { AccountHex, BalancesPort, StorageEntry } from './types.ts';

export const TAO = 1_000_000_000n;

export class FakeBalances implements BalancesPort {
  readonly accounts = new Map<AccountHex, bigint>();
  issuance = 0n;
  constructor(readonly ed = 500n) {}
  free(who: AccountHex): bigint {
    return this.accounts.get(who) ?? 0n;
  }
  withdraw(who: AccountHex, amount: bigint, keepAlive: boolean): boolean {
    const free = this.free(who);
    if (amount > free || (keepAlive && free - amount < this.ed)) return false;
    this.accounts.set(who, free - amount);
    return true;
  }
  deposit(who: AccountHex, amount: bigint): void {
    this.accounts.set(who, this.free(who) + amount);
  }
  totalIssuance(): bigint {
    return this.issuance;
  }
  mint(amount: bigint): void {
    this.issuance += amount;
  }
  burn(amount: bigint): void {
    this.issuance -= amount;
  }
  /** Funds an account with newly minted TAO (what the chain half does for dev accounts). */
  fund(who: AccountHex, amount: bigint): void {
    this.mint(amount);
    this.deposit(who, amount);
  }
  sum(): bigint {
    let s = 0n;
    for (const v of this.accounts.values()) s += v;
    return s;
  }
}

export interface Harness {
  sub: Subtensor;
  bal: FakeBalances;
  sc: ScenarioSubtensor;
}

export function harness(mutate?: (sc: ScenarioSubtensor) => void, opts?: SubtensorOptions): Harness {
  const sc = defaultScenario();
  mutate?.(sc);
  const bal = new FakeBalances();
  for (const who of Object.values(DEV_ACCOUNTS)) bal.fund(who, 10_000n * TAO);
  const sub = new Subtensor(sc, bal, opts);
  return { sub, bal, sc };
}

/** A stable serialisation of storageEntries() for equality checks. */
export function dumpStorage(entries: Iterable<StorageEntry>): string {
  return JSON.stringify([...entries], (_k, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`;
    if (v instanceof Map) return [...v.entries()];
    if (v instanceof Uint8Array) return [...v];
    return v;
  });
}

export const ALICE = DEV_ACCOUNTS.alice;
export const BOB = DEV_ACCOUNTS.bob;
export const CHARLIE = DEV_ACCOUNTS.charlie;
