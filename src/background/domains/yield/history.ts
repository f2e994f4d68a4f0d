import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { rational } from '../../../core/amount/rational.ts';
import type { ShareState } from '../../../core/yield/shares-history.ts';
import { bigOf, decodeShare, hasItem, isFixedShare, readAt, shareRational, type KeyRef } from './storage-read.ts';

/** A position of one account: (coldkey, hotkey, netuid). */
export interface PositionKey {
  account: string;
  hotkey: string;
  netuid: number;
}

export const positionId = (p: PositionKey): string => `${p.account}|${p.hotkey}|${p.netuid}`;

/**
 * Past share-pool states read from the chain (an archive node for old blocks). One `state_queryStorageAt`
 * per block reads every position at once; block hashes are remembered. `queries` counts both.
 */
export class HistoryReader {
  queries = 0;
  /**
   * Subnets whose epochs pay root stake through root's own share pool (runtimes without root claims, e.g. spec
   * 293): a root position's state records an epoch in a block where any of them ran theirs.
   */
  rootPaidBy: number[] = [];
  private readonly hashes = new Map<number, Promise<string>>();
  private readonly v1: boolean;
  private readonly v2: boolean;

  constructor(private readonly api: ApiPromise) {
    this.v1 = hasItem(api, 'alpha') && hasItem(api, 'totalHotkeyShares');
    this.v2 = hasItem(api, 'alphaV2') && hasItem(api, 'totalHotkeySharesV2');
  }

  hashAt(block: number): Promise<string> {
    let h = this.hashes.get(block);
    if (!h) {
      this.queries += 1;
      h = this.api.rpc.chain.getBlockHash(block).then((x) => x.toHex());
      this.hashes.set(block, h);
      h.catch(() => this.hashes.delete(block));
    }
    return h;
  }

  /** Storage entries after `block`, in one counted `state_queryStorageAt`. */
  async readAtBlock(block: number, refs: KeyRef[]): Promise<Array<Codec | null>> {
    const hash = await this.hashAt(block);
    this.queries += 1;
    return readAt(this.api, hash, refs);
  }

  /** The state of each position after `block` (value 0 where it did not exist). */
  async statesAt(block: number, positions: PositionKey[]): Promise<Map<string, ShareState>> {
    const refs: KeyRef[] = [];
    const pool = new Map<string, number>();
    const epochOf = new Map<number, number>();
    const at = (ref: KeyRef): number => refs.push(ref) - 1;
    /** Index of the legacy and the V2 entry (−1 where the runtime has none). */
    const pair = (v1: string, v2: string, args: unknown[]): [number, number] => [
      this.v1 ? at({ item: v1, args }) : -1,
      this.v2 ? at({ item: v2, args }) : -1,
    ];
    const denoms = new Map<string, [number, number]>();
    for (const p of positions) {
      const hk = `${p.hotkey}:${p.netuid}`;
      if (!pool.has(hk)) {
        pool.set(hk, at({ item: 'totalHotkeyAlpha', args: [p.hotkey, p.netuid] }));
        denoms.set(hk, pair('totalHotkeyShares', 'totalHotkeySharesV2', [p.hotkey, p.netuid]));
      }
      if (!epochOf.has(p.netuid)) epochOf.set(p.netuid, at({ item: 'lastMechansimStepBlock', args: [p.netuid] }));
    }
    const rootEpochs = positions.some((p) => p.netuid === 0)
      ? this.rootPaidBy.map((n) => epochOf.get(n) ?? at({ item: 'lastMechansimStepBlock', args: [n] }))
      : [];
    const shareAt = new Map<string, [number, number]>();
    for (const p of positions) shareAt.set(positionId(p), pair('alpha', 'alphaV2', [p.hotkey, p.account, p.netuid]));
    const values = await this.readAtBlock(block, refs);
    const dec = (i: number) => (i < 0 ? null : decodeShare(values[i]?.toJSON() ?? null));
    const out = new Map<string, ShareState>();
    for (const p of positions) {
      const hk = `${p.hotkey}:${p.netuid}`;
      const [d1, d2] = denoms.get(hk)!;
      const [s1, s2] = shareAt.get(positionId(p))!;
      out.set(positionId(p), {
        block,
        total: bigOf(values[pool.get(hk)!] ?? null),
        denom: shareRational(dec(d1), dec(d2)),
        share: shareRational(dec(s1), dec(s2)),
        fixed: isFixedShare(dec(d1), dec(d2)) && isFixedShare(dec(s1), dec(s2)),
        epoch:
          p.netuid === 0
            ? rootEpochs.some((i) => Number(bigOf(values[i] ?? null)) === block)
            : Number(bigOf(values[epochOf.get(p.netuid)!] ?? null)) === block,
      });
    }
    return out;
  }
}

export const emptyShare = rational(0n);
