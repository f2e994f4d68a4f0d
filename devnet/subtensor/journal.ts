/**
 * A BalancesPort wrapper that records every change so a failed dispatch (or a validation dry run)
 * can undo it in reverse order. Undo of a withdraw is a deposit and vice versa; mint ↔ burn.
 */
import type { AccountHex, BalancesPort } from './types.ts';

type Op = { kind: 'withdraw' | 'deposit'; who: AccountHex; amount: bigint } | { kind: 'mint' | 'burn'; amount: bigint };

export class JournaledBalances implements BalancesPort {
  private readonly ops: Op[] = [];
  constructor(private readonly inner: BalancesPort) {}

  free(who: AccountHex): bigint {
    return this.inner.free(who);
  }
  totalIssuance(): bigint {
    return this.inner.totalIssuance();
  }
  withdraw(who: AccountHex, amount: bigint, keepAlive: boolean): boolean {
    if (amount === 0n) return true;
    const ok = this.inner.withdraw(who, amount, keepAlive);
    if (ok) this.ops.push({ kind: 'withdraw', who, amount });
    return ok;
  }
  deposit(who: AccountHex, amount: bigint): void {
    if (amount === 0n) return;
    this.inner.deposit(who, amount);
    this.ops.push({ kind: 'deposit', who, amount });
  }
  mint(amount: bigint): void {
    if (amount === 0n) return;
    this.inner.mint(amount);
    this.ops.push({ kind: 'mint', amount });
  }
  burn(amount: bigint): void {
    if (amount === 0n) return;
    this.inner.burn(amount);
    this.ops.push({ kind: 'burn', amount });
  }

  rollback(): void {
    for (const op of this.ops.reverse()) {
      if (op.kind === 'withdraw') this.inner.deposit(op.who, op.amount);
      else if (op.kind === 'deposit') this.inner.withdraw(op.who, op.amount, false);
      else if (op.kind === 'mint') this.inner.burn(op.amount);
      else this.inner.mint(op.amount);
    }
    this.ops.length = 0;
  }
}

/**
 * A BalancesPort overlay for dry runs (validation): reads through to `inner`, keeps every change to
 * itself, and never writes to `inner`. keepAlive withdrawals must leave ≥ ED.
 */
export class OverlayBalances implements BalancesPort {
  private readonly delta = new Map<AccountHex, bigint>();
  private issuanceDelta = 0n;
  constructor(
    private readonly inner: BalancesPort,
    private readonly ed = 500n,
  ) {}

  free(who: AccountHex): bigint {
    return this.inner.free(who) + (this.delta.get(who) ?? 0n);
  }
  totalIssuance(): bigint {
    return this.inner.totalIssuance() + this.issuanceDelta;
  }
  withdraw(who: AccountHex, amount: bigint, keepAlive: boolean): boolean {
    const free = this.free(who);
    if (amount > free || (keepAlive && free - amount < this.ed)) return false;
    this.delta.set(who, (this.delta.get(who) ?? 0n) - amount);
    return true;
  }
  deposit(who: AccountHex, amount: bigint): void {
    this.delta.set(who, (this.delta.get(who) ?? 0n) + amount);
  }
  mint(amount: bigint): void {
    this.issuanceDelta += amount;
  }
  burn(amount: bigint): void {
    this.issuanceDelta -= amount;
  }
}
