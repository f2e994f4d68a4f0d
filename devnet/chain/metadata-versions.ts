// Metadata in the versions a runtime serves: a real node answers `state_getMetadata` (and `Metadata_metadata`) with
// V14, and V15 / V16 only through `Metadata_metadata_at_version` (facts §11). The devnet's fixtures hold V15 or V16;
// the older versions are derived from them here with @polkadot/types' own V14 / V15 codecs:
//  - V14 = the same type registry (lookup) and pallets without docs, deprecation notes, associated types and view
//    functions; the extrinsic as V14 describes it: the UncheckedExtrinsic type (found in the lookup by its path and
//    its Address / Call / Signature type parameters), version 4 and the signed extensions of transaction-extension
//    version 0 with their `implicit` types as `additionalSigned`; the runtime type (V15's `type`, or the lookup's
//    `…::Runtime` for V16, which dropped the field).
//  - V15 (from V16) = V14's pallets with their docs, the extrinsic with its address/call/signature/extra types, the
//    runtime APIs without their version and deprecation notes, the outer enums and custom values unchanged.
// The lookup is kept whole (a V14 from the runtime registers only the types V14 reaches, so the ids differ from the
// runtime's own V14; every pallet, call, event, error, constant and extension resolves to the same type).
import type { Metadata, TypeRegistry } from '@polkadot/types';
import type { MetadataV15, MetadataV16 } from '@polkadot/types/interfaces';
import type { PortableRegistry } from '@polkadot/types/metadata';
import { u8aConcat } from '@polkadot/util';

/** RuntimeMetadataPrefixed: the magic "meta", then the version byte. */
const MAGIC = [0x6d, 0x65, 0x74, 0x61];

export function prefixed(version: number, body: Uint8Array): Uint8Array {
  return u8aConcat(new Uint8Array([...MAGIC, version]), body);
}

type Source = MetadataV15 | MetadataV16;

/** The UncheckedExtrinsic type whose Address / Call / Signature parameters are the extrinsic's own. */
function uncheckedExtrinsicType(
  lookup: PortableRegistry,
  address: number,
  call: number,
  signature: number,
): { id: number; extra: number } {
  const found: Array<{ id: number; extra: number; selfContained: boolean }> = [];
  for (const t of lookup.types) {
    const path = t.type.path.map((p) => p.toString());
    if (path[path.length - 1] !== 'UncheckedExtrinsic') continue;
    const params = new Map(t.type.params.map((p) => [p.name.toString(), p.type.unwrapOr(null)?.toNumber() ?? -1]));
    if (params.get('Address') !== address || params.get('Call') !== call || params.get('Signature') !== signature)
      continue;
    const extra = params.get('Extra') ?? params.get('Extension') ?? -1;
    found.push({ id: t.id.toNumber(), extra, selfContained: path[0] === 'fp_self_contained' });
  }
  // A runtime with Frontier wraps the generic extrinsic in fp_self_contained's: that outer type is the chain's.
  const pick = found.find((f) => f.selfContained) ?? found[0];
  if (!pick) throw new Error('the metadata registers no UncheckedExtrinsic for its address, call and signature types');
  return { id: pick.id, extra: pick.extra };
}

function runtimeType(src: Source, version: number): number {
  if (version === 15) return (src as MetadataV15).type.toNumber();
  const lookup = src.lookup;
  const runtime = lookup.types.find((t) => {
    const path = t.type.path.map((p) => p.toString());
    return path.length === 2 && path[1] === 'Runtime' && t.type.def.isComposite;
  });
  if (!runtime) throw new Error('the metadata registers no Runtime type');
  return runtime.id.toNumber();
}

interface ExtrinsicParts {
  address: number;
  call: number;
  signature: number;
  unchecked: number;
  extra: number;
  /** Signed extensions of the version-4 extrinsic, V14's shape. */
  signedExtensions: Array<{ identifier: string; type: number; additionalSigned: number }>;
}

function extrinsicParts(src: Source, version: number): ExtrinsicParts {
  const lookup = src.lookup;
  if (version === 15) {
    const e = (src as MetadataV15).extrinsic;
    const address = e.addressType.toNumber();
    const call = e.callType.toNumber();
    const signature = e.signatureType.toNumber();
    return {
      address,
      call,
      signature,
      unchecked: uncheckedExtrinsicType(lookup, address, call, signature).id,
      extra: e.extraType.toNumber(),
      signedExtensions: e.signedExtensions.map((x) => ({
        identifier: x.identifier.toString(),
        type: x.type.toNumber(),
        additionalSigned: x.additionalSigned.toNumber(),
      })),
    };
  }
  const e = (src as MetadataV16).extrinsic;
  const address = e.addressType.toNumber();
  const call = e.callType.toNumber();
  const signature = e.signatureType.toNumber();
  const found = uncheckedExtrinsicType(lookup, address, call, signature);
  // Signed (version 4) extrinsics carry the extensions of transaction-extension version 0.
  const indexes = [...e.transactionExtensionsByVersion.entries()].find(([v]) => v.toNumber() === 0)?.[1] ?? [];
  const signedExtensions = indexes.map((i) => {
    const x = e.transactionExtensions[i.toNumber()];
    if (!x) throw new Error(`transaction extension ${i.toNumber()} is not in the metadata`);
    return { identifier: x.identifier.toString(), type: x.type.toNumber(), additionalSigned: x.implicit.toNumber() };
  });
  return { address, call, signature, unchecked: found.id, extra: found.extra, signedExtensions };
}

