import type { Sub, SubscriptionName } from '../../protocol/index.ts';
import { api } from '../api/client.ts';

interface Entry {
  value: unknown;
  has: boolean;
  listeners: Set<() => void>;
  unsubscribe: () => void;
}

/**
 * One live subscription per message name for the whole page, shared by every component that reads it,
 * started as early as possible (see prime) so the popup's first answers arrive together instead of one
 * after another as components mount. A subscription that fails is dropped and tried again by the next reader.
 */
const entries = new Map<SubscriptionName, Entry>();

function entry(name: SubscriptionName): Entry {
  const known = entries.get(name);
  if (known) return known;
  const e: Entry = { value: null, has: false, listeners: new Set(), unsubscribe: () => undefined };
  const set = (v: unknown) => {
    e.value = v;
    e.has = true;
    for (const l of e.listeners) l();
  };
  const sub = api.subscribe(name, null as never, set);
  e.unsubscribe = sub.unsubscribe;
  sub.ready.then(set, () => {
    if (entries.get(name) === e) entries.delete(name);
    e.unsubscribe();
  });
  entries.set(name, e);
  return e;
}

/** Starts these subscriptions now (before React renders). */
export function prime(names: SubscriptionName[]): void {
  for (const n of names) entry(n);
}

export function readLive<N extends SubscriptionName>(name: N): Sub<N> | null {
  const e = entries.get(name);
  return e?.has ? (e.value as Sub<N>) : null;
}

export function watchLive(name: SubscriptionName, listener: () => void): () => void {
  const e = entry(name);
  e.listeners.add(listener);
  return () => e.listeners.delete(listener);
}
