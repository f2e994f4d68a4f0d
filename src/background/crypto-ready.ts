import { cryptoWaitReady } from '@polkadot/util-crypto';

let ready: Promise<boolean> | null = null;
let backend: 'starting' | 'wasm' | 'js' = 'starting';

/**
 * sr25519 and friends are WebAssembly, compiled once per worker. The worker starts this at launch without
 * waiting; only handlers that touch keys await it, so opening the popup never waits for it. Should the
 * WebAssembly fail to load, @polkadot/util-crypto signs with its JS implementations (slower, same results).
 */
export function cryptoReady(): Promise<boolean> {
  ready ??= cryptoWaitReady().then((wasm) => {
    backend = wasm ? 'wasm' : 'js';
    return wasm;
  });
  return ready;
}

/** Which crypto this worker uses (reported by system.info). */
export function cryptoBackend(): 'starting' | 'wasm' | 'js' {
  return backend;
}