function palletsV14(src: Source) {
  return src.pallets.map((p) => ({
    name: p.name,
    storage: p.storage.isSome
      ? {
          prefix: p.storage.unwrap().prefix,
          items: p.storage.unwrap().items.map((i) => ({
            name: i.name,
            modifier: i.modifier,
            type: i.type,
            fallback: i.fallback,
            docs: i.docs,
          })),
        }
      : null,
    calls: p.calls.isSome ? { type: p.calls.unwrap().type } : null,
    events: p.events.isSome ? { type: p.events.unwrap().type } : null,
    constants: p.constants.map((c) => ({ name: c.name, type: c.type, value: c.value, docs: c.docs })),
    errors: p.errors.isSome ? { type: p.errors.unwrap().type } : null,
    index: p.index,
  }));
}

function sourceOf(metadata: Metadata): { src: Source; version: number } {
  if (metadata.version === 16) return { src: metadata.asV16, version: 16 };
  if (metadata.version === 15) return { src: metadata.asV15, version: 15 };
  throw new Error(`metadata V${metadata.version} cannot be converted (V15 or V16 expected)`);
}

/** RuntimeMetadataPrefixed V14 derived from V15 or V16 metadata (see the file's header). */
export function toV14(registry: TypeRegistry, metadata: Metadata): Uint8Array {
  const { src, version } = sourceOf(metadata);
  const ext = extrinsicParts(src, version);
  const v14 = registry.createType('MetadataV14', {
    lookup: src.lookup,
    pallets: palletsV14(src),
    extrinsic: { type: ext.unchecked, version: 4, signedExtensions: ext.signedExtensions },
    type: runtimeType(src, version),
  });
  return prefixed(14, v14.toU8a());
}

/** RuntimeMetadataPrefixed V15 derived from V16 metadata (see the file's header). */
export function toV15(registry: TypeRegistry, metadata: Metadata): Uint8Array {
  if (metadata.version !== 16) throw new Error(`V15 is derived from V16 metadata, not V${metadata.version}`);
  const src = metadata.asV16;
  const ext = extrinsicParts(src, 16);
  const v15 = registry.createType('MetadataV15', {
    lookup: src.lookup,
    pallets: palletsV14(src).map((p, i) => ({ ...p, docs: src.pallets[i]!.docs })),
    extrinsic: {
      version: 4,
      addressType: ext.address,
      callType: ext.call,
      signatureType: ext.signature,
      extraType: ext.extra,
      signedExtensions: ext.signedExtensions,
    },
    type: runtimeType(src, 16),
    apis: src.apis.map((a) => ({
      name: a.name,
      methods: a.methods.map((m) => ({ name: m.name, inputs: m.inputs, output: m.output, docs: m.docs })),
      docs: a.docs,
    })),
    outerEnums: src.outerEnums,
    custom: src.custom,
  });
  return prefixed(15, v15.toU8a());
}

/** What a runtime serves for metadata: `Metadata_metadata` (V14), the version list, and each listed version. */
export interface MetadataAnswers {
  /** RuntimeMetadataPrefixed V14: `state_getMetadata` and `Metadata_metadata`. */
  v14: Uint8Array;
  /** `Metadata_metadata_versions`, in the runtime's order. */
  versions: number[];
  /** `Metadata_metadata_at_version(v)` for each listed v (RuntimeMetadataPrefixed). */
  atVersion: Map<number, Uint8Array>;
  /** 'runtime': the real runtime's own answers (the fixture is its metadata); 'derived': built here from the fixture. */
  source: 'runtime' | 'derived';
}

/** The answers derived from a V15 or V16 fixture: V14 and V15 built from it, the fixture's own version as is. */
export function derivedAnswers(registry: TypeRegistry, metadata: Metadata, bytes: Uint8Array): MetadataAnswers {
  const atVersion = new Map<number, Uint8Array>();
  const v14 = toV14(registry, metadata);
  atVersion.set(14, v14);
  if (metadata.version === 16) atVersion.set(15, toV15(registry, metadata));
  atVersion.set(metadata.version, bytes);
  return { v14, versions: [...atVersion.keys()].sort((a, b) => a - b), atVersion, source: 'derived' };
}
