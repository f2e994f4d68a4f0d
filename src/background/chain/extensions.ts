import { Metadata, TypeRegistry } from '@polkadot/types';
import { allExtensions } from '@polkadot/types/extrinsic/signedExtensions';
import type { ExtDef } from '@polkadot/types/extrinsic/signedExtensions/types';
import type { SiLookupTypeId } from '@polkadot/types/interfaces';

const EMPTY = new Set(['Null', '()', '{}', '']);

/** One transaction extension as the metadata describes it: explicit type and implicit ("additional signed") type. */
export interface ExtensionEntry {
  identifier: string;
  type: SiLookupTypeId;
  implicit: SiLookupTypeId;
}

/**
 * The runtime's transaction extensions, in order, with their implicit types as the metadata itself states them.
 * V14/V15 call the implicit type `additionalSigned`; V16 calls it `implicit`. @polkadot/types converts V14/V15 to its
 * V16 shape with `implicit` set to type 0 (an AccountId32 on Subtensor), which would add 32 bytes to every signed
 * payload: so V14/V15 are read in their own shape.
 */
export function extensionEntries(metadata: Metadata): ExtensionEntry[] {
  switch (metadata.version) {
    case 14:
      return metadata.asV14.extrinsic.signedExtensions.map((e) => ({
        identifier: e.identifier.toString(),
        type: e.type,
        implicit: e.additionalSigned,
      }));
    case 15:
      return metadata.asV15.extrinsic.signedExtensions.map((e) => ({
        identifier: e.identifier.toString(),
        type: e.type,
        implicit: e.additionalSigned,
      }));
    default:
      return metadata.asLatest.extrinsic.transactionExtensions.map((e) => ({
        identifier: e.identifier.toString(),
        type: e.type,
        implicit: e.implicit,
      }));
  }
}

/**
 * The transaction extensions @polkadot/api does not know, declared from the metadata's own list (facts §0.1):
 * zero-sized ones as `{}`; a fee extension (ChargeTransactionPaymentWrapper…) like ChargeTransactionPayment,
 * a compact tip; any other with data carries its metadata type under its camel-cased name, and its implicit
 * ("additional signed") type in the payload.
 */
export function signedExtensionsFromMetadata(metadataHex: `0x${string}`): {
  extensions: ExtDef;
  identifiers: string[];
} {
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, metadataHex);
  registry.setLookup(metadata.asLatest.lookup);
  const extensions: ExtDef = {};
  const identifiers: string[] = [];
  for (const ext of extensionEntries(metadata)) {
    const id = ext.identifier;
    identifiers.push(id);
    if (allExtensions[id]) continue;
    if (id.startsWith('ChargeTransactionPayment')) {
      extensions[id] = { extrinsic: { tip: 'Compact<Balance>' }, payload: {} };
      continue;
    }
    const field = id.charAt(0).toLowerCase() + id.slice(1);
    const explicit = registry.lookup.getTypeDef(ext.type).type;
    const implicit = registry.lookup.getTypeDef(ext.implicit).type;
    extensions[id] = {
      extrinsic: EMPTY.has(explicit) ? {} : { [field]: registry.createLookupType(ext.type) },
      payload: EMPTY.has(implicit) ? {} : { [`${field}Implicit`]: registry.createLookupType(ext.implicit) },
    };
  }
  return { extensions, identifiers };
}
