import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactAddLength, compactToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { describe, expect, it } from 'vitest';
import { decodeOpaqueMetadata, decodeVersions, fetchNewestMetadata, type RpcSend } from './metadata-fetch.ts';

const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/metadata/', import.meta.url));
const v15 = readFileSync(`${FIXTURES}subtensor-spec293-v15.scale`);
const v16 = readFileSync(`${FIXTURES}subtensor-spec346-v16.scale`);
/** A V14 stand-in: the magic and version byte are all the fetcher reads. */
const v14 = u8aConcat(new Uint8Array([0x6d, 0x65, 0x74, 0x61, 14]), v15.subarray(5));

const versionsHex = (list: number[]) =>
  u8aToHex(u8aConcat(compactToU8a(list.length), ...list.map((v) => new Uint8Array([v, 0, 0, 0]))));
const some = (bytes: Uint8Array) => u8aToHex(u8aConcat(new Uint8Array([1]), compactAddLength(bytes)));

/** A node: which versions its runtime lists, what it answers for each, and what it was asked. */
function node(opts: { versions?: number[] | 'no-api'; at?: Record<number, Uint8Array | null>; legacy: Uint8Array }) {
  const asked: string[] = [];
  const rpc: RpcSend = {
    async send(method, params) {
      asked.push(method === 'state_call' ? String(params[0]) : method);
      if (method === 'state_getMetadata') return u8aToHex(opts.legacy);
      if (method !== 'state_call') throw new Error('unexpected');
      if (params[0] === 'Metadata_metadata_versions') {
        if (opts.versions === 'no-api' || !opts.versions)
          throw new Error('Exported method Metadata_metadata_versions is not found');
        return versionsHex(opts.versions);
      }
      const version = Buffer.from(String(params[1]).slice(2), 'hex').readUInt32LE(0);
      const bytes = opts.at?.[version];
      return bytes ? some(bytes) : '0x00';
    },
  };
  return { rpc, asked };
}

describe('fetchNewestMetadata', () => {
  it('takes V15 from Metadata_metadata_at_version when the runtime lists [14, 15] (state_getMetadata is V14)', async () => {
    const { rpc, asked } = node({ versions: [14, 15], at: { 15: v15 }, legacy: v14 });
    const got = await fetchNewestMetadata(rpc);
    expect(got.version).toBe(15);
    expect(got.hex).toBe(u8aToHex(v15));
    expect(asked).not.toContain('state_getMetadata');
  });

  it('takes the newest it can decode: V16 over V15, never an unknown V17', async () => {
    const { rpc, asked } = node({ versions: [14, 15, 16, 17], at: { 15: v15, 16: v16 }, legacy: v14 });
    expect((await fetchNewestMetadata(rpc)).version).toBe(16);
    expect(asked.filter((a) => a === 'Metadata_metadata_at_version')).toHaveLength(1);
  });

  it('falls back to V14 only when nothing newer exists (no versions API, or at_version answers None)', async () => {
    expect((await fetchNewestMetadata(node({ versions: 'no-api', legacy: v14 }).rpc)).version).toBe(14);
    expect((await fetchNewestMetadata(node({ versions: [14, 15], at: { 15: null }, legacy: v14 }).rpc)).version).toBe(
      14,
    );
  });

  it('refuses an answer that is not metadata', async () => {
    await expect(
      fetchNewestMetadata(node({ versions: [14], legacy: new Uint8Array([1, 2, 3, 4, 5, 6]) }).rpc),
    ).rejects.toThrow('not metadata');
  });

  it('decodes Vec<u32> and Option<OpaqueMetadata>, and refuses truncated answers', () => {
    expect(decodeVersions(versionsHex([14, 15]))).toEqual([14, 15]);
    expect(() => decodeVersions('0x080e000000')).toThrow('malformed');
    expect(decodeOpaqueMetadata('0x00')).toBeNull();
    expect(decodeOpaqueMetadata(some(new Uint8Array([9, 8, 7])))).toBe('0x090807');
    expect(() => decodeOpaqueMetadata('0x010c0908')).toThrow('malformed');
  });
});
