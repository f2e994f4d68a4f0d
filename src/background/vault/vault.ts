import type { VaultStatus } from '../../protocol/domains/accounts-values.ts';
import { ProtocolError } from '../../protocol/errors.ts';
import { readEnvelopes, writeEnvelopes } from './envelopes.ts';
import { openWithPassword } from './password-check.ts';
import type { VaultDeps } from './vault-deps.ts';

export type { VaultDeps } from './vault-deps.ts';

/**
 * The encrypted keyring. Storage holds only the sealed envelope and the previous good one; the derived key
 * lives in session storage while unlocked; the decrypted data only in this worker's memory.
 */
export class Vault<D, K> {
  private data: D | null = null;
  private key: K | null = null;
  private lockAt = 0;
  /** Whether a sealed vault exists: read once, then kept (only this class writes it, and deletes it only in wipe). */
  private initialised: boolean | null = null;
  /**
   * The session key record has been looked at since this worker started. From then on only this instance
   * writes it (unlocking sets the key in memory too), so a locked vault needs no storage read to know it is locked.
   */
  private sessionSeen = false;
  private restoring: Promise<boolean> | null = null;
  /** Bumped by every lock and unlock: a restore from the session key that started before one of them is void. */
  private epoch = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly statusListeners = new Set<(status: VaultStatus) => void>();
  private readonly dataListeners = new Set<(data: D | null) => void>();
  private readonly now: () => number;

  constructor(private readonly deps: VaultDeps<D, K>) {
    this.now = deps.now ?? Date.now;
  }

  async status(): Promise<VaultStatus> {
    // The popup asks this at every open: an open vault is initialised, and a locked one's state is known in
    // memory after the first time, so neither waits for storage.
    if (await this.restore()) return { initialised: true, locked: false, lockAt: this.lockAt };
    return { initialised: await this.isInitialised(), locked: true };
  }

