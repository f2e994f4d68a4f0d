import { Metadata, TypeRegistry } from '@polkadot/types';
import { allExtensions } from '@polkadot/types/extrinsic/signedExtensions';
import type { ExtDef } from '@polkadot/types/extrinsic/signedExtensions/types';

const EMPTY = new Set(['Null', '()', '{}', '']);

/**
 * The transaction extensions @polkadot/api does not know, declared from the metadata's own list (facts §0.1):
 * zero-sized ones as `{}`; a fee extension (ChargeTransactionPaymentWrapper…) like ChargeTransactionPayment,
 * a compact tip; any other with data carries its metadata type under its camel-cased name, and its implicit
 * ("additional signed") type in the payload.
 */
export function signedExtensionsFromMetadata(metadataHex: `0x${string}`): { extensions: ExtDef; identifiers: string[] } {
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, metadataHex);
  registry.setLookup(metadata.asLatest.lookup);
  const extensions: ExtDef = {};
  const identifiers: string[] = [];
  for (const ext of metadata.asLatest.extrinsic.transactionExtensions) {
    const id = ext.identifier.toString();
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
