// System.Account state: nonce, ref counts and AccountData { free, reserved, frozen, flags }, plus
// Balances.TotalIssuance. Balance primitives emit the Balances/System events the chain emits.
import type { AccountHex, BalancesPort } from './economics.ts';
import type { ChainEvent } from './events.ts';

export interface AccountInfo {
  nonce: number;
  consumers: number;
  providers: number;
  sufficients: number;
  free: bigint;
  reserved: bigint;
  frozen: bigint;
  flags: bigint;
}

/** The "new logic" flag bit pallet-balances sets on every account (u128 high bit). */
export const NEW_LOGIC_FLAG = 1n << 127n;

/** PalletId sub-accounts ("modl" ‖ pallet id ‖ index), e.g. Subtensor's per-subnet accounts. */
export const isPalletAccount = (who: string): boolean => who.startsWith('0x6d6f646c');

const empty = (): AccountInfo => ({
  nonce: 0,
  consumers: 0,
  providers: 0,
  sufficients: 0,
  free: 0n,
  reserved: 0n,
  frozen: 0n,
  flags: NEW_LOGIC_FLAG,
});

export interface AccountsSnapshot {
  map: Map<AccountHex, AccountInfo>;
  totalIssuance: bigint;
}

export class Accounts {
  map = new Map<AccountHex, AccountInfo>();
  readonly dirty = new Set<AccountHex>();
  totalIssuance = 0n;
  /** Where emitted events go (set by the executive for the current phase). */
  emit: (ev: ChainEvent) => void = () => undefined;

  constructor(readonly ed: bigint) {}

  get(who: AccountHex): AccountInfo {
    return this.map.get(who) ?? empty();
  }

  exists(who: AccountHex): boolean {
    return this.map.has(who);
  }

  private put(who: AccountHex, info: AccountInfo): void {
    this.map.set(who, info);
    this.dirty.add(who);
  }

  bumpNonce(who: AccountHex): void {
    const a = { ...this.get(who) };
    a.nonce += 1;
    this.put(who, a);
  }

  /** Spendable while keeping `keepAlive ? ED : 0` (frozen and reserved excluded). */
  reducible(who: AccountHex, keepAlive: boolean): bigint {
    const a = this.get(who);
    const floor = keepAlive ? (a.frozen > this.ed ? a.frozen : this.ed) : a.frozen;
    return a.free > floor ? a.free - floor : 0n;
  }

  /** Adds to free balance; creates the account (Endowed/NewAccount) when it crosses ED. */
  credit(who: AccountHex, amount: bigint, allowBelowEd = false): boolean {
    if (amount === 0n) return true;
    const existed = this.exists(who);
    const a = { ...this.get(who) };
    if (!existed && amount < this.ed && !allowBelowEd) return false;
    a.free += amount;
    if (!existed) {
      a.providers = 1;
      this.put(who, a);
      this.emit({ pallet: 'System', name: 'NewAccount', data: [who] });
      this.emit({ pallet: 'Balances', name: 'Endowed', data: [who, amount] });
    } else this.put(who, a);
    return true;
  }

  /** Removes from free balance; reaps the account if allowed and it falls below ED. */
  debit(who: AccountHex, amount: bigint, keepAlive: boolean): boolean {
    if (amount === 0n) return true;
    if (amount > this.reducible(who, keepAlive)) return false;
    const a = { ...this.get(who) };
    a.free -= amount;
    if (a.free < this.ed && a.reserved === 0n && a.consumers === 0 && !(isPalletAccount(who) && a.free > 0n)) {
      // Reap: the dust is lost (burned from issuance).
      this.map.delete(who);
      this.dirty.add(who);
      if (a.free > 0n) {
        this.totalIssuance -= a.free;
        this.emit({ pallet: 'Balances', name: 'DustLost', data: [who, a.free] });
      }
      this.emit({ pallet: 'System', name: 'KilledAccount', data: [who] });
      return true;
    }
    this.put(who, a);
    return true;
  }

  /** Genesis/scenario funding: mints into `who`. */
  endow(who: AccountHex, amount: bigint): void {
    const a = { ...this.get(who) };
    a.free += amount;
    a.providers = Math.max(1, a.providers);
    this.totalIssuance += amount;
    this.put(who, a);
  }

  reserve(who: AccountHex, amount: bigint): boolean {
    if (amount > this.reducible(who, true)) return false;
    const a = { ...this.get(who) };
    a.free -= amount;
    a.reserved += amount;
    this.put(who, a);
    if (amount > 0n) this.emit({ pallet: 'Balances', name: 'Reserved', data: [who, amount] });
    return true;
  }

  unreserve(who: AccountHex, amount: bigint): void {
    const a = { ...this.get(who) };
    const x = amount > a.reserved ? a.reserved : amount;
    a.reserved -= x;
    a.free += x;
    this.put(who, a);
    if (x > 0n) this.emit({ pallet: 'Balances', name: 'Unreserved', data: [who, x] });
  }

  snapshot(): AccountsSnapshot {
    return { map: new Map(this.map), totalIssuance: this.totalIssuance };
  }

  restore(s: AccountsSnapshot): void {
    for (const k of this.map.keys()) if (!s.map.has(k)) this.dirty.add(k);
    for (const [k, v] of s.map) if (this.map.get(k) !== v) this.dirty.add(k);
    this.map = new Map(s.map);
    this.totalIssuance = s.totalIssuance;
  }

  /**
   * The port the economics half moves TAO through. Withdraw/Deposit events are emitted for user
   * accounts only (the chain shows `Balances.Withdraw` on add_stake, `Balances.Deposit` on
   * remove_stake); pallet ("modl…") accounts move silently and may hold less than ED.
   */
  port(): BalancesPort {
    return {
      free: (who) => this.get(who).free,
      withdraw: (who, amount, keepAlive) => {
        if (!this.debit(who, amount, keepAlive)) return false;
        if (amount > 0n && !isPalletAccount(who))
          this.emit({ pallet: 'Balances', name: 'Withdraw', data: [who, amount] });
        return true;
      },
      deposit: (who, amount) => {
        if (amount === 0n) return;
        this.credit(who, amount, true);
        if (!isPalletAccount(who)) this.emit({ pallet: 'Balances', name: 'Deposit', data: [who, amount] });
      },
      totalIssuance: () => this.totalIssuance,
      mint: (amount) => {
        this.totalIssuance += amount;
      },
      burn: (amount) => {
        this.totalIssuance -= amount;
      },
    };
  }
}
