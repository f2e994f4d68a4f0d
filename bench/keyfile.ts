import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { deriveNaclKey, NACL_SALT } from '../src/core/keystore/btcli-nacl.ts';
import { launchExtension } from '../tests/helpers/browser.ts';
import { createWallet, probe } from '../tests/helpers/popup.ts';
import { median, round } from './stats.ts';

interface Sodium {
  crypto_pwhash(out: Buffer, pw: Buffer, salt: Buffer, ops: number, mem: number, alg: number): void;
  crypto_pwhash_ALG_ARGON2I13: number;
}

const PASSWORD = 'correct horse battery staple';
const RUNS = 3;

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * The btcli $NACL key derivation (Argon2i v1.3, t=8, 512 MiB): native libsodium (sodium-native) beside the
 * WebAssembly implementation TaoVault uses, in Node and inside the extension's service worker in Chromium.
 */
export async function benchKeyfile() {
  const sodium = createRequire(import.meta.url)('sodium-native') as Sodium;
  const native: number[] = [];
  const wasmNode: number[] = [];
  const inWorker: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    native.push(
      await timed(() =>
        sodium.crypto_pwhash(
          Buffer.alloc(32),
          Buffer.from(PASSWORD),
          Buffer.from(NACL_SALT),
          8,
          536_870_912,
          sodium.crypto_pwhash_ALG_ARGON2I13,
        ),
      ),
    );
    wasmNode.push(await timed(() => deriveNaclKey(PASSWORD)));
  }
  const session = await launchExtension();
  try {
    const popup = await createWallet(session);
    const file = readFileSync(resolve('../shared/fixtures/keyfiles/nacl-python/coldkey')).toString('base64');
    for (let i = 0; i < RUNS; i++) {
      let id = '';
      inWorker.push(
        await timed(async () => {
          id = (
            await probe<{ id: string }>(popup, 'pri(accounts.importBtcli)', { file, password: PASSWORD, name: 'bench' })
          ).id;
        }),
      );
      await probe(popup, 'pri(accounts.remove)', { id, confirmName: 'bench' });
    }
  } finally {
    await session.close();
  }
  const m = (xs: number[]) => round(median(xs), 0);
  return {
    what: 'btcli $NACL coldkey: Argon2i v1.3, t=8, m=512 MiB, median of 3 (ms)',
    nativeLibsodium: m(native),
    wasmInNode: m(wasmNode),
    importInServiceWorker: m(inWorker),
    ratioServiceWorkerToNative: round(median(inWorker) / median(native), 2),
  };
}
