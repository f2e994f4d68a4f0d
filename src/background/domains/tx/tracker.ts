import type { ApiPromise, SubmittableResult } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { Store } from '../../store/store.ts';
import type { TrackedTx } from '../../../protocol/domains/tx-values.ts';
import { patchFromResult } from './follow.ts';
import { poolRefusal } from './pool-refusal.ts';

const MAX_RECORDS = 200;
const isFinal = (r: TrackedTx): boolean => r.status === 'finalized' || r.status === 'failed' || r.status === 'dropped';

export interface TrackerDeps<R extends TrackedTx> {
  history: Store<R[]>;
  /** Called once when a transaction lands for good, fails or is dropped (notifications). */
  onFinal?: (record: R) => void;
  /** Called when a transaction is first seen in a block (portfolio refresh). */
  onLanded?: (record: R) => void;
  now?: () => number;
}

/**
 * Submits a signed extrinsic and follows it: the record is written when the pool accepts it (never before,
 * so a refusal leaves no trace and costs nothing), then submitted → in block → finalized, or failed with the
 * decoded chain error (also a failure inside proxy.proxy), or dropped. Generic over the record type so
 * transfers and staking share one lifecycle.
 */
export class TxTracker<R extends TrackedTx> {
  private readonly now: () => number;
  private readonly followed = new Set<string>();

  constructor(private readonly deps: TrackerDeps<R>) {
    this.now = deps.now ?? Date.now;
  }

  /** Sends `tx` (already signed); resolves with the record once the pool accepted it, or rejects with the pool's reason. */
  submit(api: ApiPromise, tx: SubmittableExtrinsic<'promise'>, record: R): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let accepted = false;
      tx.send((result) => {
        if (!accepted) {
          accepted = true;
          this.accept(record).then(() => resolve(record), reject);
        }
        void this.follow(api, record.id, result);
      }).catch((e: unknown) => {
        if (!accepted) reject(poolRefusal(e));
      });
    });
  }

  /** Writes a record the pool has just accepted and marks it followed live (MEV Shield follows its own). */
  async accept(record: R): Promise<void> {
    this.followed.add(record.id);
    await this.deps.history.update((list) => [record, ...list.filter((r) => r.id !== record.id)].slice(0, MAX_RECORDS));
  }

  /** Pending and not followed live by this worker (it restarted since): to be found on chain by hash. */
  isUnfollowed(r: R): boolean {
    return !isFinal(r) && !this.followed.has(r.id);
  }

  private async follow(api: ApiPromise, id: string, result: SubmittableResult): Promise<void> {
    const next = patchFromResult(api, result);
    if (!next) return;
    try {
      await this.set(id, next.patch, next.final);
    } catch {
      // The history is sealed and the wallet was locked meanwhile: the record is left to the on-chain recheck,
      // which finds it by hash once the wallet is unlocked again.
      this.followed.delete(id);
    }
  }

  /** Writes a status change (never after a final one). */
  async set(id: string, patch: Partial<TrackedTx>, final: boolean): Promise<void> {
    let changed: R | undefined;
    let landed = false;
    await this.deps.history.update((list) => {
      const before = list.find((r) => r.id === id);
      if (!before || isFinal(before)) return list;
      landed =
        before.status === 'submitted' &&
        patch.status !== undefined &&
        patch.status !== 'submitted' &&
        patch.status !== 'dropped';
      return list.map((r) => {
        if (r.id !== id) return r;
        changed = { ...r, ...patch, updatedAt: this.now() };
        return changed;
      });
    });
    if (changed && landed) this.deps.onLanded?.(changed);
    if (changed && final) this.deps.onFinal?.(changed);
  }
}
