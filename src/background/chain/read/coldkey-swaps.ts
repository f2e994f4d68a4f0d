import type { ApiPromise } from '@polkadot/api';
import { z } from 'zod';
import type { ColdkeySwapView } from '../../../protocol/domains/chain-values.ts';
import { storageMulti } from './runtime-api.ts';

const block = z.number().int().nonnegative();
/** ColdkeySwapAnnouncements value: (block from which the swap may run, hash of the new coldkey). */
const announcement = z.tuple([block, z.string()]).nullable();
const dispute = block.nullable();

/**
 * Coldkey swaps announced for these coldkeys (facts §12): `SubtensorModule.ColdkeySwapAnnouncements` and
 * `ColdkeySwapDisputes`, one multi-read each. A runtime without the storage has no such swaps: an empty map.
 */
export async function readColdkeySwaps(api: ApiPromise, addresses: string[]): Promise<Map<string, ColdkeySwapView>> {
  const out = new Map<string, ColdkeySwapView>();
  const announcements = storageMulti(api, 'subtensorModule', 'coldkeySwapAnnouncements');
  if (!announcements || !addresses.length) return out;
  const disputes = storageMulti(api, 'subtensorModule', 'coldkeySwapDisputes');
  const [found, disputed] = await Promise.all([
    announcements(addresses),
    disputes ? disputes(addresses) : Promise.resolve([]),
  ]);
  addresses.forEach((address, i) => {
    const a = announcement.safeParse(found[i]?.toJSON() ?? null);
    if (!a.success || !a.data) return;
    const d = dispute.safeParse(disputed[i]?.toJSON() ?? null);
    out.set(address, { executesAt: a.data[0], disputedAt: d.success ? d.data : null });
  });
  return out;
}
