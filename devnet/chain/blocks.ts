// Block records and header construction (Aura pre-runtime digest with the slot number).
import type { Header } from '@polkadot/types/interfaces';
import { bnToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import type { ChainMeta } from './metadata.ts';

export interface BlockRecord {
  number: number;
  hash: string;
  header: Header;
  /** Hex of each extrinsic, in block order. */
  extrinsics: string[];
  timestamp: bigint;
}

export function buildHeader(
  meta: ChainMeta,
  p: { parentHash: string; number: number; stateRoot: string; extrinsics: string[]; slot: bigint },
): Header {
  // extrinsicsRoot: blake2_256 of the concatenated extrinsics (the devnet keeps no trie; documented).
  const extrinsicsRoot = blake2AsHex(u8aConcat(...p.extrinsics.map((x) => Buffer.from(x.slice(2), 'hex'))), 256);
  const aura = u8aToHex(bnToU8a(p.slot, { bitLength: 64, isLe: true }));
  return meta.registry.createType('Header', {
    parentHash: p.parentHash,
    number: p.number,
    stateRoot: p.stateRoot,
    extrinsicsRoot,
    digest: { logs: [{ PreRuntime: ['0x61757261', aura] }] },
  }) as Header;
}
