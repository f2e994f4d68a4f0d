import { beforeAll, describe, expect, it } from 'vitest';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { sr25519PairFromSeed } from '@polkadot/util-crypto';
import { detectBtcliFormat, importBtcliColdkey, importBtcliColdkeyPub, type BtcliImport } from './btcli.ts';
import { deriveFernetKey, fernetDecryptToken } from './btcli-fernet.ts';
import { base64UrlEncode } from './base64url.ts';
import { isKeystoreError } from './errors.ts';
import { cachingKdf } from './kdf-cache.test-util.ts';
import { pairFromKeyMaterial } from './pair.ts';
import { canonicalToPolkadotSecret } from './sr25519-secret.ts';
import { fixtureDirs, readFixture, readFixtureJson } from './fixtures.test-util.ts';

// Fernet's PBKDF2 with 10M iterations costs ~1.5 s per password: memoised, run twice in this file.
const kdf = cachingKdf();
const opts = { kdf };

interface Expected {
  format: string;
  password: string | null;
  ss58Address: string;
  publicKey: string;
  hasMnemonic: boolean;
  mnemonic?: string;
}
const legacyCases = ['fernet-legacy', 'ansible-legacy', 'plaintext'] as const;
const imported = new Map<string, BtcliImport>();
const V74_PRIVATE =
  '0x1f1995bdf3a17b60626a26cfe6f564b337d46056b7a1281b64c649d592ccda0a9cffd34d9fb01cae1fba61aeed184c817442a2186d5172416729a4b54dd4b84e';
const V74_PUBLIC = '0xe4359ad3e2716c539a1d663ebd0a51bdc5c98a12e663bb4c4402db47828c9446';

beforeAll(async () => {
  for (const c of legacyCases) {
    const exp = readFixtureJson<Expected>('keyfiles', c, 'expected.json');
    imported.set(c, await importBtcliColdkey(readFixture('keyfiles', c, 'coldkey'), exp.password ?? undefined, opts));
  }
});

describe('legacy and plaintext btcli fixtures', () => {
  it.each(legacyCases)('%s imports to its expected account and mnemonic', (c) => {
    const exp = readFixtureJson<Expected>('keyfiles', c, 'expected.json');
    const got = imported.get(c);
    expect(got?.format).toBe(exp.format === 'plain' ? 'plaintext' : exp.format);
    expect(got?.address).toBe(exp.ss58Address);
    expect(u8aToHex(got?.publicKey)).toBe(exp.publicKey);
    expect(got).toMatchObject({ kind: 'mnemonic', mnemonic: exp.mnemonic });
    expect(got?.warnings).toEqual([]);
  });

  it.each(fixtureDirs('keyfiles'))('%s/coldkeypub.txt imports as watch-only', (c) => {
    const exp = readFixtureJson<Expected>('keyfiles', c, 'expected.json');
    const got = importBtcliColdkeyPub(readFixture('keyfiles', c, 'coldkeypub.txt'));
    expect(got).toMatchObject({ kind: 'watch', address: exp.ss58Address });
    expect(u8aToHex(got.publicKey)).toBe(exp.publicKey);
  });

  it('every fixture folder is covered by a test', () => {
    expect(fixtureDirs('keyfiles')).toEqual([
      'ansible-legacy',
      'fernet-legacy',
      'nacl-python',
      'nacl-rust-seed-only',
      'plaintext',
    ]);
  });

  it('imports the legacy raw 0x coldkeypub (§7.4)', () => {
    const got = importBtcliColdkeyPub('0x32939b6abc4d81f02dff04d2b8d1d01cc8e71c5e4c7492e4fa6a238cdca3512f');
    expect(got.address).toBe('5DD26kC2kxajmwfbbZmVmxhrY9VeeyR1Gpzy9i8wxLUg6zxm');
  });

  it('detects formats and refuses unknown ones', () => {
    expect(detectBtcliFormat('$NACL...')).toBe('nacl');
    expect(detectBtcliFormat('gAAAAAB...')).toBe('fernet');
    expect(() => detectBtcliFormat('PK\u0003\u0004zip')).toThrow(
      expect.objectContaining({ code: 'unsupported-format' }),
    );
  });
});

