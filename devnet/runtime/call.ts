// Call decoding helpers: pallet/method names (as the metadata spells them), arguments keyed by the
// metadata's field names as plain JS values, and the nested calls (batch items, proxied call).
import type { Call } from '@polkadot/types/interfaces';
import type { Codec } from '@polkadot/types/types';
import type { ChainMeta } from '../chain/metadata.ts';
import { toPlain } from './codec.ts';
import type { CallShape } from './fees.ts';

export interface DecodedCall {
  pallet: string;
  method: string;
  args: Record<string, unknown>;
  /** Nested calls, in order (Utility batches, Proxy.proxy). */
  inner: Call[];
  call: Call;
}

const isCall = (c: Codec): c is Call => typeof (c as unknown as { callIndex?: unknown }).callIndex !== 'undefined';

export function palletName(meta: ChainMeta, index: number): string {
  const p = meta.metadata.asLatest.pallets.find((x) => x.index.toNumber() === index);
  return p ? p.name.toString() : `Pallet${index}`;
}

export function decodeCall(meta: ChainMeta, call: Call): DecodedCall {
  const pallet = palletName(meta, call.callIndex[0] ?? 0);
  const method = call.meta.name.toString();
  const args: Record<string, unknown> = {};
  const inner: Call[] = [];
  call.meta.fields.forEach((field, i) => {
    const name = field.name.isSome ? field.name.unwrap().toString() : String(i);
    const value = call.args[i] as Codec;
    if (isCall(value)) {
      inner.push(value);
      args[name] = value;
    } else if (Array.isArray(value) && value.length > 0 && isCall(value[0] as Codec)) {
      inner.push(...(value as unknown as Call[]));
      args[name] = value;
    } else if (Array.isArray(value) && field.typeName.toString().includes('Call')) {
      args[name] = value;
    } else args[name] = toPlain(value);
  });
  return { pallet, method, args, inner, call };
}

export function callShape(meta: ChainMeta, call: Call): CallShape {
  const d = decodeCall(meta, call);
  const shape: CallShape = { pallet: d.pallet, method: d.method, inner: d.inner.map((c) => callShape(meta, c)) };
  const remark = d.pallet === 'System' && d.method === 'remark' ? d.args['remark'] : undefined;
  if (typeof remark === 'string') shape.bytes = (remark.length - 2) / 2;
  return shape;
}
