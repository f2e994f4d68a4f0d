/** Test-only: a memoising KdfProvider so each slow KDF input runs once per test file. Never import from app code. */
import { u8aToHex } from '@polkadot/util';
import { defaultKdfProvider, type KdfProvider } from './kdf.ts';

export function cachingKdf(): KdfProvider & { runs: { argon2i: number; pbkdf2: number } } {
  const cache = new Map<string, Promise<Uint8Array>>();
  const runs = { argon2i: 0, pbkdf2: 0 };
  const memo = (key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> => {
    let hit = cache.get(key);
    if (!hit) {
      hit = make();
      cache.set(key, hit);
    }
    // hand out copies: callers wipe what they receive
    return hit.then((v) => v.slice());
  };
  return {
    runs,
    argon2i: (pw, salt, p) =>
      memo(`a|${u8aToHex(pw)}|${u8aToHex(salt)}|${JSON.stringify(p)}`, () => {
        runs.argon2i++;
        return defaultKdfProvider.argon2i(pw.slice(), salt, p);
      }),
    pbkdf2Sha256: (pw, salt, it, n) =>
      memo(`p|${u8aToHex(pw)}|${u8aToHex(salt)}|${it}|${n}`, () => {
        runs.pbkdf2++;
        return defaultKdfProvider.pbkdf2Sha256(pw.slice(), salt, it, n);
      }),
  };
}
