// Transaction pool: checked transactions by arrival; a transaction is ready when its nonce follows
// the signer's account nonce and the nonces of its ready predecessors, otherwise future (held until
// the gap fills, as substrate's pool does).
import type { CheckedTx } from '../runtime/executive.ts';
import type { AccountHex } from '../runtime/economics.ts';

export type TxStatusListener = (status: string, data?: unknown) => void;

export interface PoolEntry {
  tx: CheckedTx;
  listeners: Set<TxStatusListener>;
}

export class Pool {
  readonly entries: PoolEntry[] = [];

  has(hash: string): boolean {
    return this.entries.some((e) => e.tx.hash === hash);
  }

  hasNonce(signer: AccountHex, nonce: number): boolean {
    return this.entries.some((e) => e.tx.signer === signer && e.tx.nonce === nonce);
  }

  /** Next nonce for `signer` counting its consecutive pooled transactions from `accountNonce`. */
  nextNonce(signer: AccountHex, accountNonce: number): number {
    const nonces = new Set(this.entries.filter((e) => e.tx.signer === signer).map((e) => e.tx.nonce));
    let n = accountNonce;
    while (nonces.has(n)) n++;
    return n;
  }

  add(tx: CheckedTx): PoolEntry {
    const entry = { tx, listeners: new Set<TxStatusListener>() };
    this.entries.push(entry);
    return entry;
  }

  remove(entry: PoolEntry): void {
    const i = this.entries.indexOf(entry);
    if (i >= 0) this.entries.splice(i, 1);
  }

  isReady(entry: PoolEntry, accountNonce: (who: AccountHex) => number): boolean {
    return entry.tx.nonce < this.nextNonce(entry.tx.signer, accountNonce(entry.tx.signer));
  }

  /** Ready transactions in arrival order, respecting per-signer nonce order. */
  takeReady(accountNonce: (who: AccountHex) => number, max = 1000): PoolEntry[] {
    const expected = new Map<AccountHex, number>();
    const out: PoolEntry[] = [];
    let progress = true;
    const pending = [...this.entries];
    while (progress && out.length < max) {
      progress = false;
      for (const e of pending) {
        if (out.includes(e)) continue;
        const want = expected.get(e.tx.signer) ?? accountNonce(e.tx.signer);
        if (e.tx.nonce === want) {
          out.push(e);
          expected.set(e.tx.signer, want + 1);
          progress = true;
        }
      }
    }
    return out;
  }
}
