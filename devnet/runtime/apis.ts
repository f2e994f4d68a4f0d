// Runtime APIs for state_call, encoded with the metadata's `apis` section: Core, Metadata,
// AccountNonceApi, TransactionPaymentApi, TaggedTransactionQueue here; every other API (Subtensor's)
// is delegated to the economics half as of the requested block.
import type { Codec } from '@polkadot/types/types';
import { compactAddLength, hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import type { Extrinsic } from '@polkadot/types/interfaces';
import type { ChainMeta } from '../chain/metadata.ts';
import { toPlain } from './codec.ts';
import type { Economics } from './economics.ts';
import { feeFor, type Validity } from './executive.ts';
import { TxInvalid } from './validity.ts';

export interface ApiEnv {
  meta: ChainMeta;
  econ: Economics;
  nonceOf(accountHex: string): number;
  /** Checks a transaction for the block after the one asked at; throws TxInvalid. */
  validate(hex: string): Validity;
}

export class RuntimeApiError extends Error {}

interface ApiMethod {
  api: string;
  method: string;
  inputs: Array<{ name: string; type: number }>;
  output: number;
}

function findMethod(meta: ChainMeta, name: string): ApiMethod | null {
  for (const api of meta.metadata.asLatest.apis) {
    const apiName = api.name.toString();
    if (!name.startsWith(apiName + '_')) continue;
    const m = api.methods.find((x) => x.name.toString() === name.slice(apiName.length + 1));
    if (m)
      return {
        api: apiName,
        method: m.name.toString(),
        inputs: m.inputs.map((i) => ({ name: i.name.toString(), type: i.type.toNumber() })),
        output: m.output.toNumber(),
      };
  }
  return null;
}

function isExtrinsicType(meta: ChainMeta, id: number): boolean {
  const path = meta.registry.lookup.getSiType(id).path.map((p) => p.toString());
  return path[path.length - 1] === 'UncheckedExtrinsic';
}

function decodeInputs(meta: ChainMeta, m: ApiMethod, data: Uint8Array): Codec[] {
  const out: Codec[] = [];
  let offset = 0;
  for (const input of m.inputs) {
    const type = isExtrinsicType(meta, input.type) ? 'Extrinsic' : meta.registry.createLookupType(input.type);
    const value = meta.registry.createType(type, data.subarray(offset));
    offset += value.encodedLength;
    out.push(value);
  }
  if (offset !== data.length) throw new RuntimeApiError(`Could not decode input of ${m.api}_${m.method}`);
  return out;
}

export function callRuntimeApi(env: ApiEnv, name: string, dataHex: string): string {
  const { meta } = env;
  const m = findMethod(meta, name);
  if (!m) throw new RuntimeApiError(`Exported method ${name} is not found`);
  let inputs: Codec[];
  try {
    inputs = decodeInputs(meta, m, hexToU8a(dataHex));
  } catch (e) {
    throw new RuntimeApiError(e instanceof RuntimeApiError ? e.message : `Could not decode input of ${name}`);
  }
  const out = (value: unknown): string =>
    u8aToHex(meta.registry.createType(meta.registry.createLookupType(m.output), value).toU8a());
  switch (name) {
    case 'Core_version':
      return meta.runtimeVersion.toHex();
    case 'Metadata_metadata':
      return u8aToHex(compactAddLength(meta.answers().v14));
    case 'Metadata_metadata_at_version': {
      // Option<OpaqueMetadata>: None for a version the runtime does not offer.
      const bytes = meta.answers().atVersion.get(Number(inputs[0]?.toString()));
      return bytes ? u8aToHex(u8aConcat([1], compactAddLength(bytes))) : '0x00';
    }
    case 'Metadata_metadata_versions':
      return out(meta.answers().versions);
    case 'AccountNonceApi_account_nonce':
      return out(env.nonceOf((inputs[0] as Codec).toHex()));
    case 'TransactionPaymentApi_query_info':
    case 'TransactionPaymentApi_query_fee_details': {
      const fee = feeFor(meta, inputs[0] as Extrinsic);
      if (name.endsWith('query_info')) {
        return out({
          weight: { ref_time: fee.weight.refTime, proof_size: fee.weight.proofSize },
          class: fee.class,
          partial_fee: fee.partialFee,
        });
      }
      return out({
        inclusion_fee: fee.pays
          ? { base_fee: fee.baseFee, len_fee: fee.lenFee, adjusted_weight_fee: fee.adjustedWeightFee }
          : null,
        tip: fee.tip,
      });
    }
    case 'TaggedTransactionQueue_validate_transaction': {
      const tx = inputs[1] as Extrinsic;
      try {
        return out({ Ok: env.validate(tx.toHex()) });
      } catch (e) {
        if (e instanceof TxInvalid) return out({ Err: e.asValidityError() });
        return out({ Err: { Invalid: 'Call' } });
      }
    }
    default: {
      const args = inputs.map(toPlain);
      let result: unknown;
      try {
        result = env.econ.runtimeApi(m.api, m.method, args);
      } catch (e) {
        throw new RuntimeApiError(`${name}: ${(e as Error).message}`);
      }
      return out(result);
    }
  }
}
