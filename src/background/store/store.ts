import type { z } from 'zod';
import type { StorageAreaLike } from './storage-area.ts';

export interface StoreOptions<T> {
  key: string;
  schema: z.ZodType<T>;
  defaults: () => T;
  /** Brings an older stored shape up to date; returns null when it cannot. */
  migrate?: (stored: unknown) => T | null;
}

/**
 * One store per storage key: reads are schema-checked (and migrated), every write goes through
 * update(), and the previous good copy is kept beside the new one so a bad write never loses data.
 */
export class Store<T> {
  private cache: T | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(value: T) => void>();

  constructor(private readonly area: StorageAreaLike, private readonly options: StoreOptions<T>) {}

  get prevKey(): string {
    return `${this.options.key}.prev`;
  }

  async get(): Promise<T> {
    if (this.cache) return this.cache;
    const { key } = this.options;
    const stored = await this.area.get([key, this.prevKey]);
    this.cache = this.accept(stored[key]) ?? this.accept(stored[this.prevKey]) ?? this.options.defaults();
    return this.cache;
  }

  /** Serialised read-modify-write; the new value is validated before anything is written. */
  update(change: (current: T) => T): Promise<T> {
    const run = this.queue.then(async () => {
      const current = await this.get();
      const next = this.options.schema.parse(change(current));
      await this.area.set({ [this.options.key]: next, [this.prevKey]: current });
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

  private accept(raw: unknown): T | null {
    if (raw === undefined) return null;
    const parsed = this.options.schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    return this.options.migrate?.(raw) ?? null;
  }
}
