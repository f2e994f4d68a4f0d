import type { z } from 'zod';
import { ProtocolError } from '../../protocol/errors.ts';
import { isSealedRecord, openValue, sealValue, type Sealer } from './sealer.ts';
import type { StorageAreaLike } from './storage-area.ts';

export interface StoreOptions<T> {
  key: string;
  schema: z.ZodType<T>;
  defaults: () => T;
  /** Brings an older stored shape up to date; returns null when it cannot. */
  migrate?: (stored: unknown) => T | null;
  /**
   * Seals the value (and its previous copy) with the wallet's storage key: storage holds only ciphertext, the
   * value is readable only while the wallet is unlocked (get() throws 'locked' otherwise), and the decrypted copy
   * in memory is dropped when it locks. A clear value an older version left is sealed at the first unlock.
   */
  sealer?: Sealer;
}

export interface UpdateOptions {
  /** The previous good copy is the new value too: nothing of what the change removed stays in storage. */
  forget?: boolean;
}

/** Per storage area, each store's way to drop what it holds in memory (wiping the wallet: forgetStores). */
const forgetters = new WeakMap<StorageAreaLike, Set<() => void>>();

/**
 * Every store on this area drops its copy in memory, as if its storage were empty (it is, after a wipe): reads and
 * writes that began before are void, and subscribers are told the default value.
 */
export function forgetStores(area: StorageAreaLike): void {
  for (const forget of forgetters.get(area) ?? []) forget();
}

function locked(): ProtocolError {
  return new ProtocolError('locked', 'TaoVault is locked.');
}

/**
 * One store per storage key: reads are schema-checked (and migrated), every write goes through
 * update(), and the previous good copy is kept beside the new one so a bad write never loses data.
 */
export class Store<T> {
  private cache: T | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(value: T) => void>();
  /** Bumped at every lock: a read or write that began before it leaves nothing decrypted behind. */
  private generation = 0;

  constructor(
    private readonly area: StorageAreaLike,
    private readonly options: StoreOptions<T>,
  ) {
    const forget = () => {
      this.generation += 1;
      this.cache = null;
      for (const l of this.listeners) l(options.defaults());
    };
    forgetters.set(area, (forgetters.get(area) ?? new Set()).add(forget));
    const { sealer } = options;
    if (!sealer) return;
    sealer.onLock(() => {
      this.generation += 1;
      this.cache = null;
    });
    // Clear records of an older version are sealed as soon as the key is there.
    sealer.onUnlock(() => void this.get().catch(() => undefined));
  }

  get prevKey(): string {
    return `${this.options.key}.prev`;
  }

  async get(): Promise<T> {
    if (this.cache) return this.cache;
    const generation = this.generation;
    const { key, sealer } = this.options;
    const sealKey = sealer ? await sealer.key() : null;
    const stored = await this.area.get([key, this.prevKey]);
    const current = await this.read(sealKey, key, stored[key]);
    const prev = await this.read(sealKey, this.prevKey, stored[this.prevKey]);
    const value = this.accept(current.value) ?? this.accept(prev.value) ?? this.options.defaults();
    if (generation !== this.generation) throw locked();
    if (sealKey && (current.clear || prev.clear)) {
      // Sealed in place: the clear copies are overwritten in the same write.
      const before = this.accept(prev.value) ?? value;
      await this.area.set({
        [key]: await sealValue(sealKey, key, value),
        [this.prevKey]: await sealValue(sealKey, this.prevKey, before),
      });
    }
    if (generation !== this.generation) throw locked();
    this.cache = value;
    return value;
  }

  /** Serialised read-modify-write; the new value is validated before anything is written. */
  update(change: (current: T) => T, options: UpdateOptions = {}): Promise<T> {
    const run = this.queue.then(async () => {
      const current = await this.get();
      const generation = this.generation;
      const next = this.options.schema.parse(change(current));
      const previous = options.forget ? next : current;
      const { key, sealer } = this.options;
      if (sealer) {
        const sealKey = await sealer.key();
        await this.area.set({
          [key]: await sealValue(sealKey, key, next),
          [this.prevKey]: await sealValue(sealKey, this.prevKey, previous),
        });
      } else {
        await this.area.set({ [key]: next, [this.prevKey]: previous });
      }
      if (generation !== this.generation) throw locked();
      this.cache = next;
      for (const l of this.listeners) l(next);
      return next;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  subscribe(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The value, or null while the wallet is locked (a sealed store). */
  async peek(): Promise<T | null> {
    return this.get().catch((e: unknown) => {
      if (e instanceof ProtocolError && e.code === 'locked') return null;
      throw e;
    });
  }

  /** Every change, and for a sealed store null when the wallet locks and the value again when it unlocks. */
  watch(listener: (value: T | null) => void): () => void {
    const stops = [this.subscribe(listener)];
    const { sealer } = this.options;
    if (sealer) {
      stops.push(sealer.onLock(() => listener(null)));
      stops.push(sealer.onUnlock(() => void this.get().then(listener, () => undefined)));
    }
    return () => {
      for (const stop of stops) stop();
    };
  }

  /** A stored value as it reads: opened when sealed (undefined when it does not open), else as it is (clear). */
  private async read(
    sealKey: CryptoKey | null,
    storageKey: string,
    raw: unknown,
  ): Promise<{ value: unknown; clear: boolean }> {
    if (raw === undefined || !sealKey) return { value: raw, clear: false };
    if (!isSealedRecord(raw)) return { value: raw, clear: true };
    try {
      return { value: await openValue(sealKey, storageKey, raw), clear: false };
    } catch {
      return { value: undefined, clear: false };
    }
  }

  private accept(raw: unknown): T | null {
    if (raw === undefined) return null;
    const parsed = this.options.schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    return this.options.migrate?.(raw) ?? null;
  }
}
