// Metadata as the two chains serve it: state_getMetadata is V14 on both (a real node's is always V14), the version
// list and each version (Option<OpaqueMetadata>) are the runtime's exactly, and the V14 the devnet derives from V15
// for runtimes it has no binary of (the spec-346 fixture) describes the same chain as the runtime's own V14.
import { compactFromU8a, hexToU8a } from '@polkadot/util';
import { TypeRegistry, Metadata } from '@polkadot/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toV14 } from '../../devnet/chain/metadata-versions.ts';
import { metadataShape } from '../../devnet/tests/metadata-shape.ts';
import { startPair, type Pair } from './helpers/pair.ts';

let pair: Pair;
beforeAll(async () => {
  pair = await startPair({ seed: false });
});
afterAll(async () => {
  await pair?.stop();
});

const u32 = (n: number): string =>
  `0x${[0, 8, 16, 24].map((s) => ((n >>> s) & 0xff).toString(16).padStart(2, '0')).join('')}`;

describe('metadata: the devnet serves what the spec-293 runtime serves', () => {
  it('state_getMetadata is the runtime V14, byte for byte', async () => {
    const [real = '', dev] = await Promise.all(pair.both.map((s) => s.rpc.result<string>('state_getMetadata')));
    expect(real.slice(0, 12)).toBe('0x6d6574610e');
    expect(dev).toBe(real);
  });

  it('Metadata_metadata (OpaqueMetadata) and Metadata_metadata_versions are the same SCALE', async () => {
    for (const method of ['Metadata_metadata', 'Metadata_metadata_versions']) {
      const [real, dev] = await Promise.all(pair.both.map((s) => s.rpc.result<string>('state_call', [method, '0x'])));
      expect(dev, method).toBe(real);
    }
    // [14, 15, u32::MAX]: the runtime's unstable V16 draft is listed too.
    expect(await pair.real.rpc.result('state_call', ['Metadata_metadata_versions', '0x'])).toBe(
      '0x0c0e0000000f000000ffffffff',
    );
  });

  it('Metadata_metadata_at_version answers Some(bytes) or None exactly as the runtime, for 14, 15, 16, u32::MAX and 0', async () => {
    for (const v of [14, 15, 16, 0xffffffff, 0]) {
      const [real = '', dev] = await Promise.all(
        pair.both.map((s) => s.rpc.result<string>('state_call', ['Metadata_metadata_at_version', u32(v)])),
      );
      expect(dev, `version ${v}`).toBe(real);
      expect(real.slice(0, 4), `version ${v}`).toBe(v === 16 || v === 0 ? '0x00' : '0x01');
    }
  });

  it('@polkadot/api on either chain picks V15 (the newest it reads) and sees the same runtime APIs', async () => {
    const [real, dev] = pair.both.map((s) => s.api.runtimeMetadata);
    expect(real!.version).toBe(15);
    expect(dev!.version).toBe(15);
    expect(dev!.toHex()).toBe(real!.toHex());
    expect(Object.keys(pair.devnet.api.call).sort()).toEqual(Object.keys(pair.real.api.call).sort());
    expect(pair.devnet.api.call['swapRuntimeApi']?.['simSwapTaoForAlpha']).toBeUndefined();
  });

  it("the V14 the devnet derives from V15 (used for the spec-346 fixture) describes the runtime's own V14 exactly", async () => {
    const realV14 = hexToU8a(await pair.real.rpc.result<string>('state_getMetadata'));
    const v15 = hexToU8a(await pair.real.rpc.result<string>('state_call', ['Metadata_metadata_at_version', u32(15)]));
    const [offset] = compactFromU8a(v15.subarray(1));
    const registry = new TypeRegistry();
    const metadata = new Metadata(registry, v15.subarray(1 + offset));
    registry.setMetadata(metadata);
    const derived = metadataShape(toV14(registry, metadata));
    const own = metadataShape(realV14);
    expect(own.version).toBe(14);
    expect(derived.version).toBe(14);
    expect(derived.lines.length).toBeGreaterThan(1000);
    expect(derived.lines).toEqual(own.lines);
  });
});