  onStatus(listener: (s: VaultStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  onData(listener: (d: D | null) => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  create(password: string): Promise<VaultStatus> {
    const epoch = this.epoch;
    return this.serial(async () => {
      if ((await readEnvelopes(this.deps.local)).current !== undefined)
        throw new ProtocolError('conflict', 'A wallet already exists.');
      const data = this.deps.codec.empty();
      const { key, envelope } = await this.deps.codec.create(password, data);
      await this.persist(key, envelope, undefined);
      await this.enter(key, data, epoch);
      return this.status();
    });
  }

  /** Lock wins: a lock pressed while the password is being checked leaves the wallet locked. */
  unlock(password: string): Promise<VaultStatus> {
    const epoch = this.epoch;
    return this.serial(async () => {
      const { current, prev } = await readEnvelopes(this.deps.local);
      if (current === undefined) throw new ProtocolError('not-found', 'There is no wallet yet; create one first.');
      const opened = await this.withPassword(password, current, prev);
      // An upgraded format, or a vault recovered from the previous copy, is written back (the good copy stays as previous).
      if (opened.source !== current || opened.envelope !== current) {
        await this.persist(opened.key, opened.envelope, opened.source === current ? current : prev);
      }
      await this.enter(opened.key, opened.data, epoch);
      return this.status();
    });
  }

  async lock(): Promise<VaultStatus> {
    this.epoch += 1;
    if (this.key) this.deps.codec.wipeKey(this.key);
    this.key = null;
    this.data = null;
    this.lockAt = 0;
    await this.deps.session.clear();
    await this.deps.scheduleLock(null);
    this.sessionSeen = true;
    const status: VaultStatus = { initialised: await this.isInitialised(), locked: true };
    for (const l of this.statusListeners) l(status);
    for (const l of this.dataListeners) l(null);
    return status;
  }

  /** Wiping (domains/vault/wipe.ts): locked, then `erase` runs in this queue; from then on never created. */
  wipe(erase: () => Promise<void>): Promise<VaultStatus> {
    return this.serial(async () => {
      await this.lock();
      await erase();
      this.initialised = false;
      return this.lock();
    });
  }

  /**
   * Checks the password again (reveal, export) without changing the lock state; throttled like unlock. A locked
   * wallet answers 'locked' before any password is looked at, so the answer says nothing about the password.
   */
  async verifyPassword(password: string): Promise<void> {
    await this.requireData();
    const { current } = await readEnvelopes(this.deps.local);
    if (current === undefined) throw new ProtocolError('not-found', 'There is no wallet yet.');
    const opened = await this.withPassword(password, current, undefined);
    this.deps.codec.wipeKey(opened.key);
  }

  /**
   * Lock wins: locked before the new vault is written, nothing changes ('locked'); locked after, the new password
   * stands and the wallet stays locked.
   */
  changePassword(oldPassword: string, newPassword: string): Promise<VaultStatus> {
    const epoch = this.epoch;
    return this.serial(async () => {
      await this.verifyPassword(oldPassword);
      const data = await this.requireData();
      const { key, envelope } = await this.deps.codec.create(newPassword, data);
      const sealedPrev = await this.deps.codec.seal(key, data);
      if (epoch !== this.epoch) {
        this.deps.codec.wipeKey(key);
        throw new ProtocolError(
          'locked',
          'TaoVault was locked before the new password was saved; the password is unchanged.',
        );
      }
      // The previous good copy is the same data under the new key: no copy under the old password stays at rest.
      await this.persist(key, envelope, sealedPrev);
      if (this.key && epoch === this.epoch) this.deps.codec.wipeKey(this.key);
      await this.enter(key, data, epoch);
      return this.status();
    });
  }

  /** Runs fn with the decrypted data; throws 'locked' when locked. */
  async read<T>(fn: (data: D) => T | Promise<T>): Promise<T> {
    return fn(await this.requireData());
  }

  /** Atomic change: the new data is sealed, written beside the previous good copy, read back and verified. */
  write(change: (data: D) => D | Promise<D>): Promise<D> {
    return this.serial(async () => {
      const data = await this.requireData();
      const next = await change(structuredClone(data));
      const { current } = await readEnvelopes(this.deps.local);
      await this.persist(this.key!, await this.deps.codec.seal(this.key!, next), current);
      this.data = next;
      for (const l of this.dataListeners) l(next);
      return next;
    });
  }

  /**
   * Pushes auto-lock back after deliberate input by the person in TaoVault's own pages (pri(vault.activity)), and
   * only then: never for subscriptions, reads or a window a page opened.
   */
  async touch(): Promise<void> {
    if (!(await this.restore())) return;
    const lockAt = this.now() + (await this.deps.autoLockMinutes()) * 60_000;
    if (lockAt - this.lockAt < 5_000) return;
    this.lockAt = lockAt;
    // The new deadline holds in memory at once; writing it down does not hold up the request that pushed it.
    // Should the worker stop before the writes land, the previous deadline stands: the vault locks earlier, never later.
    void this.keepDeadline(lockAt);
  }

  /** A changed auto-lock setting applies at once: the deadline is counted anew from now, earlier or later. */
  async applyAutoLock(): Promise<void> {
    if (!(await this.restore())) return;
    const lockAt = this.now() + (await this.deps.autoLockMinutes()) * 60_000;
    this.lockAt = lockAt;
    // Written down before answering: a shorter deadline must survive a worker restart too.
    await this.keepDeadline(lockAt);
  }

  private async keepDeadline(lockAt: number): Promise<void> {
    try {
      await this.deps.session.extend(lockAt);
      if (this.lockAt !== lockAt) {
        // Locked (or pushed again, or unlocked anew) while this write was on its way: memory wins, so a lock
        // racing the write can never leave the key in session storage.
        if (this.key) await this.deps.session.write(this.deps.codec.serializeKey(this.key), this.lockAt);
        else await this.deps.session.clear();
        return;
      }
      await this.deps.scheduleLock(lockAt);
    } catch {
      // the previous deadline and alarm stand
    }
  }

  /** Called by the alarm: locks if the time has come (an early or stale alarm does nothing). */
  async checkAutoLock(): Promise<void> {
    await this.restore();
  }

  /** One password check at a time (the throttle's queue): parallel guesses wait their turn and meet the delay. */
  private withPassword(password: string, current: unknown, prev: unknown) {
    return this.deps.attempts.guard(() => openWithPassword(this.deps.codec, password, current, prev));
  }

  private async requireData(): Promise<D> {
    if (!(await this.restore()) || !this.data) throw new ProtocolError('locked', 'TaoVault is locked.');
    return this.data;
  }

  private get unlocked(): boolean {
    return this.key !== null && this.data !== null;
  }

  /** In memory, or after a worker restart from the session key — unless the auto-lock time has passed. */
  private async restore(): Promise<boolean> {
    if (this.unlocked) {
      if (this.now() < this.lockAt) return true;
      await this.lock();
      return false;
    }
    if (this.sessionSeen) return false;
    // The first questions after a worker start arrive together: one read and one decryption serve them all.
    this.restoring ??= this.restoreFromSession().finally(() => (this.restoring = null));
    return this.restoring;
  }

  private async restoreFromSession(): Promise<boolean> {
    const epoch = this.epoch;
    const session = await this.deps.session.read();
    this.sessionSeen = true;
    // Locked (or unlocked anew) while this was being read or the vault opened: what happened since stands.
    if (epoch !== this.epoch) return this.unlocked;
    if (!session) return false;
    if (this.now() >= session.lockAt) {
      await this.lock();
      return false;
    }
    try {
      const key = this.deps.codec.deserializeKey(session.key);
      const data = await this.deps.codec.open(key, (await readEnvelopes(this.deps.local)).current);
      if (epoch !== this.epoch) {
        this.deps.codec.wipeKey(key);
        return this.unlocked;
      }
      this.data = data;
      this.key = key;
      this.lockAt = session.lockAt;
      return true;
    } catch {
      await this.lock();
      return false;
    }
  }

  /** Opens the vault with this key, unless a lock came after `since` (then the key is wiped and it stays locked). */
  private async enter(key: K, data: D, since: number): Promise<void> {
    if (since !== this.epoch) {
      this.deps.codec.wipeKey(key);
      return;
    }
    this.epoch += 1;
    this.key = key;
    this.data = data;
    this.lockAt = this.now() + (await this.deps.autoLockMinutes()) * 60_000;
    await this.deps.session.write(this.deps.codec.serializeKey(key), this.lockAt);
    await this.deps.scheduleLock(this.lockAt);
    const status: VaultStatus = { initialised: true, locked: false, lockAt: this.lockAt };
    for (const l of this.statusListeners) l(status);
    for (const l of this.dataListeners) l(data);
  }

  /** One storage write holds the new envelope and the previous good one; the new one is verified before and after. */
  private async persist(key: K, envelope: unknown, previous: unknown): Promise<void> {
    await this.deps.codec.open(key, envelope);
    await writeEnvelopes(this.deps.local, envelope, previous);
    this.initialised = true;
    await this.deps.codec.open(key, (await readEnvelopes(this.deps.local)).current);
  }

  private async isInitialised(): Promise<boolean> {
    if (this.initialised !== null) return this.initialised;
    const stored = (await readEnvelopes(this.deps.local)).current !== undefined;
    this.initialised ??= stored; // a vault created while this read was on its way stays created
    return this.initialised;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
