import { compactFromU8a, hexToU8a, u8aToHex } from '@polkadot/util';

/** Metadata versions @polkadot/types 16 decodes; the newest a runtime offers among them is used. */
export const SUPPORTED_METADATA_VERSIONS: readonly number[] = [14, 15, 16];

/** What a node's JSON-RPC can do for us: one request. */
export interface RpcSend {
  send(method: string, params: unknown[]): Promise<unknown>;
}

export interface FetchedMetadata {
  hex: `0x${string}`;
  /** The metadata version of `hex` (14 when the node offered nothing newer). */
  version: number;
}

function isHex(v: unknown): v is `0x${string}` {
  return typeof v === 'string' && /^0x[0-9a-fA-F]*$/.test(v);
}

/** SCALE Vec<u32> (Metadata_metadata_versions). */
export function decodeVersions(hex: `0x${string}`): number[] {
  const bytes = hexToU8a(hex);
  const [offset, length] = compactFromU8a(bytes);
  const n = length.toNumber();
  if (bytes.length !== offset + 4 * n) throw new Error('malformed metadata version list');
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, 4 * n);
  return Array.from({ length: n }, (_, i) => view.getUint32(4 * i, true));
}

/** SCALE Option<OpaqueMetadata> (Metadata_metadata_at_version): 0x00, or 0x01 then a compact length and the bytes. */
export function decodeOpaqueMetadata(hex: `0x${string}`): `0x${string}` | null {
  const bytes = hexToU8a(hex);
  if (bytes[0] === 0) return null;
  if (bytes[0] !== 1) throw new Error('malformed metadata answer');
  const [offset, length] = compactFromU8a(bytes.subarray(1));
  const start = 1 + offset;
  const end = start + length.toNumber();
  if (end !== bytes.length) throw new Error('malformed metadata answer');
  return u8aToHex(bytes.subarray(start, end));
}

function u32Le(n: number): `0x${string}` {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, n, true);
  return u8aToHex(bytes);
}

/** The version byte of RuntimeMetadataPrefixed ("meta" magic, then the version). */
export function metadataVersionOf(hex: `0x${string}`): number {
  const bytes = hexToU8a(hex.slice(0, 12) as `0x${string}`);
  if (bytes.length < 5 || bytes[0] !== 0x6d || bytes[1] !== 0x65 || bytes[2] !== 0x74 || bytes[3] !== 0x61)
    throw new Error('the node sent something that is not metadata');
  return bytes[4]!;
}

/**
 * The newest metadata the runtime offers that we can decode. `state_getMetadata` is V14 on every node, and V14
 * describes no runtime APIs (no stake, subnets or prices): newer versions come only from the runtime API
 * `Metadata_metadata_at_version`, listed by `Metadata_metadata_versions`. V14 is the last resort, for runtimes
 * that offer nothing newer.
 */
export async function fetchNewestMetadata(rpc: RpcSend): Promise<FetchedMetadata> {
  let offered: number[] = [];
  try {
    const answer = await rpc.send('state_call', ['Metadata_metadata_versions', '0x']);
    if (isHex(answer)) offered = decodeVersions(answer);
  } catch {
    // A runtime older than the versions API answers an error: only V14 exists there.
  }
  const candidates = offered.filter((v) => v > 14 && SUPPORTED_METADATA_VERSIONS.includes(v)).sort((a, b) => b - a);
  for (const version of candidates) {
    const answer = await rpc.send('state_call', ['Metadata_metadata_at_version', u32Le(version)]);
    if (!isHex(answer)) continue;
    const hex = decodeOpaqueMetadata(answer);
    if (hex && metadataVersionOf(hex) === version) return { hex, version };
  }
  const legacy = await rpc.send('state_getMetadata', []);
  if (!isHex(legacy)) throw new Error('the node sent no metadata');
  return { hex: legacy, version: metadataVersionOf(legacy) };
}
