// A runtime's `SubtensorModule.InitialMinStake` constant (opentensor/subtensor HEAD `macros/config.rs`,
// `#[pallet::constant] type InitialMinStake`; DefaultMinStake reads it; production 2,000,000 rao): written into a
// copy of a V16 metadata file with the value given, for a devnet whose scenario uses the same `params.minStake`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Metadata, TypeRegistry } from '@polkadot/types';

interface ConstantJson {
  name: string;
  type: number;
  value: string;
  docs: string[];
  deprecationInfo: unknown;
}
interface V16Shape {
  lookup: { types: Array<{ id: number; type: { def: unknown } }> };
  pallets: Array<{ name: string; constants: ConstantJson[] }>;
}

const le64 = (v: bigint): string =>
  `0x${Array.from({ length: 8 }, (_, i) => ((v >> BigInt(8 * i)) & 0xffn).toString(16).padStart(2, '0')).join('')}`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
function isV16(v: unknown): v is V16Shape {
  return isRecord(v) && isRecord(v['lookup']) && Array.isArray(v['lookup']['types']) && Array.isArray(v['pallets']);
}
function v16Of(json: unknown): V16Shape {
  const v = isRecord(json) && isRecord(json['metadata']) ? json['metadata']['v16'] : undefined;
  if (!isV16(v)) throw new Error('not V16 metadata JSON');
  return v;
}

/** Copies the V16 metadata `file` with SubtensorModule.InitialMinStake = `rao`, and returns the copy's path. */
export function withInitialMinStake(file: string, rao: bigint): string {
  const metadata = new Metadata(new TypeRegistry(), new Uint8Array(readFileSync(file)));
  if (metadata.version !== 16) throw new Error(`${file}: V16 metadata expected, got V${metadata.version}`);
  const json = metadata.toJSON();
  const v = v16Of(json);
  const sub = v.pallets.find((p) => p.name === 'SubtensorModule');
  const u64 = v.lookup.types.find((t) => JSON.stringify(t.type.def) === '{"primitive":"U64"}')?.id;
  if (!sub || u64 === undefined) throw new Error(`${file}: no SubtensorModule or u64 type`);
  sub.constants = sub.constants.filter((c) => c.name !== 'InitialMinStake');
  sub.constants.push({
    name: 'InitialMinStake',
    type: u64,
    value: le64(rao),
    docs: [' Initial minimum stake.'],
    deprecationInfo: { notDeprecated: null },
  });
  const out = join(mkdtempSync(join(tmpdir(), 'taovault-metadata-')), basename(file));
  writeFileSync(out, new Metadata(new TypeRegistry(), json).toU8a());
  return out;
}
