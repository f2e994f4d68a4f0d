import type { ApiPromise, SubmittableResult } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { Hash } from '@polkadot/types/interfaces';
import type { Codec } from '@polkadot/types/types';
import { u8aToHex } from '@polkadot/util';
import { shieldEncrypt, shieldEra } from '../../../core/shield/index.ts';
import type { TrackedTx } from '../../../protocol/domains/tx-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import { withSigner } from '../../vault/signer.ts';
import { describeDispatchError } from './outcome.ts';
import { poolRefusal } from './pool-refusal.ts';
import { readNextKey, readNextKeyExpiry } from './shield-plan.ts';
import type { Submission, Submitted } from './submit.ts';

interface Signed {
  wrapper: SubmittableExtrinsic<'promise'>;
  innerHash: string;
  /** The block from which the key it was encrypted to is no longer valid (NextKeyExpiresAt). */
  expiresAt: number | null;
}

type DispatchErrorArg = Parameters<typeof describeDispatchError>[1];
const isDispatchError = (v: Codec | undefined): v is Codec & DispatchErrorArg =>
  v !== undefined && typeof Reflect.get(v, 'isModule') === 'boolean';

/**
 * Signs for MEV Shield (opentensor/subtensor `pallets/shield`): the transaction itself at nonce n + 1, its bytes
 * encrypted to `MevShield.NextKey`, and the `submit_encrypted` wrapper at nonce n, mortal for 8 blocks from the best
 * block's parent. The wrapper is applied first (n), then the author decrypts and applies the transaction (n + 1).
 */
async function signShielded<R extends TrackedTx>(s: Submission<R>): Promise<Signed> {
  const submit = s.api.tx['mevShield']?.['submitEncrypted'];
  const [key, expiresAt] = await Promise.all([readNextKey(s.api), readNextKeyExpiry(s.api)]);
  if (!submit || !key)
    throw new ProtocolError('rejected', 'The network announced no MEV Shield key.', { reason: 'shield-no-key' });
  const header = await s.api.rpc.chain.getHeader();
  return withSigner(s.vault, s.accountId, s.watchOnly, async (pair) => {
    const nonce = (await s.api.rpc.system.accountNextIndex(pair.address)).toNumber();
    await s.tx.signAsync(pair, { nonce: nonce + 1 });
    await validateInner(s.api, s.tx, header.hash.toHex());
    const wrapper = submit(u8aToHex(shieldEncrypt(key, s.tx.toU8a())));
    const era = s.api.createType('ExtrinsicEra', shieldEra(header.number.toNumber()));
    await wrapper.signAsync(pair, { nonce, era, blockHash: header.parentHash });
    return { wrapper, innerHash: s.tx.hash.toHex(), expiresAt };
  });
}

/**
 * The transaction inside is checked as the pool would (TaggedTransactionQueue; at nonce n + 1 it is valid in the
 * future, so only the other checks can refuse it) before anything is sent: a refusal costs nothing, as in the clear.
 */
async function validateInner(api: ApiPromise, tx: SubmittableExtrinsic<'promise'>, at: string): Promise<void> {
  const validate = api.call['taggedTransactionQueue']?.['validateTransaction'];
  if (!validate) return;
  // The API's `tx` is typed Bytes: a Uint8Array is read as already length-prefixed, which an extrinsic's own
  // encoding is (its hex would be prefixed a second time and refused as undecodable by any runtime). Best effort: a
  // node that cannot answer leaves the check to the block author, as on any chain.
  const json = await validate('External', tx.toU8a(), at).then(
    (r) => r.toJSON(),
    () => null,
  );
  const err = json && typeof json === 'object' && 'err' in json ? json['err'] : null;
  if (!err || typeof err !== 'object') return;
  const invalid = 'invalid' in err ? err['invalid'] : 'unknown' in err ? err['unknown'] : null;
  const custom = invalid && typeof invalid === 'object' && 'custom' in invalid ? invalid['custom'] : null;
  const text = custom !== null ? `Custom error: ${String(custom)}` : `Invalid Transaction: ${JSON.stringify(invalid)}`;
  const refusal = poolRefusal(new Error(`1010: Invalid Transaction: ${text}`));
  throw new ProtocolError(refusal.code, refusal.message, { ...refusal.data, inner: true });
}

