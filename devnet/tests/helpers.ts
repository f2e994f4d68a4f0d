// Test helpers: start a devnet on a random port and connect an unmodified ApiPromise to it.
import '@polkadot/api-augment';
import { ApiPromise, WsProvider, type SubmittableResult } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { Option, Struct } from '@polkadot/types';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet, type DevnetOptions } from '../index.ts';
import { blocksUntilNextEpoch } from '../subtensor/epoch.ts';

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
  const api = await ApiPromise.create({
    provider,
    signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
    noInitWarn: true,
    throwOnConnect: true,
  });
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
  /** The extrinsic's event records as @polkadot/api decoded them. */
  records: SubmittableResult['events'];
}

/** signAndSend, resolving on finalized with the statuses seen and the extrinsic's events. */
export function sendAndFinalize(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  pair: KeyringPair,
): Promise<TxOutcome> {
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
          events: r.events.map((e) => ({
            section: e.event.section,
            method: e.event.method,
            data: e.event.data.toJSON() as unknown[],
          })),
          dispatchError,
          records: r.events,
        });
      }
      if (r.isError) reject(new Error(`tx failed: ${r.status.type}`));
    }).catch(reject);
  });
}

/**
 * Stakes compound only in epoch blocks (the chain's schedule: blocks_until_next_epoch = 0, in on_initialize,
 * before the block's transactions). Before a transaction whose stake deltas a test compares across blocks, make
 * sure the block it will go into runs no epoch on the given subnets (produces blocks until it would not).
 */
export async function avoidEpochBlock(h: Harness, netuids: number[]): Promise<void> {
  const { api, devnet } = h;
  const q = api.query['subtensorModule']!;
  const tempos = await Promise.all(netuids.map(async (n) => Number((await q['tempo']!(n)).toString())));
  while (netuids.some((n, i) => blocksUntilNextEpoch(n, tempos[i]!, devnet.chain.head.number + 1) === 0n))
    devnet.produceBlock();
}

/** Stake of (hotkey, coldkey, netuid) from StakeInfoRuntimeApi, at the head or at block `at`. */
export async function stakeAt(
  api: ApiPromise,
  hot: string,
  cold: string,
  netuid: number,
  at?: string,
): Promise<bigint> {
  const a = at ? await api.at(at) : api;
  const info = (await a.call['stakeInfoRuntimeApi']!['getStakeInfoForHotkeyColdkeyNetuid']!(
    hot,
    cold,
    netuid,
  )) as unknown as Option<Struct>;
  return info.isNone ? 0n : BigInt(info.unwrap().get('stake')!.toString());
}
