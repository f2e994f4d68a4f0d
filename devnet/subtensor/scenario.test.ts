import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from './default-scenario.ts';
import { DEV_ACCOUNTS } from './scenario.ts';
import { subnetAccount } from './accounts.ts';
import { Subtensor } from './subtensor.ts';
import { dumpStorage, FakeBalances } from './test-helpers.ts';

describe('scenario', () => {
  it('the default scenario has ≥ 8 subnets and ≥ 32 validators with different takes and stakes', () => {
    const sc = defaultScenario();
    expect(sc.subnets.length).toBeGreaterThanOrEqual(8);
    expect(sc.validators.length).toBeGreaterThanOrEqual(32);
    expect(new Set(sc.validators.map((v) => v.take)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(sc.validators.map((v) => v.hotkey)).size).toBe(sc.validators.length);
    expect(new Set(sc.validators.flatMap((v) => v.stakes.map((s) => String(s.alpha)))).size).toBeGreaterThan(32);
    for (const s of sc.subnets)
      expect(sc.validators.filter((v) => v.registrations.includes(s.netuid)).length).toBeGreaterThanOrEqual(8);
  });

  it('is JSON-serialisable and builds the same chain from its JSON', () => {
    const sc = defaultScenario();
    const again = JSON.parse(JSON.stringify(sc));
    const a = new Subtensor(sc, new FakeBalances());
    const b = new Subtensor(again, new FakeBalances());
    expect(dumpStorage(b.storageEntries())).toBe(dumpStorage(a.storageEntries()));
  });

  it('mints each subnet reserve into its subnet account', () => {
    const bal = new FakeBalances();
    const sub = new Subtensor(defaultScenario(), bal);
    for (const n of sub.netuids()) expect(bal.free(subnetAccount(n))).toBe(sub.view.subnets.get(n)!.taoIn);
    expect(bal.sum()).toBe(bal.issuance);
    expect(subnetAccount(1)).toBe('0x6d6f646c73756274656e73720100000000000000000000000000000000000000');
  });

  it('DEV_ACCOUNTS are the sr25519 //Alice … //Ferdie public keys', async () => {
    await cryptoWaitReady();
    const kr = new Keyring({ type: 'sr25519' });
    for (const [name, key] of Object.entries(DEV_ACCOUNTS)) {
      const uri = `//${name[0]!.toUpperCase()}${name.slice(1)}`;
      expect(u8aToHex(kr.addFromUri(uri).publicKey), uri).toBe(key);
    }
  });
});
