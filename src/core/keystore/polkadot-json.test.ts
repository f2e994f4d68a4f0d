import { beforeAll, describe, expect, it } from 'vitest';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair$Json } from '@polkadot/keyring/types';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, jsonEncrypt } from '@polkadot/util-crypto';
import { exportPolkadotJson, exportPolkadotJsonBatch, importPolkadotJson } from './polkadot-json.ts';
import { keypairFromMnemonic, type KeyType } from './derive.ts';
import { fixtureDirs, readFixture, readFixtureJson } from './fixtures.test-util.ts';

interface Expected {
  password: string;
  ss58Address: string;
  type: KeyType;
  mnemonic: string;
}
const cases = fixtureDirs('polkadot-json');

// WASM scrypt (N=2^17 for exports) instead of the pure-JS fallback: the background should do the same.
beforeAll(async () => {
  await cryptoWaitReady();
});

describe('polkadot{.js} JSON import', () => {
  it.each(cases)('%s imports to its expected address and key', (c) => {
    const exp = readFixtureJson<Expected>('polkadot-json', c, 'expected.json');
    const [acc, ...rest] = importPolkadotJson(
      new TextDecoder().decode(readFixture('polkadot-json', c, 'account.json')),
      exp.password,
    );
    expect(rest).toHaveLength(0);
    expect(acc).toMatchObject({ type: exp.type, address: exp.ss58Address, name: c });
    expect(acc?.publicKey).toEqual(keypairFromMnemonic(exp.mnemonic, '', exp.type).publicKey);
  });

  it.each(cases)('%s refuses a wrong password and a tampered body', (c) => {
    const exp = readFixtureJson<Expected>('polkadot-json', c, 'expected.json');
    const json = readFixtureJson<KeyringPair$Json>('polkadot-json', c, 'account.json');
    expect(() => importPolkadotJson(json, 'wrong')).toThrow(expect.objectContaining({ code: 'wrong-password' }));
    const i = 120;
    const encoded = json.encoded.slice(0, i) + (json.encoded[i] === 'A' ? 'B' : 'A') + json.encoded.slice(i + 1);
    expect(() => importPolkadotJson({ ...json, encoded }, exp.password)).toThrow(
      expect.objectContaining({ code: 'wrong-password' }),
    );
    expect(() =>
      importPolkadotJson({ ...json, address: '5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX' }, exp.password),
    ).toThrow(expect.objectContaining({ code: 'key-mismatch' }));
    expect(() => importPolkadotJson('{"nope":1}', exp.password)).toThrow(
      expect.objectContaining({ code: 'unsupported-format' }),
    );
  });

  it('imports the extension batch export (each inner file encrypted with the same password)', () => {
    const pw = 'batch-pw';
    const kr = new Keyring({ ss58Format: 42 });
    const inner = cases.map((c) => {
      const exp = readFixtureJson<Expected>('polkadot-json', c, 'expected.json');
      const p = kr.createFromUri(exp.mnemonic, { name: c }, exp.type);
      return p.toJson(pw);
    });
    const batch = {
      ...jsonEncrypt(stringToU8a(JSON.stringify(inner)), ['batch-pkcs8'], pw),
      accounts: inner.map((j) => ({ address: j.address, meta: j.meta })),
    };
    const got = importPolkadotJson(JSON.stringify(batch), pw);
    expect(got.map((a) => a.address)).toEqual(
      cases.map((c) => readFixtureJson<Expected>('polkadot-json', c, 'expected.json').ss58Address),
    );
    expect(() => importPolkadotJson(batch, 'wrong')).toThrow(expect.objectContaining({ code: 'wrong-password' }));
  });
});

describe('polkadot{.js} JSON export', () => {
  it.each(cases)('%s round-trips through @polkadot/keyring createFromJson + decodePkcs8', (c) => {
    const exp = readFixtureJson<Expected>('polkadot-json', c, 'expected.json');
    const [acc] = importPolkadotJson(readFixtureJson('polkadot-json', c, 'account.json'), exp.password);
    if (!acc) throw new Error('no account');
    const json = exportPolkadotJson(
      { type: acc.type, secretKey: acc.secretKey },
      'new-pass',
      { name: 'exported' },
      acc.publicKey,
    );
    const pair = new Keyring({ ss58Format: 42 }).createFromJson(json);
    expect(pair.type).toBe(exp.type);
    expect(pair.address).toBe(exp.ss58Address);
    pair.decodePkcs8('new-pass');
    expect(pair.isLocked).toBe(false);
    const sig = pair.sign('msg');
    expect(pair.verify('msg', sig, pair.publicKey)).toBe(true);
    expect(importPolkadotJson(json, 'new-pass')[0]?.secretKey).toEqual(acc.secretKey);
  });

  it('exports from a mnemonic with a derivation path, and as a batch', () => {
    const m = 'old leopard transfer rib spatial phone calm indicate online fire caution review';
    const json = exportPolkadotJson({ type: 'sr25519', mnemonic: m, derivationPath: '//Alice' }, 'pw');
    expect(json.address).toBe('5FEiH8iuDUw271xbqWTWuB6WrDjv5dnCeDX1CyHubAniXDNN');
    const batch = exportPolkadotJsonBatch(
      [{ material: { type: 'sr25519', mnemonic: m } }, { material: { type: 'ed25519', mnemonic: m } }],
      'pw',
    );
    const got = importPolkadotJson(batch, 'pw');
    expect(got.map((a) => a.type)).toEqual(['sr25519', 'ed25519']);
    expect(got[0]?.address).toBe('5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX');
    expect(u8aToHex(got[1]?.publicKey)).toBe(u8aToHex(keypairFromMnemonic(m, '', 'ed25519').publicKey));
  });
});
