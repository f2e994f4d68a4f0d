import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, signatureVerify } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionEntries, signedExtensionsFromMetadata } from './extensions.ts';

const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/', import.meta.url));
const metadataHex = (file: string): `0x${string}` => u8aToHex(readFileSync(`${FIXTURES}metadata/${file}`));

interface SignedCase {
  label: string;
  signed: `0x${string}`;
  era: { blockHash: `0x${string}` };
}
const extrinsics = JSON.parse(readFileSync(`${FIXTURES}extrinsics/subtensor-spec293.json`, 'utf8')) as {
  genesisHash: `0x${string}`;
  specVersion: number;
  transactionVersion: number;
  signer: string;
  signedExtensions: string[];
  cases: SignedCase[];
};

function registryFor(hex: `0x${string}`): TypeRegistry {
  const registry = new TypeRegistry();
  registry.setMetadata(new Metadata(registry, hex), undefined, signedExtensionsFromMetadata(hex).extensions);
  return registry;
}

beforeAll(async () => {
  await cryptoWaitReady();
});

describe('transaction extensions from metadata', () => {
  it('reads V15 implicit types from additionalSigned (the converted V16 shape says type 0, an AccountId32)', () => {
    const metadata = new Metadata(new TypeRegistry(), metadataHex('subtensor-spec293-v15.scale'));
    const entries = extensionEntries(metadata);
    expect(entries.map((e) => e.identifier)).toEqual(extrinsics.signedExtensions);
    // Zero-sized extensions have the unit type as their implicit type, not type 0.
    const subtensor = entries.find((e) => e.identifier === 'SubtensorTransactionExtension')!;
    expect(subtensor.implicit.toNumber()).not.toBe(0);
    expect(
      metadata.asLatest.extrinsic.transactionExtensions
        .find((e) => e.identifier.toString() === 'SubtensorTransactionExtension')!
        .implicit.toNumber(),
    ).toBe(0);
  });

  it.each([
    ['subtensor-spec293-v15.scale', ['SubtensorTransactionExtension']],
    ['subtensor-spec346-v16.scale', ['SubtensorTransactionExtension', 'DrandPriority']],
  ])('declares %s custom extensions with no extrinsic and no payload data', (file, custom) => {
    const { extensions } = signedExtensionsFromMetadata(metadataHex(file));
    for (const id of custom) expect(extensions[id]).toEqual({ extrinsic: {}, payload: {} });
  });

  it.each(extrinsics.cases.map((c) => [c.label, c] as const))(
    'builds the payload a real spec-293 node accepted: %s',
    (_label, c) => {
      const registry = registryFor(metadataHex('subtensor-spec293-v15.scale'));
      const extrinsic = registry.createType('Extrinsic', c.signed);
      const payload = registry.createType(
        'ExtrinsicPayload',
        {
          method: extrinsic.method.toHex(),
          era: extrinsic.era,
          nonce: extrinsic.nonce,
          tip: extrinsic.tip,
          mode: 0,
          specVersion: extrinsics.specVersion,
          transactionVersion: extrinsics.transactionVersion,
          genesisHash: extrinsics.genesisHash,
          blockHash: c.era.blockHash,
          metadataHash: null,
        },
        { version: 4 },
      );
      // The node verified the signature over exactly these bytes (hashed when over 256 bytes).
      const bytes = payload.toU8a({ method: true });
      const signature = extrinsic.signature.toU8a();
      expect(
        signatureVerify(bytes.length > 256 ? registry.hash(bytes) : bytes, signature, extrinsics.signer).isValid,
      ).toBe(true);
    },
  );
});
