// Loads real Subtensor metadata (V15 or V16) into a @polkadot/types registry and exposes what the
// devnet needs from it: decorated storage/consts, signed-extension list, runtime version, lookups.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { expandMetadata } from '@polkadot/types/metadata/decorate';
import type { DecoratedMeta } from '@polkadot/types/metadata/decorate/types';
import type { ExtDef } from '@polkadot/types/extrinsic/signedExtensions/types';
import { allExtensions } from '@polkadot/types/extrinsic/signedExtensions';
import type { Codec } from '@polkadot/types/types';
import type { PalletMetadataLatest } from '@polkadot/types/interfaces';
import { derivedAnswers, type MetadataAnswers } from './metadata-versions.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Repository root (devnet/chain/.. /..). */
export const repoRoot = resolve(here, '..', '..');
export const fixturesMetadataDir = resolve(repoRoot, '..', 'shared', 'fixtures', 'metadata');

/** All metadata files in the shared fixtures folder, oldest spec first. */
export function metadataFixtureFiles(dir = fixturesMetadataDir): string[] {
  const specOf = (f: string): number => Number(/spec(\d+)/.exec(f)?.[1] ?? 0);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.scale'))
    .sort((a, b) => specOf(a) - specOf(b))
    .map((f) => join(dir, f));
}

/** The newest metadata file (highest spec number in its name). */
export function defaultMetadataPath(): string {
  const files = metadataFixtureFiles();
  const last = files[files.length - 1];
  if (!last) throw new Error(`no *.scale metadata in ${fixturesMetadataDir}`);
  return last;
}

/**
 * polkadot-js knows the standard signed extensions; Subtensor adds custom ones. Derive user-extension
 * definitions from the metadata: zero-sized ones map to `{}`; a fee wrapper carries a compact tip.
 * Exported so a client (tests, the wallet) can pass the same to `ApiPromise.create({ signedExtensions })`.
 */
export function customSignedExtensions(registry: TypeRegistry, metadata: Metadata): ExtDef {
  const out: ExtDef = {};
  for (const ext of metadata.asLatest.extrinsic.transactionExtensions) {
    const id = ext.identifier.toString();
    if (allExtensions[id]) continue;
    if (id.startsWith('ChargeTransactionPayment')) {
      out[id] = { extrinsic: { tip: 'Compact<Balance>' }, payload: {} };
      continue;
    }
    const extra = registry.createLookupType(ext.type);
    const isEmpty = (def: string): boolean => def === 'Null' || def === '()' || def === '{}';
    const extType = registry.lookup.getTypeDef(ext.type).type;
    out[id] = {
      extrinsic: isEmpty(extType) ? {} : { [id.charAt(0).toLowerCase() + id.slice(1)]: extra },
      payload: {},
    };
  }
  return out;
}

export interface ChainMeta {
  file: string;
  bytes: Uint8Array;
  registry: TypeRegistry;
  metadata: Metadata;
  version: number;
  decorated: DecoratedMeta;
  /** RuntimeVersion codec from the System.Version constant. */
  runtimeVersion: Codec & { specVersion: Codec; transactionVersion: Codec; toJSON(): unknown };
  specVersion: number;
  transactionVersion: number;
  blockHashCount: number;
  existentialDeposit: bigint;
  signedExtensions: string[];
  userExtensions: ExtDef;
  pallet(name: string): PalletMetadataLatest;
  hasPallet(name: string): boolean;
  /**
   * What the runtime serves for metadata (V14 for `state_getMetadata`, the version list, each version): derived
   * from the fixture on first use (chain/metadata-versions.ts), unless `useAnswers` gave the real runtime's own.
   */
  answers(): MetadataAnswers;
  useAnswers(answers: MetadataAnswers): void;
}

export function loadChainMetadata(file = defaultMetadataPath()): ChainMeta {
  const bytes = new Uint8Array(readFileSync(file));
  const probe = new TypeRegistry();
  const probeMeta = new Metadata(probe, bytes);
  probe.setLookup(probeMeta.asLatest.lookup);
  const registry = new TypeRegistry();
  const userExtensions = customSignedExtensions(probe, probeMeta);
  const metadata = new Metadata(registry, bytes);
  registry.setMetadata(metadata, undefined, userExtensions);
  const decorated = expandMetadata(registry, metadata);
  const runtimeVersion = decorated.consts['system']?.['version'] as unknown as ChainMeta['runtimeVersion'];
  const rv = runtimeVersion.toJSON() as { specVersion: number; transactionVersion: number };
  const pallets = metadata.asLatest.pallets;
  let answers: MetadataAnswers | null = null;
  const pallet = (name: string): PalletMetadataLatest => {
    const p = pallets.find((x) => x.name.eq(name));
    if (!p) throw new Error(`pallet ${name} not in metadata`);
    return p;
  };
  return {
    file,
    bytes,
    registry,
    metadata,
    version: metadata.version,
    decorated,
    runtimeVersion,
    specVersion: rv.specVersion,
    transactionVersion: rv.transactionVersion,
    blockHashCount: Number(decorated.consts['system']?.['blockHashCount']?.toString() ?? 2400),
    existentialDeposit: BigInt(decorated.consts['balances']?.['existentialDeposit']?.toString() ?? 500),
    signedExtensions: registry.signedExtensions,
    userExtensions,
    pallet,
    hasPallet: (name) => pallets.some((x) => x.name.eq(name)),
    answers: () => (answers ??= derivedAnswers(registry, metadata, bytes)),
    useAnswers: (a) => {
      answers = a;
    },
  };
}
