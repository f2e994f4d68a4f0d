// The real runtime's own metadata answers, for a devnet started with that runtime's metadata (the spec-293 V15
// fixture is byte for byte what the node-subtensor runtime in devnet/real/runtime/ answers to
// `Metadata_metadata_at_version(15)`). There the devnet serves exactly what the runtime serves: its V14 bytes for
// `state_getMetadata` / `Metadata_metadata`, its version list (which includes u32::MAX, the runtime's unstable V16
// draft that @polkadot/types cannot read and clients skip) and each version's bytes. They are asked of the runtime's
// wasm once (`Metadata_*` calls, ~4 s) and cached beside the real chain's genesis, by the chain spec file's hash.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactFromU8a, hexToU8a, u8aEq, u8aToHex } from '@polkadot/util';
import type { MetadataAnswers } from './metadata-versions.ts';

interface CachedAnswers {
  v14: string;
  versions: number[];
  atVersion: Record<string, string>;
}

/** SCALE Vec<u32>. */
function decodeVersions(bytes: Uint8Array): number[] {
  const [offset, length] = compactFromU8a(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, 4 * length.toNumber());
  return Array.from({ length: length.toNumber() }, (_, i) => view.getUint32(4 * i, true));
}

/** SCALE OpaqueMetadata (a length-prefixed Vec<u8>). */
function decodeOpaque(bytes: Uint8Array): Uint8Array {
  const [offset, length] = compactFromU8a(bytes);
  return bytes.subarray(offset, offset + length.toNumber());
}

function u32Le(n: number): `0x${string}` {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return u8aToHex(b);
}

async function askRuntime(wasm: `0x${string}`): Promise<CachedAnswers> {
  const { runtimeCall } = await import('../real/genesis.ts');
  const call = async (method: string, args: `0x${string}`[]): Promise<Uint8Array> =>
    hexToU8a((await runtimeCall(wasm, method, args)).result);
  const versions = decodeVersions(await call('Metadata_metadata_versions', []));
  const atVersion: Record<string, string> = {};
  for (const v of versions) {
    const answer = await call('Metadata_metadata_at_version', [u32Le(v)]);
    if (answer[0] !== 1) throw new Error(`the runtime lists metadata version ${v} but does not answer it`);
    atVersion[String(v)] = u8aToHex(decodeOpaque(answer.subarray(1)));
  }
  const v14 = u8aToHex(decodeOpaque(await call('Metadata_metadata', [])));
  return { v14, versions, atVersion };
}

/**
 * The real runtime's metadata answers if `fixture` is one of them (else null). Computed once per chain spec file and
 * cached. Without a cache, a V16 fixture is not checked (the runtime kept here offers no stable V16).
 */
export async function realRuntimeAnswers(fixture: Uint8Array, fixtureVersion: number): Promise<MetadataAnswers | null> {
  const { cacheDir, RUNTIME_SPEC } = await import('../real/genesis.ts');
  if (!existsSync(RUNTIME_SPEC)) return null;
  const text = readFileSync(RUNTIME_SPEC);
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const file = join(cacheDir(), `metadata-${digest}.json`);
  let cached: CachedAnswers | null = null;
  if (existsSync(file)) {
    try {
      cached = JSON.parse(readFileSync(file, 'utf8')) as CachedAnswers;
    } catch {
      cached = null;
    }
  }
  if (!cached) {
    if (fixtureVersion !== 15) return null;
    const spec = JSON.parse(text.toString('utf8')) as { genesis: { runtimeGenesis: { code: `0x${string}` } } };
    cached = await askRuntime(spec.genesis.runtimeGenesis.code);
    mkdirSync(cacheDir(), { recursive: true });
    writeFileSync(file, JSON.stringify(cached));
  }
  const atVersion = new Map(cached.versions.map((v) => [v, hexToU8a(cached.atVersion[String(v)])]));
  if (![...atVersion.values()].some((bytes) => u8aEq(bytes, fixture))) return null;
  return { v14: hexToU8a(cached.v14), versions: cached.versions, atVersion, source: 'runtime' };
}
