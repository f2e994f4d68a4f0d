import { describe, expect, it } from 'vitest';
import { u8aToHex } from '@polkadot/util';
import {
  generateMnemonic,
  isValidDerivationPath,
  isValidMnemonic,
  keypairFromMnemonic,
  keypairFromSeed,
  keypairFromUri,
  parseSecretUri,
} from './derive.ts';
import { addressToPublicKey, isValidAddress, publicKeyToAddress, ss58PrefixOf, toGenericAddress } from './address.ts';
import { pairFromKeyMaterial } from './pair.ts';

const M = 'old leopard transfer rib spatial phone calm indicate online fire caution review';

describe('§7.4 public vectors', () => {
  it.each([
    [M, '5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX'],
    [`${M}//Alice`, '5FEiH8iuDUw271xbqWTWuB6WrDjv5dnCeDX1CyHubAniXDNN'],
    [`${M}/Alice`, '5GNXbA46ma5dg19GXdiKi5JH3mnkZ8Yea3bBtZAvj7t99P9i'],
    ['//Alice', '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'],
    ['//Bob/test', '5CJGwWiKXSE16WJaxBdPZhWqUYkotgenLUALv7ZvqQ4TXeqf'],
    ['/Bob//test', '5Cwc8tShrshDJUp1P1M21dKUTcYQpV9GcfSa4hUBNmMdV3Cx'],
    ['//PathNameLongerThan32BytesWhichShouldBeHashed', '5GR5pfZeNs1uQiSWVxZaQiZou3wdZiX894eqgvfNfHbEh7W2'],
  ])('%s → %s', (uri, address) => {
    expect(keypairFromUri(uri).address).toBe(address);
  });

  it('public key and prefix-0 address', () => {
    const pair = keypairFromMnemonic(M);
    expect(u8aToHex(pair.publicKey)).toBe('0xe4359ad3e2716c539a1d663ebd0a51bdc5c98a12e663bb4c4402db47828c9446');
    expect(publicKeyToAddress(pair.publicKey, 0)).toBe('16ADqpMa4yzfmWs3nuTSMhfZ2ckeGtvqhPWCNqECEGDcGgU2');
    expect(toGenericAddress('16ADqpMa4yzfmWs3nuTSMhfZ2ckeGtvqhPWCNqECEGDcGgU2')).toBe(
      '5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX',
    );
    expect(ss58PrefixOf('16ADqpMa4yzfmWs3nuTSMhfZ2ckeGtvqhPWCNqECEGDcGgU2')).toBe(0);
    expect(ss58PrefixOf('5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX')).toBe(42);
  });
});

describe('mnemonics and URIs', () => {
  it('generates valid 12 and 24 word mnemonics', () => {
    for (const n of [12, 24] as const) {
      const m = generateMnemonic(n);
      expect(m.split(' ')).toHaveLength(n);
      expect(isValidMnemonic(m)).toBe(true);
    }
  });

  it('validates BIP-39 checksums and normalises spacing/case', () => {
    expect(isValidMnemonic(M.replace('review', 'abandon'))).toBe(false);
    expect(isValidMnemonic(`  ${M.toUpperCase().replace(/ /g, '   ')} `)).toBe(true);
    expect(() => parseSecretUri('not a mnemonic at all')).toThrow(expect.objectContaining({ code: 'malformed' }));
  });

  it('classifies inputs and checks paths', () => {
    expect(parseSecretUri(`${M}//0`)).toMatchObject({ kind: 'mnemonic', derivationPath: '//0' });
    expect(parseSecretUri(`0x${'ab'.repeat(32)}//Alice/soft`)).toMatchObject({
      kind: 'seed',
      derivationPath: '//Alice/soft',
    });
    expect(parseSecretUri('//Alice').kind).toBe('dev');
    expect(() => parseSecretUri('0x1234')).toThrow(expect.objectContaining({ code: 'malformed' }));
    expect(isValidDerivationPath('//Alice/soft')).toBe(true);
    expect(isValidDerivationPath('Alice')).toBe(false);
    expect(isValidDerivationPath('//')).toBe(false);
  });

  it('raw seed equals the mnemonic mini-secret; ed25519 is an option', () => {
    const seedHex = '0xe1303e4b6b6e63b764e8202237eda005aa18d9d39ec84438b3a150cf11b30d58';
    expect(keypairFromUri(seedHex).address).toBe('5H1j5ze4KvNiNAN9esRqS2K74bJmBG5jRTB6dtM8eVtTrJrT');
    const ed = keypairFromUri(M, 'ed25519');
    expect(ed.type).toBe('ed25519');
    expect(ed.address).not.toBe('5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX');
    expect(keypairFromSeed(new Uint8Array(32).fill(1), '//0').address).toBe(
      keypairFromUri(`0x${'01'.repeat(32)}//0`).address,
    );
  });

  it('pairFromKeyMaterial refuses material for another key', () => {
    const other = keypairFromMnemonic(M, '//1').publicKey;
    expect(() => pairFromKeyMaterial({ type: 'sr25519', mnemonic: M }, other)).toThrow(
      expect.objectContaining({ code: 'key-mismatch' }),
    );
  });
});

describe('addresses', () => {
  it('decodes any prefix, validates checksums', () => {
    expect(isValidAddress('5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX')).toBe(true);
    expect(isValidAddress('5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsY')).toBe(false);
    expect(() => addressToPublicKey('5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsY')).toThrow(
      expect.objectContaining({ code: 'malformed' }),
    );
    expect(toGenericAddress('0xe4359ad3e2716c539a1d663ebd0a51bdc5c98a12e663bb4c4402db47828c9446')).toBe(
      '5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX',
    );
  });
});
