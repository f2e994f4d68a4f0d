// One transaction as a client sees it on a chain: what the pool said (a refusal, normalised: Chopsticks words it as
// JSON, a node and the devnet as "Invalid Transaction" + a sentence), payment_queryInfo beforehand, and once
// included, the extrinsic's events (section.method and data as JSON) and its dispatch error.
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { Side } from './pair.ts';
import type { RpcAnswer } from './rpc.ts';

export interface Refusal {
  /** The JSON-RPC error code (1010 invalid, 1011 unknown). */
  code: number;
  /** The InvalidTransaction variant, camelCase as SCALE JSON names it: custom, stale, future, badProof, payment, … */
  kind: string;
  custom?: number;
}

export interface Outcome {
  refused: Refusal | null;
  info: { weight: { refTime: string; proofSize: string }; class: string; partialFee: string };
  events: Array<{ name: string; data: unknown }>;
  /** `section.name` of a module error, or the DispatchError as JSON. */
  dispatchError: string | null;
  blockHash: string | null;
}

const SENTENCES: Record<string, string> = {
  'Transaction is outdated': 'stale',
  'Transaction will be valid in the future': 'future',
  'Transaction has a bad signature': 'badProof',
  'Inability to pay some fees (e.g. account balance too low)': 'payment',
  'Transaction call is not expected': 'call',
  'Transaction has an ancient birth block': 'ancientBirthBlock',
};

/** A pool refusal as either side words it, or null if the answer is not one. */
export function refusalOf(error: RpcAnswer['error']): Refusal | null {
  if (!error || (error.code !== 1010 && error.code !== 1011)) return null;
  try {
    // Chopsticks: the TransactionValidityError as JSON, e.g. {"invalid":{"custom":14}}.
    const parsed = JSON.parse(error.message) as Record<string, Record<string, number | null>>;
    const inner = parsed['invalid'] ?? parsed['unknown'] ?? {};
    const [kind = '?', value] = Object.entries(inner)[0] ?? [];
    return value === null || value === undefined
      ? { code: error.code, kind }
      : { code: error.code, kind, custom: value };
  } catch {
    // A node (and the devnet): "Invalid Transaction" with the reason as data.
    const data = String(error.data ?? '');
    const custom = /^Custom error: (\d+)$/.exec(data);
    if (custom) return { code: error.code, kind: 'custom', custom: Number(custom[1]) };
    return { code: error.code, kind: SENTENCES[data] ?? data };
  }
}

const isFinal = (x: unknown): boolean => typeof x === 'object' && x !== null && ('finalized' in x || 'inBlock' in x);

/** Signs with the side's own api (its nonce), submits raw with submitAndWatch, waits for the block, reads events. */
export async function submit(
  side: Side,
  make: (api: ApiPromise) => SubmittableExtrinsic<'promise'>,
  signer: KeyringPair,
): Promise<Outcome> {
  const { api } = side;
  const tx = make(api);
  const info = (await tx.paymentInfo(signer)).toJSON() as unknown as Outcome['info'];
  const signed = await tx.signAsync(signer, { nonce: -1 });
  const watch = await side.rpc.subscribe(
    'author_submitAndWatchExtrinsic',
    [signed.toHex()],
    (items) => items.some(isFinal) || items.some((x) => x === 'invalid' || x === 'dropped'),
    30_000,
  );
  const norm = {
    ...info,
    weight: { refTime: String(info.weight.refTime), proofSize: String(info.weight.proofSize) },
    partialFee: String(info.partialFee),
  };
  if (watch.id.error)
    return { refused: refusalOf(watch.id.error), info: norm, events: [], dispatchError: null, blockHash: null };
  const included = watch.items.find(isFinal) as { inBlock?: string; finalized?: string } | undefined;
  const blockHash = included?.inBlock ?? included?.finalized ?? null;
  if (!blockHash) throw new Error(`${side.name}: the transaction was not included (${JSON.stringify(watch.items)})`);
  const at = await api.at(blockHash);
  const block = await api.rpc.chain.getBlock(blockHash);
  const index = block.block.extrinsics.findIndex((x) => x.hash.toHex() === signed.hash.toHex());
  const records = (await at.query.system.events()).filter(
    (r) => r.phase.isApplyExtrinsic && r.phase.asApplyExtrinsic.toNumber() === index,
  );
  let dispatchError: string | null = null;
  const events = records.map(({ event }) => {
    if (event.section === 'system' && event.method === 'ExtrinsicFailed') {
      const err = event.data[0] as unknown as {
        isModule: boolean;
        asModule: Parameters<typeof api.registry.findMetaError>[0];
        toJSON(): unknown;
      };
      dispatchError = err.isModule
        ? (({ section, name }) => `${section}.${name}`)(api.registry.findMetaError(err.asModule))
        : JSON.stringify(err.toJSON());
    }
    return { name: `${event.section}.${event.method}`, data: event.data.toJSON() };
  });
  return { refused: null, info: norm, events, dispatchError, blockHash };
}

/**
 * The JSON shape of a value: keys and value kinds without the values. Integers are 'int' whether @polkadot/types
 * wrote them as numbers or as short hex (it does for values past 2^53); 32-byte hex is 'hash', SS58 'address'.
 */
export function shapeOf(v: unknown): unknown {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.map(shapeOf);
  if (typeof v === 'object')
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, shapeOf(x)]));
  if (typeof v === 'number' || typeof v === 'bigint') return 'int';
  if (typeof v === 'string' && /^0x[0-9a-f]{0,32}$/i.test(v)) return 'int';
  if (typeof v === 'string' && /^0x[0-9a-f]{64}$/i.test(v)) return 'hash';
  if (typeof v === 'string' && /^0x[0-9a-f]*$/i.test(v)) return 'bytes';
  if (typeof v === 'string' && /^[1-9A-HJ-NP-Za-km-z]{47,48}$/.test(v)) return 'address';
  return typeof v;
}
