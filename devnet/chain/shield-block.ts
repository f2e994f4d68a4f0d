// The block author's half of MEV Shield (see runtime/mev-shield.ts): after a `submit_encrypted` wrapper is applied,
// the signed extrinsic it carries, when a held key opens it, is checked and applied as the next extrinsic of the
// same block. Returns its hex when it was applied (successfully dispatched or not), null when nothing ran.
import type { Call } from '@polkadot/types/interfaces';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { decodeCall } from '../runtime/call.ts';
import { applyTransaction, type CheckedTx } from '../runtime/executive.ts';
import { MevShieldState } from '../runtime/mev-shield.ts';
import type { RuntimeCtx } from '../runtime/dispatch.ts';

type KeyPairs = ReturnType<MevShieldState['authorKeysForNextBlock']>;

export function innerOfWrapper(ctx: RuntimeCtx, wrapper: CheckedTx, keys: KeyPairs): string | null {
  const d = decodeCall(ctx.meta, wrapper.ext.method as unknown as Call);
  if (d.pallet !== 'MevShield' || d.method !== 'submit_encrypted') return null;
  const plain = MevShieldState.unshield(keys, hexToU8a(String(d.args['ciphertext'])));
  return plain ? u8aToHex(plain) : null;
}

/** Checks and applies the decrypted extrinsic; false (and no trace) when it is not valid at this point. */
export function applyInner(ctx: RuntimeCtx, check: (hex: string) => CheckedTx, hex: string): boolean {
  const start = ctx.events.length;
  try {
    applyTransaction(ctx, check(hex));
    return true;
  } catch {
    ctx.events.length = start;
    return false;
  }
}
