import type { ApiPromise } from '@polkadot/api';
import type { EventRecord } from '@polkadot/types/interfaces';
import type { Codec } from '@polkadot/types/types';
import { describeDispatchError, type Outcome } from './outcome.ts';
import type { TrackedTx } from '../../../protocol/domains/tx-values.ts';
import type { ChainSessions } from '../../chain/sessions.ts';
import type { Store } from '../../store/store.ts';
import { isPending } from './history.ts';
import type { TxTracker } from './tracker.ts';

/** Longer than any mortal era polkadot-js signs with: past this, a transaction not found was dropped. */
const GIVE_UP_AFTER = 256;

type DispatchErrorArg = Parameters<typeof describeDispatchError>[1];
const isDispatchError = (v: Codec | undefined): v is Codec & DispatchErrorArg =>
  v !== undefined && typeof Reflect.get(v, 'isModule') === 'boolean';
const isErrResult = (v: Codec | undefined): v is Codec & { isErr: true; asErr: Codec } =>
  v !== undefined && Reflect.get(v, 'isErr') === true;

/** One extrinsic's outcome from its block's events, including a failure inside proxy.proxy (ProxyExecuted Err). */
export function outcomeIn(api: ApiPromise, events: EventRecord[], index: number): Outcome | null {
  let outcome: Outcome | null = null;
  for (const { phase, event } of events) {
    if (!phase.isApplyExtrinsic || phase.asApplyExtrinsic.toNumber() !== index) continue;
    if (event.section === 'proxy' && event.method === 'ProxyExecuted') {
      const r = event.data[0];
      if (isErrResult(r) && isDispatchError(r.asErr)) return describeDispatchError(api, r.asErr);
    }
    if (api.events.system.ExtrinsicFailed.is(event)) return describeDispatchError(api, event.data[0]);
    if (api.events.system.ExtrinsicSuccess.is(event)) outcome = { ok: true };
  }
  return outcome;
}

async function findInBlocks(api: ApiPromise, hash: string, from: number, to: number) {
  const numbers = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const hashes = await Promise.all(numbers.map((n) => api.rpc.chain.getBlockHash(n)));
  const blocks = await Promise.all(hashes.map((h) => api.rpc.chain.getBlock(h)));
  for (let i = 0; i < blocks.length; i++) {
    const index = blocks[i]!.block.extrinsics.findIndex((x) => x.hash.toHex() === hash);
    if (index >= 0) return { blockHash: hashes[i]!.toHex(), blockNumber: numbers[i]!, index };
  }
  return null;
}

/**
 * After a worker restart, each pending record of this chain is looked up by its hash in the blocks since it was
 * submitted; nothing is ever re-sent. Generic over the record (transfers and staking alike): found → its
 * outcome from that block's events; finalized once the canonical chain has that block; not found past the
 * mortality window → dropped.
 */
export async function recheckTracked<R extends TrackedTx>(
  api: ApiPromise,
  genesisHash: string,
  records: R[],
  set: (id: string, patch: Partial<TrackedTx>, final: boolean) => Promise<void>,
): Promise<void> {
  const pending = records.filter((r) => isPending(r) && r.genesisHash === genesisHash);
  if (!pending.length) return;
  const [best, finalizedHash] = await Promise.all([api.rpc.chain.getHeader(), api.rpc.chain.getFinalizedHead()]);
  const bestNumber = best.number.toNumber();
  const finalizedNumber = (await api.rpc.chain.getHeader(finalizedHash)).number.toNumber();
  for (const r of pending) {
    const from = Math.max(1, r.blockNumber ?? r.submittedBlock ?? bestNumber - 64);
    const found = await findInBlocks(api, r.hash, from, Math.min(bestNumber, from + GIVE_UP_AFTER));
    if (!found) {
      if (bestNumber - from > GIVE_UP_AFTER) await set(r.id, { status: 'dropped', error: 'pool.Dropped' }, true);
      continue;
    }
    const events = await (await api.at(found.blockHash)).query.system.events();
    const outcome = outcomeIn(api, [...events], found.index);
    const where = { blockHash: found.blockHash, blockNumber: found.blockNumber };
    if (outcome && !outcome.ok)
      await set(r.id, { ...where, status: 'failed', error: outcome.error, errorDocs: outcome.errorDocs }, true);
    else if (
      found.blockNumber <= finalizedNumber &&
      (await api.rpc.chain.getBlockHash(found.blockNumber)).toHex() === found.blockHash
    )
      await set(r.id, { ...where, status: 'finalized' }, true);
    else await set(r.id, { ...where, status: 'inBlock' }, false);
  }
}

/**
 * Keeps a tracker's records honest across worker restarts: when a network connects, and every third block,
 * the pending records this worker does not follow live are looked up on chain (one check at a time).
 */
export function recheckOnChain<R extends TrackedTx>(
  sessions: ChainSessions,
  history: Store<R[]>,
  tracker: TxTracker<R>,
): (networkId: string) => Promise<void> {
  let checking = false;
  const recheck = async (networkId: string): Promise<void> => {
    if (checking) return;
    const link = (await sessions.session(networkId)).peek();
    const records = (await history.get()).filter((r) => tracker.isUnfollowed(r));
    if (!link || !records.some((r) => r.genesisHash === link.genesisHash)) return;
    checking = true;
    try {
      await recheckTracked(link.api, link.genesisHash, records, (id, patch, final) => tracker.set(id, patch, final));
    } finally {
      checking = false;
    }
  };
  sessions.onStatus((s) => {
    if (s.state === 'connected') void recheck(s.networkId).catch(() => undefined);
  });
  sessions.onBlock((networkId, block) => {
    if (block % 3 === 0) void recheck(networkId).catch(() => undefined);
  });
  return recheck;
}
