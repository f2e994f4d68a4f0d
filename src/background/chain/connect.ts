import { ApiPromise, WsProvider } from '@polkadot/api';
import { signedExtensionsFromMetadata } from './extensions.ts';
import type { MetadataCache } from './metadata-cache.ts';
import { fetchNewestMetadata } from './metadata-fetch.ts';
import type { Connector, Link } from './session.ts';

export interface ApiLink extends Link {
  api: ApiPromise;
  endpoint: string;
  genesisHash: string;
  specVersion: number;
  /** Signed-extension identifiers of the runtime, from its metadata. */
  extensions: string[];
  /** Whether the metadata came from the local cache. */
  metadataFromCache: boolean;
  /** The metadata version the session was built from (the newest the runtime offers; 14 has no runtime APIs). */
  metadataVersion: number;
}

function waitOpen(provider: WsProvider, endpoint: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const offs: Array<() => void> = [];
    const finish = (error?: Error) => {
      clearTimeout(timer);
      for (const off of offs) off();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(
      () => finish(new Error(`${endpoint} did not answer within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    offs.push(provider.on('connected', () => finish()));
    offs.push(provider.on('error', () => finish(new Error(`${endpoint} is unreachable`))));
    offs.push(provider.on('disconnected', () => finish(new Error(`${endpoint} closed the connection`))));
  });
}

function isHex(v: unknown): v is `0x${string}` {
  return typeof v === 'string' && /^0x[0-9a-fA-F]*$/.test(v);
}

function specOf(v: unknown): number {
  const spec = typeof v === 'object' && v !== null ? Reflect.get(v, 'specVersion') : undefined;
  if (typeof spec !== 'number') throw new Error('the node sent no runtime version');
  return spec;
}

/**
 * Opens one endpoint: WebSocket up, genesis and runtime version read, metadata from the cache (per genesis and
 * spec version) or fetched once (the newest version the runtime offers) and cached, the runtime's own signed extensions declared, then ApiPromise.
 * No automatic reconnect here: the session decides where to go next.
 */
export function apiConnector(cache: MetadataCache, timeoutMs = 8_000): Connector<ApiLink> {
  return async (endpoint) => {
    const provider = new WsProvider(endpoint, false, {}, 60_000);
    try {
      const opened = waitOpen(provider, endpoint, timeoutMs);
      await provider.connect();
      await opened;
      const [genesis, version]: unknown[] = await Promise.all([
        provider.send('chain_getBlockHash', [0]),
        provider.send('state_getRuntimeVersion', []),
      ]);
      if (!isHex(genesis)) throw new Error('the node sent no genesis hash');
      const specVersion = specOf(version);
      let metadata = await cache.get(genesis, specVersion).catch(() => null);
      const metadataFromCache = metadata !== null;
      if (!metadata) {
        metadata = await fetchNewestMetadata(provider);
        await cache.put(genesis, specVersion, metadata).catch(() => undefined);
      }
      const hex = metadata.hex;
      const { extensions, identifiers } = signedExtensionsFromMetadata(hex);
      const api = await ApiPromise.create({
        provider,
        metadata: { [`${genesis}-${specVersion}`]: hex },
        signedExtensions: extensions,
        noInitWarn: true,
        throwOnConnect: true,
      });
      let closing = false;
      return {
        api,
        endpoint,
        genesisHash: genesis,
        specVersion,
        extensions: identifiers,
        metadataFromCache,
        metadataVersion: metadata.version,
        onClose(listener) {
          const off = provider.on('disconnected', () => {
            off();
            if (closing) return;
            void api.disconnect().catch(() => undefined);
            listener(`${endpoint} closed the connection`);
          });
        },
        async close() {
          closing = true;
          await api.disconnect();
        },
      };
    } catch (e) {
      await provider.disconnect().catch(() => undefined);
      throw e;
    }
  };
}
