import { beforeAll, describe, expect, it } from 'vitest';
import sodium from 'libsodium-wrappers-sumo';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { exportBtcliColdkey, importBtcliColdkey, type BtcliImport } from './btcli.ts';
import { deriveNaclKey, NACL_SALT, naclEncryptFile } from './btcli-nacl.ts';
import { isKeystoreError, type KeystoreError } from './errors.ts';
import { cachingKdf } from './kdf-cache.test-util.ts';
import { readFixture, readFixtureJson } from './fixtures.test-util.ts';

// Argon2i with 512 MiB costs ~5 s per distinct password: this file runs it 5 times in total
// (2 fixtures, 1 wrong password, the §7.5 vector password reused for export, 1 libsodium check).
const kdf = cachingKdf();
const opts = { kdf };

interface Expected {
  password: string;
  ss58Address: string;
  publicKey: string;
  hasMnemonic: boolean;
  mnemonic?: string;
}

const cases = ['nacl-python', 'nacl-rust-seed-only'] as const;
const imported = new Map<string, BtcliImport>();
const VECTOR_PASSWORD = 'thisisafakepassword';
const VECTOR_PLAINTEXT =
  '{"accountId": "0x32939b6abc4d81f02dff04d2b8d1d01cc8e71c5e4c7492e4fa6a238cdca3512f", "publicKey": "0x32939b6abc4d81f02dff04d2b8d1d01cc8e71c5e4c7492e4fa6a238cdca3512f", "privateKey": null, "secretPhrase": null, "secretSeed": null, "ss58Address": "5DD26kC2kxajmwfbbZmVmxhrY9VeeyR1Gpzy9i8wxLUg6zxm"}';
const PY_MNEMONIC = 'old leopard transfer rib spatial phone calm indicate online fire caution review';

beforeAll(async () => {
  for (const c of cases) {
    const exp = readFixtureJson<Expected>('keyfiles', c, 'expected.json');
    imported.set(c, await importBtcliColdkey(readFixture('keyfiles', c, 'coldkey'), exp.password, opts));
  }
  await sodium.ready;
}, 180_000); // two Argon2i runs of 512 MiB: ~10 s alone, far longer on a loaded 2-core machine

describe('$NACL fixtures', () => {
  it.each(cases)('%s imports to its expected account', (c) => {
    const exp = readFixtureJson<Expected>('keyfiles', c, 'expected.json');
    const got = imported.get(c);
    expect(got?.format).toBe('nacl');
    expect(got?.address).toBe(exp.ss58Address);
    expect(u8aToHex(got?.publicKey)).toBe(exp.publicKey);
    expect(got?.warnings).toEqual([]);
    if (exp.hasMnemonic) expect(got).toMatchObject({ kind: 'mnemonic', mnemonic: exp.mnemonic });
    else expect(got?.kind).toBe('seed');
  });

  it('reports coarse progress and accepts an injected KDF', async () => {
    const seen: number[] = [];
    const exp = readFixtureJson<Expected>('keyfiles', 'nacl-python', 'expected.json');
    await importBtcliColdkey(readFixture('keyfiles', 'nacl-python', 'coldkey'), exp.password, {
      kdf,
      onProgress: (f) => seen.push(f),
    });
    expect(seen).toEqual([0, 0.9, 1]);
  });

  it('refuses a wrong password with a typed error', async () => {
    const err = await importBtcliColdkey(
      readFixture('keyfiles', 'nacl-python', 'coldkey'),
      'not the password',
      opts,
    ).catch((e: unknown) => e);
    expect(isKeystoreError(err, 'wrong-password')).toBe(true);
    expect((err as KeystoreError).message).toMatch(/password is wrong, or the file was changed/);
  });

  it('refuses a one-byte-tampered file (MAC failure) and a truncated one (structure)', async () => {
    const exp = readFixtureJson<Expected>('keyfiles', 'nacl-python', 'expected.json');
    const file = readFixture('keyfiles', 'nacl-python', 'coldkey').slice();
    file[100] = (file[100] ?? 0) ^ 0x01;
    await expect(importBtcliColdkey(file, exp.password, opts)).rejects.toMatchObject({ code: 'wrong-password' });
    await expect(importBtcliColdkey(file.subarray(0, 30), exp.password, opts)).rejects.toMatchObject({
      code: 'malformed',
    });
    await expect(importBtcliColdkey(readFixture('keyfiles', 'nacl-python', 'coldkey'))).rejects.toMatchObject({
      code: 'password-required',
    });
  });
});

