import { z } from 'zod';
import { rational } from '../../../core/amount/rational.ts';
import type { ShareState } from '../../../core/yield/shares-history.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import type { Sealer } from '../../store/sealer.ts';
import { Store } from '../../store/store.ts';

const int = z.string().regex(/^-?\d+$/);
/** [TotalHotkeyAlpha, share num, share den, denominator num, denominator den, epoch in this block 0/1] */
const flag = z.union([z.literal(0), z.literal(1)]);
/** total, share num/den, denominator num/den, epoch, and (written since) legacy fixed-point shares. */
const stateRow = z.union([z.tuple([int, int, int, int, int, flag]), z.tuple([int, int, int, int, int, flag, flag])]);
const snapshot = z.object({
  block: z.number().int().nonnegative(),
  at: z.number(),
  states: z.record(z.string(), stateRow),
});
export type Snapshot = z.infer<typeof snapshot>;
const schema = z.record(z.string(), z.array(snapshot).max(200));

/** Newest first, kept: the last 48 (hourly ≈ two days), then one per day, 64 in all per network. */
export const MAX_SNAPSHOTS = 64;
const RECENT = 48;

/** Keyed by the person's positions (coldkey addresses): sealed, so snapshots are read and taken only while unlocked. */
export function snapshotStore(local: StorageAreaLike, sealer?: Sealer): Store<Record<string, Snapshot[]>> {
  return new Store(local, { key: 'yield.snapshots', schema, defaults: () => ({}), sealer });
}

export function toRow(s: ShareState): z.infer<typeof stateRow> {
  return [
    s.total.toString(),
    s.share.num.toString(),
    s.share.den.toString(),
    s.denom.num.toString(),
    s.denom.den.toString(),
    s.epoch ? 1 : 0,
    s.fixed ? 1 : 0,
  ];
}

export function fromRow(block: number, r: z.infer<typeof stateRow>): ShareState {
  return {
    block,
    total: BigInt(r[0]),
    share: rational(BigInt(r[1]), BigInt(r[2])),
    denom: rational(BigInt(r[3]), BigInt(r[4])),
    epoch: r[5] === 1,
    fixed: r[6] === 1,
  };
}

/** Adds a snapshot and thins the list to the bound (older ones one per 7200-block day). */
export function addSnapshot(list: Snapshot[], next: Snapshot): Snapshot[] {
  const all = [next, ...list.filter((s) => s.block !== next.block)].sort((a, b) => b.block - a.block);
  const out = all.slice(0, RECENT);
  const days = new Set(out.map((s) => Math.floor(s.block / 7200)));
  for (const s of all.slice(RECENT)) {
    const day = Math.floor(s.block / 7200);
    if (days.has(day)) continue;
    days.add(day);
    out.push(s);
  }
  return out.slice(0, MAX_SNAPSHOTS);
}
