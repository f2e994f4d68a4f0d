import type { ApiPromise } from '@polkadot/api';
import { z } from 'zod';
import type { ColdkeySwapView, PortfolioView } from '../../../protocol/domains/chain-values.ts';
import { storageMulti } from './runtime.ts';

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

/** A swap announced for a wallet coldkey, as a notification tells it. */
export interface ColdkeySwapAlert {
  networkId: string;
  address: string;
  executesAt: number;
  /** Blocks from the read to the execution block. */
  blocksLeft: number;
}

/**
 * Which announcements a view shows that were not in the views before: each (network, coldkey, execution block) is
 * told once per service-worker life, a re-announcement (a new execution block) again.
 */
export class ColdkeySwapWatch {
  private readonly told = new Set<string>();

  fresh(view: PortfolioView): ColdkeySwapAlert[] {
    const out: ColdkeySwapAlert[] = [];
    for (const a of view.accounts) {
      const s = a.coldkeySwap;
      if (!s) continue;
      const key = `${view.networkId}:${a.address}:${s.executesAt}`;
      if (this.told.has(key)) continue;
      this.told.add(key);
      out.push({
        networkId: view.networkId,
        address: a.address,
        executesAt: s.executesAt,
        blocksLeft: Math.max(0, s.executesAt - (view.block ?? s.executesAt)),
      });
    }
    return out;
  }
}