describe('§7.5 NaCl vector', () => {
  it('derives the libsodium Argon2i13 key and the same file bytes', async () => {
    const key = await deriveNaclKey(VECTOR_PASSWORD, opts);
    expect(u8aToHex(key)).toBe('0xa17c46ecafdd501ecb1da0651d35abfecf60df14bffa8e949f58aaecd75cb3c8');
    const nonce = Uint8Array.from({ length: 24 }, (_, i) => i);
    const file = await naclEncryptFile(new TextEncoder().encode(VECTOR_PLAINTEXT), VECTOR_PASSWORD, { kdf, nonce });
    expect(file.length).toBe(340);
    expect(u8aToHex(file.subarray(0, 8))).toBe('0x244e41434c000102');
    // the vector's "ciphertext" is libsodium's combined output (tag ‖ ciphertext) after the nonce
    expect(u8aToHex(file.subarray(29, 37))).toBe('0x7d3b4e1e458beeff');
    const back = await importBtcliColdkey(file, VECTOR_PASSWORD, opts);
    expect(back).toMatchObject({ kind: 'watch', address: '5DD26kC2kxajmwfbbZmVmxhrY9VeeyR1Gpzy9i8wxLUg6zxm' });
  });
});

describe('exportBtcliColdkey', () => {
  it('writes a $NACL file that libsodium opens and that re-imports', async () => {
    const src = imported.get('nacl-python');
    if (src?.kind !== 'mnemonic') throw new Error('fixture did not import as a mnemonic');
    const out = await exportBtcliColdkey(
      { mnemonic: src.mnemonic, publicKey: src.publicKey, ss58: src.address },
      VECTOR_PASSWORD,
      opts,
    );
    // independent implementation: libsodium crypto_pwhash (Argon2i13) + crypto_secretbox_open_easy
    const key = sodium.crypto_pwhash(
      32,
      VECTOR_PASSWORD,
      NACL_SALT,
      8,
      536_870_912,
      sodium.crypto_pwhash_ALG_ARGON2I13,
    );
    expect(u8aToHex(key)).toBe('0xa17c46ecafdd501ecb1da0651d35abfecf60df14bffa8e949f58aaecd75cb3c8');
    expect(new TextDecoder().decode(out.coldkey.subarray(0, 5))).toBe('$NACL');
    const plain = sodium.crypto_secretbox_open_easy(out.coldkey.subarray(29), out.coldkey.subarray(5, 29), key);
    const text = new TextDecoder().decode(plain);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'accountId',
      'publicKey',
      'privateKey',
      'secretPhrase',
      'secretSeed',
      'ss58Address',
    ]);
    expect(text).toContain('", "publicKey": "0xe4359ad3');
    expect(JSON.parse(text)).toMatchObject({
      secretPhrase: PY_MNEMONIC,
      // §7.4: btcli's privateKey for this mnemonic (canonical schnorrkel bytes)
      privateKey:
        '0x1f1995bdf3a17b60626a26cfe6f564b337d46056b7a1281b64c649d592ccda0a9cffd34d9fb01cae1fba61aeed184c817442a2186d5172416729a4b54dd4b84e',
      ss58Address: '5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX',
    });
    expect(JSON.parse(out.coldkeypub)).toMatchObject({
      privateKey: null,
      secretPhrase: null,
      ss58Address: src.address,
    });
    const again = await importBtcliColdkey(out.coldkey, VECTOR_PASSWORD, opts);
    expect(again).toMatchObject({ kind: 'mnemonic', mnemonic: PY_MNEMONIC, address: src.address });
  });

  it('exports seed-only and privateKey-only keys, and refuses a mismatched public key', async () => {
    const src = imported.get('nacl-rust-seed-only');
    if (src?.kind !== 'seed') throw new Error('fixture did not import as a seed');
    const out = await exportBtcliColdkey(
      { seed: src.seed, publicKey: src.publicKey, ss58: src.address },
      VECTOR_PASSWORD,
      opts,
    );
    const again = await importBtcliColdkey(out.coldkey, VECTOR_PASSWORD, opts);
    expect(again.kind).toBe('seed');
    expect(again.address).toBe(src.address);

    const sk = hexToU8a(
      '0x1f1995bdf3a17b60626a26cfe6f564b337d46056b7a1281b64c649d592ccda0a9cffd34d9fb01cae1fba61aeed184c817442a2186d5172416729a4b54dd4b84e',
    );
    const pk = hexToU8a('0xe4359ad3e2716c539a1d663ebd0a51bdc5c98a12e663bb4c4402db47828c9446');
    const out2 = await exportBtcliColdkey(
      { secretKey: sk, publicKey: pk, ss58: '16ADqpMa4yzfmWs3nuTSMhfZ2ckeGtvqhPWCNqECEGDcGgU2' },
      VECTOR_PASSWORD,
      opts,
    );
    expect(await importBtcliColdkey(out2.coldkey, VECTOR_PASSWORD, opts)).toMatchObject({
      kind: 'secretKey',
      address: '5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX',
    });

    await expect(
      exportBtcliColdkey(
        { seed: src.seed, publicKey: pk, ss58: '5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX' },
        'x',
        opts,
      ),
    ).rejects.toMatchObject({
      code: 'key-mismatch',
    });
    expect(kdf.runs.argon2i).toBeLessThanOrEqual(4);
  });
});
