import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { memoryStorageArea } from './storage-area.ts';
import { Store } from './store.ts';

const schema = z.object({ n: z.number().int().nonnegative() });
const make = (area = memoryStorageArea()) =>
  new Store(area, {
    key: 'counter',
    schema,
    defaults: () => ({ n: 0 }),
    migrate: (raw) => (typeof raw === 'number' ? { n: raw } : null),
  });

describe('Store', () => {
  it('starts from defaults and persists updates with the previous copy', async () => {
    const area = memoryStorageArea();
    const store = make(area);
    expect(await store.get()).toEqual({ n: 0 });
    await store.update((c) => ({ n: c.n + 1 }));
    await store.update((c) => ({ n: c.n + 1 }));
    expect(area.dump()).toEqual({ counter: { n: 2 }, 'counter.prev': { n: 1 } });
    expect(await make(area).get()).toEqual({ n: 2 });
  });

  it('refuses an invalid value and keeps the old one', async () => {
    const area = memoryStorageArea({ counter: { n: 5 } });
    const store = make(area);
    await expect(store.update(() => ({ n: -1 }))).rejects.toThrow();
    expect(await store.get()).toEqual({ n: 5 });
    expect(area.dump().counter).toEqual({ n: 5 });
  });

  it('keeps the old value when the write fails, and later writes still work', async () => {
    const area = memoryStorageArea({ counter: { n: 5 } });
    const store = make(area);
    area.failNextSet = true;
    await expect(store.update(() => ({ n: 6 }))).rejects.toThrow('injected');
    expect(await store.get()).toEqual({ n: 5 });
    await store.update(() => ({ n: 7 }));
    expect(area.dump().counter).toEqual({ n: 7 });
  });

  it('falls back to the previous copy when the current one is corrupt, and migrates old shapes', async () => {
    expect(await make(memoryStorageArea({ counter: 'garbage', 'counter.prev': { n: 3 } })).get()).toEqual({ n: 3 });
    expect(await make(memoryStorageArea({ counter: 9 })).get()).toEqual({ n: 9 });
  });

  it('notifies subscribers of each new value', async () => {
    const store = make();
    const seen: number[] = [];
    store.subscribe((v) => seen.push(v.n));
    await store.update(() => ({ n: 4 }));
    expect(seen).toEqual([4]);
  });
});
