import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { TrackedTx } from '../../../protocol/domains/tx-values.ts';
import { withSigner, type WalletVault } from '../../vault/signer.ts';
import type { TxTracker } from './tracker.ts';

/** What every submitted record starts with; the domain adds what it sent (and its fee estimate). */
export type Submitted = Pick<TrackedTx, 'id' | 'hash' | 'status' | 'submittedBlock' | 'createdAt' | 'updatedAt'>;

export interface Submission<R extends TrackedTx> {
  vault: WalletVault;
  accountId: string;
  /** The sentence that refuses a watch-only account ("A watch-only account cannot send."). */
  watchOnly: string;
  api: ApiPromise;
  tx: SubmittableExtrinsic<'promise'>;
  tracker: TxTracker<R>;
  now: () => number;
  /** The domain's record around the submitted fields. */
  record: (submitted: Submitted) => R;
}

/**
 * The one transaction submitter (transfers and staking): signs with the account's key (withSigner), notes the best
 * block so a restarted worker can find it, then submits and follows it to the end; the tracker keeps the history.
 */
export async function signAndSubmit<R extends TrackedTx>(s: Submission<R>): Promise<R> {
  await withSigner(s.vault, s.accountId, s.watchOnly, (pair) => s.tx.signAsync(pair, { nonce: -1 }));
  const best = (await s.api.rpc.chain.getHeader()).number.toNumber();
  const at = s.now();
  const submitted: Submitted = {
    id: crypto.randomUUID(),
    hash: s.tx.hash.toHex(),
    status: 'submitted',
    submittedBlock: best,
    createdAt: at,
    updatedAt: at,
  };
  return s.tracker.submit(s.api, s.tx, s.record(submitted));
}
