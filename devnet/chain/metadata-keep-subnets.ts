// A runtime one step newer than the fixtures: the newest fixture metadata (spec 346, whose root claim type enum
// has Swap and Keep only) with the variant that later runtimes add, `KeepSubnets { subnets: BTreeSet<NetUid> }`
// at index 2 (facts §1.2, set_root_claim_type). Its field type is the one claim_root already takes. Written to a
// temporary file for `startDevnet({ metadata })`, so the wallet can be tested against that runtime.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { defaultMetadataPath } from './metadata.ts';

interface LookupJson {
  id: number;
  type: {
    path: string[];
    def: {
      variant?: {
        variants: Array<{
          name: string;
          fields: Array<{ name: string | null; type: number; typeName: string | null; docs: string[] }>;
          index: number;
          docs: string[];
        }>;
      };
    };
  };
}

export function metadataWithKeepSubnets(source = defaultMetadataPath()): string {
  const metadata = new Metadata(new TypeRegistry(), new Uint8Array(readFileSync(source)));
  const json = metadata.toJSON() as unknown as {
    metadata: Record<
      string,
      { lookup: { types: LookupJson[] }; pallets: Array<{ name: string; calls: { type: number } | null }> }
    >;
  };
  const version = Object.keys(json.metadata)[0]!;
  const latest = json.metadata[version]!;
  const byId = new Map(latest.lookup.types.map((t) => [t.id, t]));
  const claimType = latest.lookup.types.find(
    (t) => t.type.path.join('::') === 'pallet_subtensor::pallet::RootClaimTypeEnum',
  )?.type.def.variant;
  const calls = latest.pallets.find((p) => p.name === 'SubtensorModule')?.calls;
  const claimRoot = calls
    ? byId.get(calls.type)?.type.def.variant?.variants.find((v) => v.name === 'claim_root')
    : undefined;
  const subnets = claimRoot?.fields[0];
  if (!claimType || !subnets) throw new Error(`${source}: no RootClaimTypeEnum or claim_root to extend`);
  if (!claimType.variants.some((v) => v.name === 'KeepSubnets')) {
    claimType.variants.push({
      name: 'KeepSubnets',
      fields: [{ name: 'subnets', type: subnets.type, typeName: subnets.typeName, docs: [] }],
      index: 2,
      docs: [],
    });
  }
  const file = join(mkdtempSync(join(tmpdir(), 'taovault-metadata-')), 'subtensor-keep-subnets.scale');
  writeFileSync(file, new Metadata(new TypeRegistry(), json as never).toU8a());
  return file;
}
