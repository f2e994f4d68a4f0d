// The raw genesis of the real Subtensor runtime, built by the runtime itself (GenesisBuilder), as a node builds it
// from a chain spec that is not raw. Cached by the spec file's hash: the build takes a few seconds, the result never
// changes for the same file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyTaskHandler, runTask } from '@acala-network/chopsticks-core';
import { compactAddLength, compactFromU8a, hexToU8a, stringToU8a, u8aToHex, u8aToString } from '@polkadot/util';
import { xxhashAsHex } from '@polkadot/util-crypto';

const here = dirname(fileURLToPath(import.meta.url));

/** The chain spec of node-subtensor spec 293 (opentensor/subtensor `aura-dev.json`, a copy of ../shared's fixture). */
export const RUNTIME_SPEC = resolve(here, 'runtime/subtensor-spec293-aura-dev.json');

/**
 * Genesis time (ms). Fixed, so every start of the same runtime has the same genesis hash on every machine. The chain
 * clock only moves with blocks (parent + one slot), so a fixed start changes nothing a client can rely on.
 */
export const GENESIS_TIME_MS = 1_767_225_600_000; // 2026-01-01T00:00:00Z

export interface ChainSpecFile {
  id: string;
  name: string;
  properties: { ss58Format?: number; tokenDecimals?: number; tokenSymbol?: string };
  genesis: { runtimeGenesis: { code: `0x${string}`; patch: Record<string, unknown> } };
}

export interface RawGenesis {
  id: string;
  name: string;
  properties: ChainSpecFile['properties'];
  genesis: { raw: { top: Record<string, string> } };
}

type Storage = Map<string, string>;

/** Runs one runtime API call on the wasm against in-memory storage (unresolved host imports allowed, as a node does). */
export async function runtimeCall(
  wasm: `0x${string}`,
  method: string,
  args: `0x${string}`[],
  storage: Storage = new Map(),
): Promise<{ result: `0x${string}`; storageDiff: Array<[string, string | null]> }> {
  const sorted = () => [...storage.keys()].sort();
  const response = await runTask(
    { wasm, calls: [[method, args]], mockSignatureHost: false, allowUnresolvedImports: true, runtimeLogLevel: 0 },
    {
      ...emptyTaskHandler,
      getStorage: async (key: string) => storage.get(key),
      getNextKey: async (prefix: string, key: string) => sorted().find((k) => k.startsWith(prefix) && k > key),
    },
  );
  if ('Error' in response) throw new Error(`${method}: ${String(response.Error)}`);
  const call = response.Call as { result: `0x${string}`; storageDiff: Array<[string, string | null]> };
  return call;
}

/** sc-chain-spec's JSON merge: objects merge key by key, recursively; anything else is replaced. */
export function mergePatch(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] = isObject(current) && isObject(value) ? mergePatch(current, value) : value;
  }
  return out;
}

/** Decodes SCALE `Option<Vec<u8>>` holding UTF-8 JSON (GenesisBuilder_get_preset). */
function decodeOptionJson(hex: `0x${string}`): Record<string, unknown> {
  const bytes = hexToU8a(hex);
  if (bytes[0] !== 1) throw new Error('the runtime has no default genesis preset');
  const [offset, length] = compactFromU8a(bytes.subarray(1));
  return JSON.parse(u8aToString(bytes.subarray(1 + offset, 1 + offset + length.toNumber()))) as Record<string, unknown>;
}

/** A storage key of a plain storage value: twox128(pallet) ++ twox128(item). */
export function plainKey(pallet: string, item: string): string {
  return xxhashAsHex(pallet, 128) + xxhashAsHex(item, 128).slice(2);
}

function u64Le(value: number): `0x${string}` {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(value), true);
  return u8aToHex(bytes);
}

/** Builds the raw genesis: default preset ⊕ the spec's patch, GenesisBuilder_build_state, then `:code` and the time. */
export async function buildRawGenesis(spec: ChainSpecFile): Promise<RawGenesis> {
  const wasm = spec.genesis.runtimeGenesis.code;
  const preset = decodeOptionJson((await runtimeCall(wasm, 'GenesisBuilder_get_preset', ['0x00'])).result);
  const config = mergePatch(preset, spec.genesis.runtimeGenesis.patch);
  const built = await runtimeCall(wasm, 'GenesisBuilder_build_state', [
    u8aToHex(compactAddLength(stringToU8a(JSON.stringify(config)))),
  ]);
  // Result<(), String>: 0x00 is Ok.
  if (!built.result.startsWith('0x00'))
    throw new Error(`GenesisBuilder_build_state refused the genesis config (${built.result.slice(0, 200)})`);
  const top = new Map<string, string>();
  for (const [key, value] of built.storageDiff) if (value !== null) top.set(key, value);
  top.set('0x3a636f6465', wasm); // :code
  top.set(plainKey('Timestamp', 'Now'), u64Le(GENESIS_TIME_MS));
  // Chopsticks' genesis provider answers next-key queries by walking the object in order: keys must be sorted.
  const sorted = Object.fromEntries([...top.keys()].sort().map((k) => [k, top.get(k)!]));
  return { id: spec.id, name: spec.name, properties: spec.properties, genesis: { raw: { top: sorted } } };
}

/** Where built artefacts of the real runtime are cached (node_modules/.cache/taovault-real, or TAOVAULT_REAL_CACHE). */
export function cacheDir(): string {
  return resolve(process.env.TAOVAULT_REAL_CACHE ?? join(here, '../../node_modules/.cache/taovault-real'));
}

/** The raw genesis of a chain spec file, from the cache when this exact file was built before. */
export async function rawGenesis(
  specPath = RUNTIME_SPEC,
): Promise<{ genesis: RawGenesis; wasm: `0x${string}`; fromCache: boolean }> {
  const text = readFileSync(specPath);
  const spec = JSON.parse(text.toString('utf8')) as ChainSpecFile;
  const digest = createHash('sha256').update(text).update(String(GENESIS_TIME_MS)).digest('hex').slice(0, 16);
  const file = join(cacheDir(), `genesis-${digest}.json`);
  if (existsSync(file)) {
    try {
      return {
        genesis: JSON.parse(readFileSync(file, 'utf8')) as RawGenesis,
        wasm: spec.genesis.runtimeGenesis.code,
        fromCache: true,
      };
    } catch {
      // A damaged cache file is rebuilt below.
    }
  }
  const genesis = await buildRawGenesis(spec);
  mkdirSync(cacheDir(), { recursive: true });
  writeFileSync(file, JSON.stringify(genesis));
  return { genesis, wasm: spec.genesis.runtimeGenesis.code, fromCache: false };
}
