// Helpers for tests against the real runtime: the shared seeded chain, a plain @polkadot/api client (what any
// Bittensor app uses, nothing declared by hand), fresh funded accounts, blocks on demand, and what the chain's own
// runtime APIs say about an account.
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { inject } from 'vitest';
import { DEV_PHRASE, devKeys, sendAndWait, TAO } from '../../devnet/real/seed.ts';

export { DEV_PHRASE, sendAndWait, TAO };

export function sharedChain() {
  return inject('realChain');
}

export async function chainApi(url: string): Promise<ApiPromise> {
  await cryptoWaitReady();
  return ApiPromise.create({ provider: new WsProvider(url, 1_000), noInitWarn: true });
}

export interface FreshAccount {
  /** Derivation path under DEV_PHRASE, as typed into the wallet's import form. */
  path: string;
  address: string;
  pair: KeyringPair;
}

/** The extrinsic `section.method` of this runtime, or an error naming what it lacks. */
export function txOf(api: ApiPromise, path: string, ...args: unknown[]): SubmittableExtrinsic<'promise'> {
  const [section = '', method = ''] = path.split('.');
  const fn = api.tx[section]?.[method];
  if (!fn) throw new Error(`the runtime has no ${path}`);
  return fn(...args);
}

/** New accounts no other test uses, each sent `tao` TAO by //Alice in one batch (one block). */
export async function freshAccounts(api: ApiPromise, count: number, tao: bigint): Promise<FreshAccount[]> {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const tag = Math.random().toString(36).slice(2, 10);
  const accounts = Array.from({ length: count }, (_, i) => {
    const path = `//t${tag}//${i}`;
    const pair = keyring.addFromUri(`${DEV_PHRASE}${path}`);
    return { path, address: pair.address, pair };
  });
  if (tao > 0n)
    await sendAndWait(
      api,
      txOf(
        api,
        'utility.batchAll',
        accounts.map((a) => txOf(api, 'balances.transferKeepAlive', a.address, tao * TAO)),
      ),
      devKeys().alice,
    );
  return accounts;
}

/** Builds n blocks now (Chopsticks' dev_newBlock); resolves with the new head number. */
export async function newBlocks(api: ApiPromise, count: number): Promise<number> {
  await api.rpc('dev_newBlock' as never, { count } as never);
  return (await api.rpc.chain.getHeader()).number.toNumber();
}

export async function head(api: ApiPromise): Promise<number> {
  return (await api.rpc.chain.getHeader()).number.toNumber();
}

export async function freeOf(api: ApiPromise, address: string, at?: string): Promise<bigint> {
  const query = at ? await api.at(at) : api;
  const info = (await query.query.system!.account!(address)).toJSON() as { data: { free: number | string } };
  return BigInt(info.data.free);
}

export interface ChainStake {
  hotkey: string;
  netuid: number;
  stake: bigint;
}

/** StakeInfoRuntimeApi.get_stake_info_for_coldkey: the chain's own answer. */
export async function stakesOf(api: ApiPromise, coldkey: string, at?: string): Promise<ChainStake[]> {
  const call = at ? (await api.at(at)).call : api.call;
  const raw = (await call['stakeInfoRuntimeApi']!['getStakeInfoForColdkey']!(coldkey)).toJSON() as Array<{
    hotkey: string;
    netuid: number;
    stake: number | string;
  }>;
  return raw.map((s) => ({ hotkey: s.hotkey, netuid: s.netuid, stake: BigInt(s.stake) })).filter((s) => s.stake > 0n);
}

/** One position's stake as the chain gives it (0 when there is none): what the tests of every browser compare. */
export async function stakeAt(api: ApiPromise, coldkey: string, hotkey: string, netuid: number): Promise<bigint> {
  return (await stakesOf(api, coldkey)).find((s) => s.hotkey === hotkey && s.netuid === netuid)?.stake ?? 0n;
}

/** The fee the chain charged for an extrinsic, from its own TransactionFeePaid event (actual fee + tip). */
export async function feePaid(api: ApiPromise, blockHash: string, signer: string): Promise<bigint> {
  const events = (await (
    await api.at(blockHash)
  ).query.system!.events!()) as unknown as Array<{
    event: { section: string; method: string; data: { toJSON(): unknown } };
  }>;
  const paid = events.filter(
    (e) => e.event.section === 'transactionPayment' && e.event.method === 'TransactionFeePaid',
  );
  for (const e of paid) {
    const [who, actualFee, tip] = e.event.data.toJSON() as [string, number | string, number | string];
    if (who === signer) return BigInt(actualFee) + BigInt(tip);
  }
  throw new Error(`no TransactionFeePaid for ${signer} in ${blockHash}`);
}
