import { hexToU8a as pkgHexToU8a, u8aToHex as pkgU8aToHex } from '@polkadot/util';
import { describe, expect, it } from 'vitest';
import { hexToU8a, u8aToHex } from './hex.ts';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('hex stand-ins give what @polkadot/util gives', () => {
  it('u8aToHex over random bytes, bit lengths and prefixes', () => {
    const r = rng(7);
    for (let n = 0; n < 3_000; n++) {
      const bytes = Uint8Array.from({ length: Math.floor(r() * 70) }, () => Math.floor(r() * 256));
      const bitLength = r() < 0.5 ? -1 : Math.floor(r() * 300);
      const prefixed = r() < 0.8;
      expect(u8aToHex(bytes, bitLength, prefixed)).toBe(pkgU8aToHex(bytes, bitLength, prefixed));
    }
    expect(u8aToHex(null)).toBe(pkgU8aToHex(null));
    expect(u8aToHex(undefined, -1, false)).toBe(pkgU8aToHex(undefined, -1, false));
    expect(u8aToHex(new Uint8Array([0x68, 0x65, 0x6c, 0x0f]))).toBe('0x68656c0f');
  });

  it('hexToU8a over random strings: cases, odd lengths, no prefix, padding, non-hex characters', () => {
    const r = rng(11);
    const chars = '0123456789abcdefABCDEFxyz -g';
    for (let n = 0; n < 3_000; n++) {
      const digits = Array.from(
        { length: Math.floor(r() * 80) },
        () => chars[r() < 0.9 ? Math.floor(r() * 22) : Math.floor(r() * chars.length)],
      ).join('');
      const text = r() < 0.7 ? `0x${digits}` : digits;
      const bitLength = r() < 0.6 ? -1 : Math.floor(r() * 40) * 8;
      expect(hexToU8a(text, bitLength)).toEqual(pkgHexToU8a(text, bitLength));
    }
    for (const text of [null, undefined, '', '0x', '0x1', '0xABC', '0x80001f'])
      expect(hexToU8a(text)).toEqual(pkgHexToU8a(text));
    expect(hexToU8a('0x80001f', 32)).toEqual(new Uint8Array([0x00, 0x80, 0x00, 0x1f]));
  });
});
