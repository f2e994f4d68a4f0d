import type { ApiPromise } from '@polkadot/api';
import { ProtocolError } from '../../../protocol/errors.ts';
import { readColdkeySwaps } from '../../chain/read/coldkey-swaps.ts';
import { calls, type Built } from './calls.ts';

/**
 * dispute_coldkey_swap for `coldkey`: only where the runtime has it, only while a swap is announced for the coldkey
 * and not yet disputed (the chain refuses the rest: ColdkeySwapAnnouncementNotFound, ColdkeySwapDisputed).
 */
export async function disputePlan(
  api: ApiPromise,
  coldkey: string,
): Promise<{ built: Built; legs: []; warnings: []; spend: bigint; allowPartial: false }> {
  const built = calls.disputeColdkeySwap(api);
  const swap = (await readColdkeySwaps(api, [coldkey])).get(coldkey);
  if (!swap)
    throw new ProtocolError(
      'invalid-request',
      'No coldkey swap is announced for this account: there is nothing to dispute.',
      {
        reason: 'no-swap-announced',
      },
    );
  if (swap.disputedAt !== null)
    throw new ProtocolError('invalid-request', `This coldkey swap was already disputed in block #${swap.disputedAt}.`, {
      reason: 'swap-already-disputed',
      block: swap.disputedAt,
    });
  return { built, legs: [], warnings: [], spend: 0n, allowPartial: false };
}
