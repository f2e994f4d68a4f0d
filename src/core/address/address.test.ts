import { describe, expect, it } from 'vitest';
import {
  addressFromPublicKey,
  isSameAccount,
  isValidAddress,
  parseAddress,
  shortAddress,
  toBittensorAddress,
} from './index.ts';

// Vectors from SUBTENSOR_FACTS §7.4 (btwallet / bittensor tests).
const ADDR_42 = '5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX';
const ADDR_0 = '16ADqpMa4yzfmWs3nuTSMhfZ2ckeGtvqhPWCNqECEGDcGgU2';
const PUBKEY = '0xe4359ad3e2716c539a1d663ebd0a51bdc5c98a12e663bb4c4402db47828c9446';
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';

describe('parseAddress', () => {
  it('decodes prefix 42 with its public key', () => {
    const p = parseAddress(ADDR_42);
    expect(p.ok && p.prefix).toBe(42);
    expect(p.ok && p.publicKeyHex).toBe(PUBKEY);
    expect(p.ok && p.address).toBe(ADDR_42);
  });
  it('decodes a prefix-0 (Polkadot) address and re-encodes it to 42', () => {
    const p = parseAddress(` ${ADDR_0} `);
    expect(p.ok && p.prefix).toBe(0);
    expect(p.ok && p.address).toBe(ADDR_42);
    expect(toBittensorAddress(ADDR_0)).toBe(ADDR_42);
  });
  it('refuses a wrong checksum (last character changed)', () => {
    expect(parseAddress(ALICE.slice(0, -1) + 'Z')).toEqual({ ok: false, code: 'bad-checksum' });
  });
  it.each([
    ['', 'empty'],
    ['hello', 'invalid'],
    ['5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNeh0CPcNoHGKutQY', 'invalid'], // '0' is not base58
    [PUBKEY, 'invalid'],
    ['F7NZ', 'not-an-account'], // a valid 1-byte account index (prefix 42), not an account id
  ])('%j → %s', (input, code) => {
    const p = parseAddress(input);
    expect(p.ok).toBe(false);
    expect(!p.ok && p.code).toBe(code);
  });
  it('isValidAddress', () => {
    expect(isValidAddress(ALICE)).toBe(true);
    expect(isValidAddress(ALICE + 'x')).toBe(false);
  });
});

describe('same account, short form', () => {
  it('compares by public key across prefixes', () => {
    expect(isSameAccount(ADDR_0, ADDR_42)).toBe(true);
    expect(isSameAccount(ALICE, ADDR_42)).toBe(false);
    expect(isSameAccount('bad', 'bad')).toBe(false);
    expect(addressFromPublicKey(PUBKEY)).toBe(ADDR_42);
  });
  it('shortens to head…tail', () => {
    expect(shortAddress(ALICE)).toBe('5Grw…utQY');
    expect(shortAddress(ALICE, 6, 6)).toBe('5Grwva…GKutQY');
    expect(shortAddress('short')).toBe('short');
  });
});
