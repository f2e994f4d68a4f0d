import { describe, expect, it } from 'vitest';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { keypairFromMnemonic } from '../keystore/derive.ts';
import { canonicalToPolkadotSecret } from '../keystore/sr25519-secret.ts';
import { b64 } from './encoding.ts';
import { newKdfSpec } from './kdf.ts';
import { deriveVaultKey, exportVaultKey, importVaultKey } from './key.ts';
import { changeVaultPassword, createVault, migrateVault, unlockVault } from './lifecycle.ts';
import { openVault, sealVault } from './seal.ts';
import type { VaultAccount, VaultPlaintext } from './schema.ts';
import { makeV1 } from './v1-fixture.test-util.ts';

const M = 'old leopard transfer rib spatial phone calm indicate online fire caution review';
const PUB = '0xe4359ad3e2716c539a1d663ebd0a51bdc5c98a12e663bb4c4402db47828c9446';
const ADDR = '5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX';

function account(over: Partial<VaultAccount>): VaultAccount {
  return {
    id: 'a1',
    name: 'Main',
    type: 'sr25519',
    address: ADDR,
    publicKey: PUB,
    createdAt: 1,
    source: 'mnemonic',
    secret: { mnemonic: M },
    ...over,
  };
}
const sample: VaultPlaintext = {
  accounts: [account({}), account({ id: 'w1', name: 'Watch', source: 'watch', secret: undefined })],
};

