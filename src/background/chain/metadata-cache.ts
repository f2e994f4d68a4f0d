import type { StorageAreaLike } from '../store/storage-area.ts';

interface CachedMetadata {
  specVersion: number;
  hex: `0x${string}`;
  savedAt: number;
}

const PREFIX = 'chain.metadata.';

function isCached(v: unknown): v is CachedMetadata {
  if (typeof v !== 'object' || v === null) return false;
  const spec = Reflect.get(v, 'specVersion');
  const hex = Reflect.get(v, 'hex');
  return typeof spec === 'number' && typeof hex === 'string' && hex.startsWith('0x');
}

/**
 * Metadata per genesis, for its latest spec version, in chrome.storage.local: a reopened worker builds its API
 * from it without fetching ~300 KB again. One entry per genesis (an upgrade replaces it), so it never grows.
 */
export class MetadataCache {
  constructor(private readonly area: StorageAreaLike) {}

  async get(genesisHash: string, specVersion: number): Promise<`0x${string}` | null> {
    const key = PREFIX + genesisHash;
    const stored = (await this.area.get([key]))[key];
    return isCached(stored) && stored.specVersion === specVersion ? stored.hex : null;
  }

  async put(genesisHash: string, specVersion: number, hex: `0x${string}`): Promise<void> {
    const value: CachedMetadata = { specVersion, hex, savedAt: Date.now() };
    await this.area.set({ [PREFIX + genesisHash]: value });
  }
}
