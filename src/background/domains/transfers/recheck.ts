import type { ApiPromise } from '@polkadot/api';
import type { TxRecord } from '../../../protocol/domains/chain-values.ts';
import { isPending } from './history.ts';
import { outcomeOf } from './outcome.ts';

/** Longer than any mortal era polkadot-js signs with: past this, a transaction not found was dropped. */
const GIVE_UP_AFTER = 256;

interface Found {
  blockHash: string;
  blockNumber: number;
  index: number;
}

async function findInBlocks(api: ApiPromise, hash: string, from: number, to: number): Promise<Found | null> {
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
 * After a worker restart, each pending transaction of this chain is looked up by its hash in the blocks since
 * it was submitted; nothing is ever re-sent. Found → its outcome from that block's events; finalized when the
 * canonical chain at the finalized height has that block. Not found past the mortality window → dropped.
 */
export async function recheckPending(
  api: ApiPromise,
  genesisHash: string,
  records: TxRecord[],
  set: (id: string, patch: Partial<TxRecord>, final: boolean) => Promise<void>,
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
    const outcome = outcomeOf(api, [...events], found.index);
    const where = { blockHash: found.blockHash, blockNumber: found.blockNumber };
    if (outcome && !outcome.ok) {
      await set(r.id, { ...where, status: 'failed', error: outcome.error, errorDocs: outcome.errorDocs }, true);
    } else if (found.blockNumber <= finalizedNumber) {
      const canonical = (await api.rpc.chain.getBlockHash(found.blockNumber)).toHex();
      if (canonical === found.blockHash) await set(r.id, { ...where, status: 'finalized' }, true);
    } else {
      await set(r.id, { ...where, status: 'inBlock' }, false);
    }
  }
}
