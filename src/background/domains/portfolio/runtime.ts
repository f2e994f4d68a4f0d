import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';

/** A runtime API method from the metadata (api.call.<api>.<method>), or null when the runtime has none. */
export function runtimeCall(api: ApiPromise, section: string, method: string): ((...args: unknown[]) => Promise<Codec>) | null {
  const fn = api.call[section]?.[method];
  return fn ? (...args: unknown[]) => fn(...args) : null;
}

/** A storage item's .multi from the metadata, or null when the runtime has none. */
export function storageMulti(api: ApiPromise, section: string, item: string): ((keys: unknown[]) => Promise<Codec[]>) | null {
  const entry = api.query[section]?.[item];
  return entry ? (keys: unknown[]) => entry.multi(keys) : null;
}
