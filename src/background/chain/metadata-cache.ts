import type { StorageAreaLike } from '../store/storage-area.ts';
import type { FetchedMetadata } from './metadata-fetch.ts';

interface CachedMetadata {
  specVersion: number;
  /** Metadata version of `hex`. Entries written before it was recorded may hold V14 from a real node: refetched. */
  version: number;
  hex: `0x${string}`;
  savedAt: number;
}

const PREFIX = 'chain.metadata.';

function isCached(v: unknown): v is CachedMetadata {
  if (typeof v !== 'object' || v === null) return false;
  const spec = Reflect.get(v, 'specVersion');
  const version = Reflect.get(v, 'version');
  const hex = Reflect.get(v, 'hex');
  return typeof spec === 'number' && typeof version === 'number' && typeof hex === 'string' && hex.startsWith('0x');
}

/**
 * Metadata per genesis, for its latest spec version, in chrome.storage.local: a reopened worker builds its API
 * from it without fetching ~300 KB again. One entry per genesis (an upgrade replaces it), so it never grows.
 */
export class MetadataCache {
  constructor(private readonly area: StorageAreaLike) {}

  async get(genesisHash: string, specVersion: number): Promise<FetchedMetadata | null> {
    const key = PREFIX + genesisHash;
    const stored = (await this.area.get([key]))[key];
    return isCached(stored) && stored.specVersion === specVersion ? { hex: stored.hex, version: stored.version } : null;
  }

  async put(genesisHash: string, specVersion: number, metadata: FetchedMetadata): Promise<void> {
    const value: CachedMetadata = { specVersion, version: metadata.version, hex: metadata.hex, savedAt: Date.now() };
    await this.area.set({ [PREFIX + genesisHash]: value });
  }
}
