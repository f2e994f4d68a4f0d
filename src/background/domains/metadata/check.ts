import { Metadata, TypeRegistry } from '@polkadot/types';
import { expandMetadata } from '@polkadot/types/metadata/decorate';
import { ProtocolError } from '../../../protocol/errors.ts';

interface OfferedMetadata {
  specVersion: number;
  rawMetadata?: string | undefined;
}

function refuse(message: string, reason: string): ProtocolError {
  return new ProtocolError('invalid-request', message, { reason });
}

/**
 * The full metadata of an offer, checked: it must parse, and its runtime version must be the one the offer names.
 * Call-only metadata (metaCalls) is not enough: signing needs the chain's transaction-extension list.
 */
export function checkMetadata(def: OfferedMetadata): `0x${string}` {
  const raw = def.rawMetadata;
  if (!raw || !raw.startsWith('0x'))
    throw refuse(
      'TaoVault needs the full runtime metadata (rawMetadata) to sign for this network.',
      'metadata-raw-required',
    );
  const hex: `0x${string}` = `0x${raw.slice(2)}`;
  let spec: number;
  try {
    const registry = new TypeRegistry();
    const metadata = new Metadata(registry, hex);
    registry.setMetadata(metadata, undefined, undefined, true);
    const version = expandMetadata(registry, metadata).consts['system']?.['version']?.toJSON();
    spec =
      typeof version === 'object' && version !== null && 'specVersion' in version ? Number(version.specVersion) : NaN;
  } catch {
    throw refuse('The metadata the site offered cannot be read.', 'metadata-invalid');
  }
  if (spec !== def.specVersion)
    throw refuse(`The metadata is for runtime version ${spec}, not ${def.specVersion}.`, 'metadata-invalid');
  return hex;
}
