import type { PortfolioView } from '../../../protocol/domains/chain-values.ts';

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
