import { cryptoWaitReady } from '@polkadot/util-crypto';

let ready: Promise<boolean> | null = null;

/**
 * sr25519 and friends are WebAssembly, compiled once per worker. The worker starts this at launch without
 * waiting; only handlers that touch keys await it, so opening the popup never waits for it.
 */
export function cryptoReady(): Promise<boolean> {
  ready ??= cryptoWaitReady();
  return ready;
}
