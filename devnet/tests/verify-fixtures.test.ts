// The spec-293 extrinsics a real node accepted pass the devnet's signature check with that chain's
// genesis hash and metadata, and fail with one byte changed or another genesis hash.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import type { Extrinsic } from '@polkadot/types/interfaces';
import { fixturesMetadataDir, loadChainMetadata, type ChainMeta } from '../chain/metadata.ts';
import { verifyExtrinsicSignature, type VerifyContext } from '../runtime/verify.ts';

interface Case {
  label: string;
  signed: string;
  nonce: number;
  era: { period: number; blockNumber: number; blockHash: string };
}
interface Fixture {
  genesisHash: string;
  specVersion: number;
  transactionVersion: number;
  cases: Case[];
}

const fixture = JSON.parse(
  readFileSync(resolve(fixturesMetadataDir, '..', 'extrinsics', 'subtensor-spec293.json'), 'utf8'),
) as Fixture;
let meta: ChainMeta;

beforeAll(async () => {
  await cryptoWaitReady();
  meta = loadChainMetadata(resolve(fixturesMetadataDir, 'subtensor-spec293-v15.scale'));
});

const ctxFor = (c: Case, genesisHash = fixture.genesisHash): VerifyContext => ({
  genesisHash,
  specVersion: fixture.specVersion,
  transactionVersion: fixture.transactionVersion,
  currentBlock: c.era.blockNumber + 1,
  blockHashAt: (n) => (n === c.era.blockNumber ? c.era.blockHash : null),
});

describe('signature check on real spec-293 extrinsics', () => {
  it('metadata says spec 293', () => {
    expect(meta.specVersion).toBe(fixture.specVersion);
  });
  for (const c of fixture.cases) {
    it(`accepts: ${c.label}`, () => {
      const ext = meta.registry.createType('Extrinsic', c.signed) as Extrinsic;
      expect(ext.nonce.toNumber()).toBe(c.nonce);
      expect(() => verifyExtrinsicSignature(meta.registry, ext, ctxFor(c))).not.toThrow();
    });
    it(`refuses with one byte changed: ${c.label}`, () => {
      const bytes = hexToU8a(c.signed);
      for (const at of [bytes.length - 1, bytes.length - 5, 110]) {
        const copy = bytes.slice();
        copy[at] = (copy[at] ?? 0) ^ 0x01;
        let threw = false;
        try {
          const ext = meta.registry.createType('Extrinsic', u8aToHex(copy)) as Extrinsic;
          verifyExtrinsicSignature(meta.registry, ext, ctxFor(c));
        } catch {
          threw = true;
        }
        expect(threw).toBe(true);
      }
    });
    it(`refuses under another genesis hash: ${c.label}`, () => {
      const ext = meta.registry.createType('Extrinsic', c.signed) as Extrinsic;
      expect(() => verifyExtrinsicSignature(meta.registry, ext, ctxFor(c, '0x' + '46'.repeat(32)))).toThrow(
        /bad signature/,
      );
    });
  }
});