/** The inner transaction in the wrapper's block: its index, its events' outcome and the fees both paid. */
async function innerOutcome(
  api: ApiPromise,
  at: Hash,
  signed: Signed,
): Promise<{ found: false; blockNumber: number } | { found: true; patch: Partial<TrackedTx> }> {
  const blockHash = at.toHex();
  const block = await api.rpc.chain.getBlock(at);
  const hashes: string[] = block.block.extrinsics.map((x) => x.hash.toHex());
  const inner = hashes.indexOf(signed.innerHash);
  const outer = hashes.indexOf(signed.wrapper.hash.toHex());
  if (inner < 0) return { found: false, blockNumber: block.block.header.number.toNumber() };
  const events = await (await api.at(at)).query.system.events();
  const of = (i: number) => events.filter((e) => e.phase.isApplyExtrinsic && e.phase.asApplyExtrinsic.toNumber() === i);
  let fee = 0n;
  for (const { event } of [...of(inner), ...of(outer)])
    if (event.section === 'transactionPayment' && event.method === 'TransactionFeePaid')
      fee += BigInt(event.data[1]?.toString() ?? '0');
  const failed = of(inner).find(({ event }) => event.section === 'system' && event.method === 'ExtrinsicFailed');
  const err = failed?.event.data[0];
  const patch: Partial<TrackedTx> = {
    blockHash,
    blockNumber: block.block.header.number.toNumber(),
    fee: fee.toString(),
  };
  if (failed && isDispatchError(err)) {
    const o = describeDispatchError(api, err);
    return {
      found: true,
      patch: { ...patch, status: 'failed', error: o.error, ...(o.errorDocs ? { errorDocs: o.errorDocs } : {}) },
    };
  }
  return { found: true, patch: { ...patch, status: 'inBlock' } };
}

/**
 * Sends a transaction through MEV Shield and follows the transaction inside (not the wrapper) to finalized. When the
 * wrapper lands but its key had expired (the author could not decrypt it, nothing ran), it is sent once more with the
 * new key: re-signed at the next nonces, so the first one can never run as well. Rejects with the pool's reason when
 * the wrapper is refused (the caller then sends in the clear).
 */
export async function shieldedSubmit<R extends TrackedTx>(s: Submission<R>): Promise<R> {
  const signed = await signShielded(s);
  const best = (await s.api.rpc.chain.getHeader()).number.toNumber();
  const at = s.now();
  const submitted: Submitted = {
    id: crypto.randomUUID(),
    hash: signed.innerHash,
    status: 'submitted',
    submittedBlock: best,
    createdAt: at,
    updatedAt: at,
  };
  const record: R = { ...s.record(submitted), wrapperHash: signed.wrapper.hash.toHex() };
  return new Promise<R>((resolve, reject) => {
    let accepted = false;
    send(s, record.id, signed, true, () => {
      if (accepted) return;
      accepted = true;
      s.tracker.accept(record).then(() => resolve(record), reject);
    }).catch((e: unknown) => {
      if (!accepted) reject(poolRefusal(e));
    });
  });
}

async function send<R extends TrackedTx>(
  s: Submission<R>,
  id: string,
  signed: Signed,
  mayRetry: boolean,
  onAccepted: () => void,
): Promise<void> {
  let chain = Promise.resolve();
  // waiting for the wrapper's block; found (the inner transaction ran in it); done (failed, retried or final).
  let state: 'waiting' | 'found' | 'done' = 'waiting';
  const step = async (result: SubmittableResult): Promise<void> => {
    const { status } = result;
    if (status.isInBlock && state === 'waiting') {
      const out = await innerOutcome(s.api, status.asInBlock, signed);
      state = out.found && out.patch.status !== 'failed' ? 'found' : 'done';
      if (out.found) await s.tracker.set(id, out.patch, out.patch.status === 'failed');
      // Landed after its key expired: the author could not open it; once more with the new key. Landed in time:
      // the author opened it and the transaction inside was refused (its fee unpaid, nothing ran); never again.
      else if (mayRetry && expired(signed, out.blockNumber)) await retry(s, id);
      else
        await s.tracker.set(
          id,
          { status: 'failed', error: expired(signed, out.blockNumber) ? 'shield.notExecuted' : 'shield.innerRefused' },
          true,
        );
    } else if (status.isFinalized && state === 'found') {
      state = 'done';
      await s.tracker.set(id, { status: 'finalized', blockHash: status.asFinalized.toHex() }, true);
    } else if ((status.isDropped || status.isInvalid || status.isUsurped) && state === 'waiting') {
      state = 'done';
      await s.tracker.set(id, { status: 'dropped', error: `pool.${status.type}` }, true);
    }
  };
  await signed.wrapper.send((result) => {
    onAccepted();
    chain = chain.then(() => step(result)).catch(() => undefined);
  });
}

const expired = (signed: Signed, blockNumber: number): boolean =>
  signed.expiresAt === null || blockNumber >= signed.expiresAt;

/** The key expired before inclusion: once more with the key announced now, at fresh nonces. */
async function retry<R extends TrackedTx>(s: Submission<R>, id: string): Promise<void> {
  try {
    const again = await signShielded(s);
    await s.tracker.set(id, { hash: again.innerHash, wrapperHash: again.wrapper.hash.toHex() }, false);
    await send(s, id, again, false, () => undefined);
  } catch {
    await s.tracker.set(id, { status: 'failed', error: 'shield.notExecuted' }, true);
  }
}
