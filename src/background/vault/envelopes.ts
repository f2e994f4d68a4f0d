import type { StorageAreaLike } from '../store/storage-area.ts';

const KEY = 'vault';
const PREV = 'vault.prev';

/** The sealed vault as stored: the current envelope and the previous good one. */
export async function readEnvelopes(local: StorageAreaLike): Promise<{ current?: unknown; prev?: unknown }> {
  const got = await local.get([KEY, PREV]);
  return { current: got[KEY], prev: got[PREV] };
}

/** One storage write: the new envelope, and the previous good one beside it when given. */
export function writeEnvelopes(local: StorageAreaLike, envelope: unknown, previous: unknown): Promise<void> {
  return local.set(previous === undefined ? { [KEY]: envelope } : { [KEY]: envelope, [PREV]: previous });
}
