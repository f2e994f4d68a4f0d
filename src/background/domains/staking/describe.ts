import { toDecodedCall, type DecodedCall } from '../../../core/calls/index.ts';
import type { StakeRequest } from '../../../protocol/domains/staking-values.ts';
import type { Built } from './calls.ts';

/** The validator hotkeys a request names (for their identity names in the summary). */
export function hotkeysOf(req: StakeRequest): string[] {
  const op = req.op;
  const keys =
    op.op === 'batchStake'
      ? op.items.map((i) => i.hotkey)
      : !('hotkey' in op)
        ? []
        : [op.hotkey, ...(op.op === 'move' ? [op.toHotkey] : [])];
  return [...new Set(keys.map((k) => k.trim()))];
}

/** section.method of every call sent, the outermost first (batch and proxy children in order). */
export function callNames(b: Built): string[] {
  const out: string[] = [];
  const walk = (c: DecodedCall): void => {
    out.push(`${c.section}.${c.method}`);
    const inner = toDecodedCall(c.args['call']);
    if (inner) walk(inner);
    const list = c.args['calls'];
    if (Array.isArray(list))
      for (const x of list) {
        const d = toDecodedCall(x);
        if (d) walk(d);
      }
  };
  walk(b.decoded);
  return out;
}
