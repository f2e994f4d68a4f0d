// What a client reads from metadata, as comparable text: every pallet with its index, storage items (modifier,
// hashers, key and value types, default), calls / events / errors (variant, index, field names and types), constants
// (type and value), the signed extensions and the extrinsic and runtime types. Types are written as their resolved
// definitions, so two metadata with different type registries (a runtime's V14 and one derived from its V15)
// compare equal when they describe the same chain.
import { Metadata, TypeRegistry } from '@polkadot/types';

export function metadataShape(bytes: Uint8Array): { version: number; lines: string[] } {
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, bytes);
  registry.setMetadata(metadata);
  const m = metadata.asLatest;
  const ty = (id: { toNumber(): number } | number): string =>
    registry.lookup.getTypeDef(typeof id === 'number' ? id : id.toNumber()).type;
  const lines: string[] = [];
  for (const p of m.pallets) {
    const name = p.name.toString();
    lines.push(`pallet ${p.index.toNumber()} ${name}`);
    if (p.storage.isSome) {
      for (const i of p.storage.unwrap().items) {
        const shape = i.type.isPlain
          ? ty(i.type.asPlain)
          : `${i.type.asMap.hashers.map(String).join(',')} ${ty(i.type.asMap.key)} => ${ty(i.type.asMap.value)}`;
        lines.push(
          `storage ${name}.${i.name.toString()} ${i.modifier.toString()} ${shape} default ${i.fallback.toHex()}`,
        );
      }
    }
    for (const kind of ['calls', 'events', 'errors'] as const) {
      const opt = p[kind];
      if (opt.isNone) continue;
      for (const v of registry.lookup.getSiType(opt.unwrap().type).def.asVariant.variants) {
        lines.push(
          `${kind} ${name}.${v.name.toString()} #${v.index.toNumber()} (${v.fields.map((f) => `${f.name.unwrapOr('').toString()}: ${ty(f.type)}`).join(', ')})`,
        );
      }
    }
    for (const c of p.constants)
      lines.push(`constant ${name}.${c.name.toString()}: ${ty(c.type)} = ${c.value.toHex()}`);
  }
  const v14 = metadata.version === 14 ? metadata.asV14 : null;
  const extensions = v14
    ? v14.extrinsic.signedExtensions.map((x) => [x.identifier, x.type, x.additionalSigned] as const)
    : [];
  for (const [id, type, signed] of extensions) lines.push(`extension ${id.toString()} ${ty(type)} signs ${ty(signed)}`);
  if (v14)
    lines.push(`extrinsic v${v14.extrinsic.version.toNumber()} ${ty(v14.extrinsic.type)}`, `runtime ${ty(v14.type)}`);
  return { version: metadata.version, lines };
}