describe('vault seal/open', () => {
  it('creates, opens with the derived key and with a session-restored key', async () => {
    const t0 = performance.now();
    const { key, envelope } = await createVault('hunter22', sample);
    console.info(`vault KDF argon2id 64 MiB t=3 + seal: ${Math.round(performance.now() - t0)} ms`);
    expect(envelope).toMatchObject({
      version: 2,
      kdf: { name: 'argon2id', params: { memoryKiB: 65536, iterations: 3, parallelism: 1 } },
      cipher: { name: 'aes-256-gcm' },
    });
    expect(b64.decode(envelope.cipher.iv)).toHaveLength(12);
    expect(b64.decode(envelope.kdf.salt)).toHaveLength(16);
    expect(JSON.stringify(envelope)).not.toContain('leopard');
    expect(await openVault(key, envelope)).toEqual(sample);
    const restored = importVaultKey(JSON.parse(JSON.stringify(exportVaultKey(key))));
    expect(await openVault(restored, JSON.parse(JSON.stringify(envelope)))).toEqual(sample);
    const again = await sealVault(key, sample);
    expect(again.cipher.iv).not.toBe(envelope.cipher.iv);
    const unlocked = await unlockVault(envelope, 'hunter22');
    expect(unlocked.migrated).toBe(false);
    expect(u8aToHex(unlocked.key.bytes)).toBe(u8aToHex(key.bytes));
  });

  it('wrong password and tampering are distinguished', async () => {
    const { key, envelope } = await createVault('pw-1', sample);
    await expect(unlockVault(envelope, 'pw-2')).rejects.toMatchObject({
      code: 'wrong-password',
      message: 'The password is wrong.',
    });
    const ct = b64.decode(envelope.ciphertext);
    ct[5] = (ct[5] ?? 0) ^ 1;
    await expect(openVault(key, { ...envelope, ciphertext: b64.encode(ct) })).rejects.toMatchObject({
      code: 'tampered',
    });
    const iv = b64.decode(envelope.cipher.iv);
    iv[0] = (iv[0] ?? 0) ^ 1;
    await expect(
      openVault(key, { ...envelope, cipher: { ...envelope.cipher, iv: b64.encode(iv) } }),
    ).rejects.toMatchObject({ code: 'tampered' });
    const otherKey = await deriveVaultKey('pw-1', newKdfSpec());
    await expect(openVault(otherKey, envelope)).rejects.toMatchObject({ code: 'wrong-password' });
    await expect(openVault(key, { ...envelope, version: 3 })).rejects.toMatchObject({ code: 'unsupported-version' });
    await expect(openVault(key, { version: 2 })).rejects.toMatchObject({ code: 'malformed' });
  });

  it('changes the password with a new salt', async () => {
    const { key, envelope } = await createVault('old-pw', sample);
    const next = await changeVaultPassword(key, envelope, 'new-pw');
    expect(next.envelope.kdf.salt).not.toBe(envelope.kdf.salt);
    await expect(unlockVault(next.envelope, 'old-pw')).rejects.toMatchObject({ code: 'wrong-password' });
    expect((await unlockVault(next.envelope, 'new-pw')).plaintext).toEqual(sample);
  });

  it('refuses to seal an invalid vault (watch with secret, wrong address, duplicate ids)', async () => {
    const key = await deriveVaultKey('x', newKdfSpec());
    const bad: unknown[] = [
      { accounts: [account({ source: 'watch' })] },
      { accounts: [account({ address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY' })] },
      { accounts: [account({}), account({})] },
      { accounts: [account({ source: 'derived' })] },
    ];
    for (const p of bad) await expect(sealVault(key, p as VaultPlaintext)).rejects.toMatchObject({ code: 'malformed' });
  });
});

describe('vault migration v1 → v2', () => {
  it('migrates on unlock, and the result opens with the new key', async () => {
    const v1 = await makeV1('legacy-pw', sample);
    const key0 = await deriveVaultKey('legacy-pw', newKdfSpec());
    await expect(openVault(key0, v1)).rejects.toMatchObject({ code: 'needs-migration' });
    await expect(migrateVault(v1, 'nope')).rejects.toMatchObject({ code: 'wrong-password' });
    const res = await migrateVault(v1, 'legacy-pw');
    expect(res.migrated).toBe(true);
    expect(res.plaintext).toEqual(sample);
    expect(res.envelope).toMatchObject({ version: 2, kdf: { name: 'argon2id' } });
    expect(await openVault(res.key, res.envelope)).toEqual(sample);
    expect((await unlockVault(res.envelope, 'legacy-pw')).migrated).toBe(false);
  });
});

describe('pairFromSecret', () => {
  it('re-derives every key-bearing kind and refuses watch-only and mismatches', async () => {
    const { pairFromSecret } = await import('./pair.ts');
    expect(pairFromSecret(account({})).address).toBe(ADDR);
    const derived = keypairFromMnemonic(M, '//Alice');
    expect(
      pairFromSecret(
        account({
          id: 'd',
          source: 'derived',
          parentId: 'a1',
          derivationIndex: 0,
          address: derived.address,
          publicKey: u8aToHex(derived.publicKey),
          secret: { mnemonic: M, derivationPath: '//Alice' },
        }),
      ).address,
    ).toBe('5FEiH8iuDUw271xbqWTWuB6WrDjv5dnCeDX1CyHubAniXDNN');
    const seedAcc = account({
      source: 'seed',
      address: '5H1j5ze4KvNiNAN9esRqS2K74bJmBG5jRTB6dtM8eVtTrJrT',
      publicKey: '0xdae7921e9316431f27065c3b6148a03e0e22a59bb910402d375f36c3f111f828',
      secret: { seed: '0xe1303e4b6b6e63b764e8202237eda005aa18d9d39ec84438b3a150cf11b30d58' },
    });
    expect(pairFromSecret(seedAcc).address).toBe(seedAcc.address);
    const canonical = hexToU8a(
      '0x1f1995bdf3a17b60626a26cfe6f564b337d46056b7a1281b64c649d592ccda0a9cffd34d9fb01cae1fba61aeed184c817442a2186d5172416729a4b54dd4b84e',
    );
    const skAcc = account({ source: 'btcli', secret: { secretKey: u8aToHex(canonicalToPolkadotSecret(canonical)) } });
    const pair = pairFromSecret(skAcc);
    expect(pair.verify('m', pair.sign('m'), hexToU8a(PUB))).toBe(true);
    const ed = keypairFromMnemonic(M, '', 'ed25519');
    const edAcc = account({ type: 'ed25519', address: ed.address, publicKey: u8aToHex(ed.publicKey) });
    expect(pairFromSecret(edAcc).type).toBe('ed25519');
    expect(() => pairFromSecret(account({ source: 'watch', secret: undefined }))).toThrow(
      expect.objectContaining({ code: 'malformed' }),
    );
    expect(() => pairFromSecret({ ...seedAcc, publicKey: PUB })).toThrow(
      expect.objectContaining({ code: 'key-mismatch' }),
    );
  });
});
