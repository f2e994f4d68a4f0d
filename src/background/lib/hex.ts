/**
 * Stand-ins for @polkadot/util's u8aToHex and hexToU8a in the service-worker build (vite.config.ts,
 * lighterUtil). The package builds two 65,536-entry lookup tables when its modules are evaluated, ~12 ms at
 * every worker start (measured per module); these use 256-entry tables, built on first use. Same results for
 * the same arguments (unit test against the package over random inputs).
 */
let byteHex: string[] | null = null;
let nibble: Uint8Array | null = null;

function hexOfBytes(value: Uint8Array, result: string): string {
  const table = (byteHex ??= Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, '0')));
  for (let i = 0; i < value.length; i++) result += table[value[i]!];
  return result;
}

/** Hex of the bytes ('0x' prefixed unless asked not to); with a bitLength, the middle of a longer value is cut to '…'. */
export function u8aToHex(value?: Uint8Array | null, bitLength = -1, isPrefixed = true): `0x${string}` {
  const empty = isPrefixed ? '0x' : '';
  if (!value?.length) return empty as `0x${string}`;
  if (bitLength > 0) {
    const length = Math.ceil(bitLength / 8);
    if (value.length > length) {
      return `${hexOfBytes(value.subarray(0, length / 2), empty)}…${hexOfBytes(value.subarray(value.length - length / 2), '')}` as `0x${string}`;
    }
  }
  return hexOfBytes(value, empty) as `0x${string}`;
}

function nibbleOf(code: number): number {
  if (!nibble) {
    nibble = new Uint8Array(256);
    const digits = '0123456789abcdef';
    for (let i = 0; i < 16; i++) {
      nibble[digits.charCodeAt(i)] = i;
      nibble[digits.toUpperCase().charCodeAt(i)] = i;
    }
  }
  return code < 256 ? nibble[code]! : 0;
}

/**
 * The bytes of a hex string ('0x' optional; an odd last digit is the high half of the last byte; a character
 * that is not a hex digit reads as 0); with a bitLength, left-padded with zeros to that many bits.
 */
export function hexToU8a(value?: string | null, bitLength = -1): Uint8Array {
  if (!value) return new Uint8Array();
  let s = value.startsWith('0x') ? 2 : 0;
  const decLength = Math.ceil((value.length - s) / 2);
  const endLength = Math.ceil(bitLength === -1 ? decLength : bitLength / 8);
  const result = new Uint8Array(endLength);
  const offset = endLength > decLength ? endLength - decLength : 0;
  for (let i = offset; i < endLength; i++, s += 2) {
    // charCodeAt past the end is NaN: the missing low digit of an odd-length string reads as 0.
    result[i] = (nibbleOf(value.charCodeAt(s)) << 4) | nibbleOf(value.charCodeAt(s + 1));
  }
  return result;
}