describe('wrong password and tampering', () => {
  it('Fernet: wrong password vs. damaged token', async () => {
    const file = readFixture('keyfiles', 'fernet-legacy', 'coldkey');
    await expect(importBtcliColdkey(file, 'wrong', opts)).rejects.toMatchObject({ code: 'wrong-password' });
    const exp = readFixtureJson<Expected>('keyfiles', 'fernet-legacy', 'expected.json');
    const text = new TextDecoder().decode(file);
    const i = 200;
    const flipped = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
    await expect(importBtcliColdkey(flipped, exp.password ?? '', opts)).rejects.toMatchObject({
      code: 'wrong-password',
    });
    await expect(
      importBtcliColdkey(`${text.slice(0, 100)}*${text.slice(101)}`, exp.password ?? '', opts),
    ).rejects.toMatchObject({ code: 'malformed' });
    expect(kdf.runs.pbkdf2).toBeLessThanOrEqual(4);
  });

  it('Ansible Vault: wrong password, flipped body byte, broken structure', async () => {
    const file = readFixture('keyfiles', 'ansible-legacy', 'coldkey');
    const exp = readFixtureJson<Expected>('keyfiles', 'ansible-legacy', 'expected.json');
    const err = await importBtcliColdkey(file, 'wrong', opts).catch((e: unknown) => e);
    expect(isKeystoreError(err, 'wrong-password')).toBe(true);
    const text = new TextDecoder().decode(file);
    // flip one bit of one ciphertext byte, keeping the two-level hex structure intact
    const [header = '', ...body] = text.trim().split('\n');
    const inner = new TextDecoder().decode(hexToU8a(`0x${body.join('')}`)).split('\n');
    const ct = inner[2] ?? '';
    inner[2] = `${ct.slice(0, 4)}${(parseInt(ct[4] ?? '0', 16) ^ 1).toString(16)}${ct.slice(5)}`;
    const rehex = u8aToHex(new TextEncoder().encode(inner.join('\n'))).slice(2);
    const tampered = `${header}\n${rehex.match(/.{1,80}/g)?.join('\n') ?? ''}\n`;
    await expect(importBtcliColdkey(tampered, exp.password ?? '', opts)).rejects.toMatchObject({
      code: 'wrong-password',
    });
    await expect(
      importBtcliColdkey(text.replace('1.1;AES256', '1.1;AES128'), exp.password ?? '', opts),
    ).rejects.toMatchObject({
      code: 'unsupported-format',
    });
    await expect(
      importBtcliColdkey(`${text.slice(0, 40)}zz${text.slice(42)}`, exp.password ?? '', opts),
    ).rejects.toMatchObject({ code: 'malformed' });
  });

  it('plaintext: an edited public key or secret is refused as key-mismatch', async () => {
    const text = new TextDecoder().decode(readFixture('keyfiles', 'plaintext', 'coldkey'));
    const obj = JSON.parse(text) as Record<string, string | null>;
    const badPub = { ...obj, publicKey: obj['accountId']?.replace('0xdae7', '0xdae8') };
    await expect(importBtcliColdkey(JSON.stringify(badPub))).rejects.toMatchObject({ code: 'key-mismatch' });
    const otherSecret = { ...obj, secretPhrase: null, secretSeed: null, privateKey: V74_PRIVATE };
    await expect(importBtcliColdkey(JSON.stringify(otherSecret))).rejects.toMatchObject({ code: 'key-mismatch' });
    await expect(importBtcliColdkey(text.slice(0, -2))).rejects.toMatchObject({ code: 'malformed' });
  });
});

describe('payload decoding (§7.3)', () => {
  it('privateKey-only (canonical schnorrkel, §7.4) gives a signing pair for the right key', async () => {
    const got = await importBtcliColdkey(JSON.stringify({ privateKey: V74_PRIVATE, publicKey: V74_PUBLIC }));
    expect(got.kind).toBe('secretKey');
    expect(got.address).toBe('5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX');
    if (got.kind !== 'secretKey') return;
    const pair = pairFromKeyMaterial(
      { type: 'sr25519', secretKey: canonicalToPolkadotSecret(got.secretKey) },
      got.publicKey,
    );
    const sig = pair.sign('hello');
    expect(pair.verify('hello', sig, hexToU8a(V74_PUBLIC))).toBe(true);
  });

  it('tolerates btwallet writing a seed as raw UTF-8, in compact rust-style JSON', async () => {
    const seedText = 'abcdefghijklmnopqrstuvwxyz012345';
    const pub = u8aToHex(sr25519PairFromSeed(new TextEncoder().encode(seedText)).publicKey);
    const got = await importBtcliColdkey(`{"secretSeed":"${seedText}","publicKey":"${pub}"}`);
    expect(got.kind).toBe('seed');
    expect(u8aToHex(got.publicKey)).toBe(pub);
  });

  it('prefers the phrase and warns when another secret disagrees', async () => {
    const obj = JSON.parse(new TextDecoder().decode(readFixture('keyfiles', 'plaintext', 'coldkey'))) as Record<
      string,
      unknown
    >;
    const got = await importBtcliColdkey(JSON.stringify({ ...obj, privateKey: V74_PRIVATE }));
    expect(got.kind).toBe('mnemonic');
    expect(got.warnings).toEqual(["privateKey does not match the account's public key; it was ignored."]);
    // the plaintext fixture's privateKey is the canonical form of its seed (checked by the no-warning import above)
  });

  it('password-required for encrypted files without a password', async () => {
    await expect(importBtcliColdkey(readFixture('keyfiles', 'ansible-legacy', 'coldkey'))).rejects.toMatchObject({
      code: 'password-required',
    });
  });
});

describe('§7.5 Fernet vector', () => {
  it('derives the PBKDF2 key and decrypts the reference token', async () => {
    const key = await deriveFernetKey('fakepasssword238947239', opts);
    expect(u8aToHex(key)).toBe('0x263e31a1d610c0887caac455ec9455b6a2b1bc0e340287392e1909800b5b13bb');
    expect(base64UrlEncode(key)).toBe('Jj4xodYQwIh8qsRV7JRVtqKxvA40Aoc5LhkJgAtbE7s=');
    const token =
      'gAAAAABlU_EAAAECAwQFBgcICQoLDA0ODyasRlmKrUWzV58kA6lb_-My-HYl47zF5Jdl1Tq5fUtMDJtqzFaP-LAwalYPNz4zUg==';
    expect(new TextDecoder().decode(await fernetDecryptToken(token, key))).toBe('encrypt me!');
  });
});
