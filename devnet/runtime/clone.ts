// Structural deep clone that preserves prototypes (class instances), Maps, Sets, arrays, typed
// arrays and bigint/primitive values; objects in `keep` are shared, not cloned (e.g. the balances
// port). Used to snapshot the economics state per block (runtime APIs at old blocks) and to roll
// back atomic batches.
export function deepClone<T>(value: T, keep: ReadonlySet<object> = new Set()): T {
  const memo = new Map<object, unknown>();
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (keep.has(v)) return v;
    const seen = memo.get(v);
    if (seen !== undefined) return seen;
    if (v instanceof Map) {
      const out = new Map();
      memo.set(v, out);
      for (const [k, x] of v) out.set(walk(k), walk(x));
      return out;
    }
    if (v instanceof Set) {
      const out = new Set();
      memo.set(v, out);
      for (const x of v) out.add(walk(x));
      return out;
    }
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      memo.set(v, out);
      for (const x of v) out.push(walk(x));
      return out;
    }
    if (ArrayBuffer.isView(v)) return (v as unknown as Uint8Array).slice();
    if (v instanceof Date) return new Date(v.getTime());
    const out = Object.create(Object.getPrototypeOf(v) as object) as Record<string | symbol, unknown>;
    memo.set(v, out);
    for (const key of Reflect.ownKeys(v)) {
      const desc = Object.getOwnPropertyDescriptor(v, key);
      if (!desc) continue;
      if ('value' in desc) desc.value = walk(desc.value);
      Object.defineProperty(out, key, desc);
    }
    return out;
  };
  return walk(value) as T;
}

/**
 * Snapshot of an economics object: if it keeps its data in a `state` field (the Subtensor model
 * does), only that is deep-copied (structuredClone) and everything else is shared (the balances port,
 * the epoch ledger); otherwise a full prototype-preserving deep clone.
 */
export function snapshotEconomics<T extends object>(econ: T, keep: ReadonlySet<object>): T {
  const rec = econ as unknown as Record<string, unknown>;
  if (rec['state'] && typeof rec['state'] === 'object') {
    const copy = Object.create(Object.getPrototypeOf(econ) as object) as Record<string, unknown>;
    Object.assign(copy, rec);
    copy['state'] = structuredClone(rec['state']);
    return copy as unknown as T;
  }
  return deepClone(econ, keep);
}
