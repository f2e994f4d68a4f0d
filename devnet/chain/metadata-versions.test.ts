// V14 and V15 derived from the spec-346 V16 fixture: they decode with @polkadot/types, describe the same pallets,
// storage, calls, events, errors and constants as the V16 they come from, sign the same extensions, and a V15 read
// back up to V16 by @polkadot/types has the same runtime APIs. (That the derivation gives what a runtime itself
// serves is checked against the real spec-293 runtime in tests/conformance/metadata.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { describe, expect, it } from 'vitest';
import { metadataShape } from '../tests/metadata-shape.ts';
import { fixturesMetadataDir } from './metadata.ts';
import { derivedAnswers, toV14, toV15 } from './metadata-versions.ts';

const v16Bytes = new Uint8Array(readFileSync(join(fixturesMetadataDir, 'subtensor-spec346-v16.scale')));

function load(bytes: Uint8Array): { registry: TypeRegistry; metadata: Metadata } {
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, bytes);
  registry.setMetadata(metadata);
  return { registry, metadata };
}

/** Shape lines without the V14-only ones (extensions, extrinsic, runtime). */
const palletLines = (bytes: Uint8Array): string[] =>
  metadataShape(bytes).lines.filter((l) => !/^(extension|extrinsic|runtime) /.test(l));

describe('metadata derived from the spec-346 V16 fixture', () => {
  const source = load(v16Bytes);
  const v14 = toV14(source.registry, source.metadata);
  const v15 = toV15(source.registry, source.metadata);

  it('V14 decodes as V14 and describes the same pallets, storage, calls, events, errors and constants', () => {
    expect(Array.from(v14.subarray(0, 5))).toEqual([0x6d, 0x65, 0x74, 0x61, 14]);
    const lines = palletLines(v14);
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines).toEqual(palletLines(v16Bytes));
    expect(lines).toContain('pallet 7 SubtensorModule');
    expect(lines.some((l) => l.startsWith('calls SubtensorModule.add_stake_limit #88 ('))).toBe(true);
  });

  it("V14's signed extensions are V16's for signed extrinsics, with their implicit types as additionalSigned", () => {
    const { metadata } = load(v14);
    const ext = metadata.asV14.extrinsic;
    const v16ext = source.metadata.asV16.extrinsic;
    expect(ext.version.toNumber()).toBe(4);
    expect(
      ext.signedExtensions.map((x) => [x.identifier.toString(), x.type.toNumber(), x.additionalSigned.toNumber()]),
    ).toEqual(
      v16ext.transactionExtensions.map((x) => [x.identifier.toString(), x.type.toNumber(), x.implicit.toNumber()]),
    );
    // The extrinsic type is the runtime's UncheckedExtrinsic over the V16 address, call and signature types.
    const si = metadata.asV14.lookup.getSiType(ext.type);
    expect(si.path.map(String).at(-1)).toBe('UncheckedExtrinsic');
    const params = Object.fromEntries(si.params.map((p) => [p.name.toString(), p.type.unwrap().toNumber()]));
    expect(params).toMatchObject({
      Address: v16ext.addressType.toNumber(),
      Call: v16ext.callType.toNumber(),
      Signature: v16ext.signatureType.toNumber(),
    });
    expect(metadata.asV14.lookup.getSiType(metadata.asV14.type).path.map(String).at(-1)).toBe('Runtime');
  });

  it('an extrinsic encoded with the V16 registry decodes the same with the V14 registry', () => {
    const { registry } = load(v14);
    const call = source.registry.createType('Call', {
      callIndex: [7, 88],
      args: {
        hotkey: `0x${'11'.repeat(32)}`,
        netuid: 3,
        amount_staked: 5_000_000_000n,
        limit_price: 250_000_000n,
        allow_partial: false,
      },
    });
    const again = registry.createType('Call', call.toU8a());
    expect(again.toHex()).toBe(call.toHex());
    expect(`${again.section}.${again.method}`).toBe('subtensorModule.addStakeLimit');
  });

  it('V15 decodes as V15, keeps the pallets and docs, and has the same runtime APIs as V16', () => {
    expect(Array.from(v15.subarray(0, 5))).toEqual([0x6d, 0x65, 0x74, 0x61, 15]);
    const { metadata } = load(v15);
    expect(metadata.version).toBe(15);
    expect(palletLines(v15)).toEqual(palletLines(v16Bytes));
    const apis = (m: Metadata) =>
      m.asLatest.apis.map(
        (a) =>
          `${a.name.toString()}: ${a.methods.map((x) => `${x.name.toString()}(${x.inputs.map((i) => i.type.toNumber()).join(',')})->${x.output.toNumber()}`).join(' ')}`,
      );
    expect(apis(metadata)).toEqual(apis(source.metadata));
    expect(apis(metadata).some((a) => a.startsWith('SwapRuntimeApi: current_alpha_price'))).toBe(true);
    expect(metadata.asV15.pallets.find((p) => p.name.eq('SubtensorModule'))!.docs.length).toBe(
      source.metadata.asV16.pallets.find((p) => p.name.eq('SubtensorModule'))!.docs.length,
    );
  });

  it('the devnet offers V14, V15 and the fixture itself, and serves V14 as Metadata_metadata', () => {
    const answers = derivedAnswers(source.registry, source.metadata, v16Bytes);
    expect(answers.versions).toEqual([14, 15, 16]);
    expect(answers.atVersion.get(16)).toBe(v16Bytes);
    expect(answers.v14).toEqual(v14);
    expect(answers.source).toBe('derived');
  });
});
