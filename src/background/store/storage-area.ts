/** The part of chrome.storage.StorageArea a store needs; tests pass an in-memory one. */
export interface StorageAreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Removes every item (wiping the wallet). */
  clear(): Promise<void>;
}

export function memoryStorageArea(
  initial: Record<string, unknown> = {},
): StorageAreaLike & { dump(): Record<string, unknown>; failNextSet?: boolean } {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const area = {
    failNextSet: false,
    async get(keys: string[]) {
      const out: Record<string, unknown> = {};
      for (const k of keys) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items: Record<string, unknown>) {
      if (area.failNextSet) {
        area.failNextSet = false;
        throw new Error('injected storage failure');
      }
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys: string[]) {
      for (const k of keys) data.delete(k);
    },
    async clear() {
      data.clear();
    },
    dump() {
      return Object.fromEntries(data);
    },
  };
  return area;
}
