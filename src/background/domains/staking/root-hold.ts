import type { ApiPromise } from '@polkadot/api';
import { z } from 'zod';
import { ProtocolError } from '../../../protocol/errors.ts';

const blocks = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform((v) => BigInt(v));
/** Seconds per block on Subtensor. */
const BLOCK_SECONDS = 12n;

/**
 * The block from which root stake of (coldkey, hotkey) may leave root again, on runtimes with Root Reborn's hold
 * window (facts §12: `RootStakeUnlockInterval` blocks after `LastColdkeyHotkeyStakeBlock`); null when nothing holds
 * it (no such storage, an interval of 0, or the window passed).
 */
export async function rootHoldUntil(api: ApiPromise, coldkey: string, hotkey: string): Promise<number | null> {
  const q = api.query['subtensorModule'];
  const intervalOf = q?.['rootStakeUnlockInterval'];
  const lastOf = q?.['lastColdkeyHotkeyStakeBlock'];
  if (!intervalOf || !lastOf) return null;
  const [interval, last, head] = await Promise.all([intervalOf(), lastOf(coldkey, hotkey), api.rpc.chain.getHeader()]);
  const i = blocks.parse(interval.toJSON());
  const l = blocks.parse(last.toJSON() ?? 0);
  if (i === 0n || l === 0n) return null;
  const until = l + i;
  // The next block is the earliest the transaction can be in.
  return BigInt(head.number.toNumber()) + 1n < until ? Number(until) : null;
}

/** Refuses an unstake, move or transfer of root stake inside its hold window, with a sentence saying until when. */
export async function refuseInsideRootHold(api: ApiPromise, coldkey: string, hotkey: string): Promise<void> {
  const until = await rootHoldUntil(api, coldkey, hotkey);
  if (until === null) return;
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const minutes = Number((BigInt(until - head) * BLOCK_SECONDS + 59n) / 60n);
  throw new ProtocolError(
    'invalid-request',
    `This root stake is in its hold window until block #${until} (about ${minutes} min): it cannot be unstaked, moved or transferred before then.`,
    { reason: 'root-stake-held', block: until, minutes },
  );
}
