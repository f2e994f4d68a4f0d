// Test helpers: start a devnet on a random port and connect an unmodified ApiPromise to it.
import '@polkadot/api-augment';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet, type DevnetOptions } from '../index.ts';

export interface Harness {
  devnet: Devnet;
  api: ApiPromise;
  keyring: Keyring;
  alice: KeyringPair;
  bob: KeyringPair;
  charlie: KeyringPair;
  close(): Promise<void>;
}

export async function harness(opts: DevnetOptions = {}): Promise<Harness> {
  await cryptoWaitReady();
  const devnet = await startDevnet({ port: 0, instant: true, ...opts });
  const meta = loadChainMetadata(devnet.meta.file);
  const provider = new WsProvider(devnet.url, false);
  await provider.connect();
  const api = await ApiPromise.create({ provider, signedExtensions: customSignedExtensions(meta.registry, meta.metadata), noInitWarn: true, throwOnConnect: true });
  const keyring = new Keyring({ type: 'sr25519' });
  return {
    devnet,
    api,
    keyring,
    alice: keyring.addFromUri('//Alice'),
    bob: keyring.addFromUri('//Bob'),
    charlie: keyring.addFromUri('//Charlie'),
    close: async () => {
      await api.disconnect();
      await devnet.stop();
    },
  };
}

export interface TxOutcome {
  statuses: string[];
  blockHash: string;
  events: Array<{ section: string; method: string; data: unknown[] }>;
  dispatchError: string | null;
}

/** signAndSend, resolving on finalized with the statuses seen and the extrinsic's events. */
export function sendAndFinalize(api: ApiPromise, tx: ReturnType<ApiPromise['tx']['balances']['transferKeepAlive']>, pair: KeyringPair): Promise<TxOutcome> {
  return new Promise((resolve, reject) => {
    const statuses: string[] = [];
    tx.signAndSend(pair, (r) => {
      statuses.push(r.status.type);
      if (r.status.isFinalized) {
        let dispatchError: string | null = null;
        if (r.dispatchError) {
          if (r.dispatchError.isModule) {
            const d = api.registry.findMetaError(r.dispatchError.asModule);
            dispatchError = `${d.section}.${d.name}`;
          } else dispatchError = r.dispatchError.toString();
        }
        resolve({
          statuses,
          blockHash: r.status.asFinalized.toHex(),
          events: r.events.map((e) => ({ section: e.event.section, method: e.event.method, data: e.event.data.toJSON() as unknown[] })),
          dispatchError,
        });
      }
      if (r.isError) reject(new Error(`tx failed: ${r.status.type}`));
    }).catch(reject);
  });
}
