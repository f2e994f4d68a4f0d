import type { CallSummary } from '../../../core/calls/types.ts';
import type { StakeTxRecord } from '../../../protocol/domains/staking-values.ts';
import type { PositionYield } from '../../../protocol/domains/yield-values.ts';

/** One of the person's own changes to a position, at the block it landed in: stake put in, or taken out. */
export interface ChartMark {
  block: number;
  kind: 'in' | 'out';
}

type Position = Pick<PositionYield, 'account' | 'hotkey' | 'netuid'>;

/** Whether a summary's hotkey/netuid pair (`hotkey`+`netuid`, or `originHotkey`+`originNetuid` …) is this position. */
function names(params: Record<string, string>, p: Position, hotkeyKey: string, netuidKey: string): boolean {
  return params[`${hotkeyKey}Address`] === p.hotkey && params[netuidKey] === String(p.netuid);
}

/** The directions a call (and its batch or proxy children) moved this position's stake. */
function directions(s: CallSummary, p: Position): Array<ChartMark['kind']> {
  const own = ((): Array<ChartMark['kind']> => {
    const params = s.params;
    if (s.kind === 'stake') return names(params, p, 'hotkey', 'netuid') ? ['in'] : [];
    if (s.kind === 'unstake') return names(params, p, 'hotkey', 'netuid') ? ['out'] : [];
    if (s.kind === 'move' || s.kind === 'swap') {
      const from = s.kind === 'move' ? 'originHotkey' : 'hotkey';
      const out: Array<ChartMark['kind']> = [];
      if (names(params, p, from, 'originNetuid')) out.push('out');
      if (names(params, p, s.kind === 'move' ? 'destinationHotkey' : 'hotkey', 'destinationNetuid')) out.push('in');
      return out;
    }
    if (s.kind === 'transfer-stake') return names(params, p, 'hotkey', 'originNetuid') ? ['out'] : [];
    return [];
  })();
  return [...own, ...(s.children ?? []).flatMap((c) => directions(c, p))];
}

/**
 * The person's own deposits and withdrawals on a position, from the wallet's staking history: transactions of its
 * coldkey that landed without an error, by the block they landed in (oldest first, one mark per block and direction).
 */
export function chartMarks(history: readonly StakeTxRecord[], p: Position): ChartMark[] {
  const marks = new Map<string, ChartMark>();
  for (const r of history) {
    if (r.coldkey !== p.account || r.blockNumber === undefined || r.error !== undefined) continue;
    if (r.status !== 'inBlock' && r.status !== 'finalized') continue;
    for (const kind of directions(r.summary, p)) marks.set(`${r.blockNumber}.${kind}`, { block: r.blockNumber, kind });
  }
  return [...marks.values()].sort((a, b) => a.block - b.block);
}
