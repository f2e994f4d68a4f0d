import type { VaultCodec } from './codec.ts';

function isWrongPassword(e: unknown): boolean {
  return typeof e === 'object' && e !== null && Reflect.get(e, 'code') === 'wrong-password';
}

/** Opens the sealed vault with a password: the current copy, else the previous good copy; null when neither opens. */
export async function openWithPassword<D, K>(
  codec: VaultCodec<D, K>,
  password: string,
  current: unknown,
  prev: unknown,
): Promise<(Awaited<ReturnType<VaultCodec<D, K>['unlock']>> & { source: unknown }) | null> {
  for (const source of prev === undefined ? [current] : [current, prev]) {
    try {
      return { ...(await codec.unlock(password, source)), source };
    } catch (e) {
      // The previous good copy stands in for a damaged current copy only. When the current copy says the
      // password is wrong, the previous one must not be tried: after a password change it still opens with
      // the old password, which would both let the old password in and roll the vault back.
      if (source === current && isWrongPassword(e)) break;
    }
  }
  return null;
}
