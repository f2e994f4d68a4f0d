// system_*, rpc_methods, payment_* methods.
import { nonceAt, runtimeCall } from './methods-state.ts';
import type { Handler, RpcEnv } from './context.ts';
import { blockOrThrow } from './context.ts';
import { accountParam, hexParam, optHashParam } from './params.ts';
import { decodeExtrinsic, BadFormat, feeFor } from '../runtime/executive.ts';
import { RpcError } from './errors.ts';

export function systemMethods(env: RpcEnv, listMethods: () => string[]): Record<string, Handler> {
  const { chain } = env;
  const ext = (p: unknown[]) => {
    try {
      return decodeExtrinsic(chain.meta, hexParam(p, 0, 'extrinsic'));
    } catch (e) {
      if (e instanceof BadFormat) throw new RpcError(-32602, `Invalid params: cannot decode extrinsic: ${e.message}`);
      throw e;
    }
  };
  return {
    rpc_methods: () => ({ version: 1, methods: listMethods() }),
    system_chain: () => 'Bittensor Devnet',
    system_name: () => env.name,
    system_version: () => env.version,
    system_chainType: () => 'Development',
    system_properties: () => ({ ss58Format: 42, tokenDecimals: 9, tokenSymbol: 'TAO' }),
    // The new JSON-RPC spec's chain-spec group (the rest of that spec is not offered: devnet/README.md).
    chainSpec_v1_chainName: () => 'Bittensor Devnet',
    chainSpec_v1_genesisHash: () => chain.genesisHash,
    chainSpec_v1_properties: () => ({ ss58Format: 42, tokenDecimals: 9, tokenSymbol: 'TAO' }),
    system_health: () => ({ peers: 0, isSyncing: false, shouldHavePeers: false }),
    system_localPeerId: () => '12D3KooWDevnetTaoVau1tLocalPeer000000000000000000000',
    system_peers: () => [],
    system_nodeRoles: () => ['Authority'],
    system_localListenAddresses: () => [],
    system_syncState: () => ({ startingBlock: 0, currentBlock: chain.head.number, highestBlock: chain.head.number }),
    system_accountNextIndex: (p) => {
      const who = accountParam(p, 0);
      return chain.pool.nextNonce(who, chain.ctx.accounts.get(who).nonce);
    },
    payment_queryInfo: (p) => {
      const b = blockOrThrow(env, optHashParam(p, 1));
      const fee = feeFor(chain.meta, ext(p));
      void b;
      return {
        weight: { ref_time: Number(fee.weight.refTime), proof_size: Number(fee.weight.proofSize) },
        class: fee.class.toLowerCase(),
        partialFee: fee.partialFee.toString(),
      };
    },
    payment_queryFeeDetails: (p) => {
      blockOrThrow(env, optHashParam(p, 1));
      const fee = feeFor(chain.meta, ext(p));
      const hex = (v: bigint): string => '0x' + v.toString(16);
      return {
        inclusionFee: fee.pays
          ? { baseFee: hex(fee.baseFee), lenFee: hex(fee.lenFee), adjustedWeightFee: hex(fee.adjustedWeightFee) }
          : null,
        tip: hex(fee.tip),
      };
    },
    // Not standard: nonce at a block (used by tests); the runtime API path is AccountNonceApi.
    dev_nonceAt: (p) => nonceAt(chain, accountParam(p, 0), blockOrThrow(env, optHashParam(p, 1)).number),
    dev_stateRoot: (p) => chain.store.stateRoot(blockOrThrow(env, optHashParam(p, 0)).number),
    dev_call: (p) => runtimeCall(env, String(p[0]), hexParam(p, 1, 'data'), blockOrThrow(env, optHashParam(p, 2))),
  };
}
