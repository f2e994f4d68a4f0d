/** DynamicInfo and SubnetInfo (facts §3.3) built from the model's subnet state. */
import type { State, SubnetState } from './state.ts';

const enc = new TextEncoder();
/** Vec<Compact<u8>> fields take the UTF-8 bytes as numbers. */
export const bytesOf = (s: string): number[] => [...enc.encode(s)];

export function dynamicInfo(st: State, s: SubnetState) {
  const id = s.identity;
  return {
    netuid: s.netuid,
    owner_hotkey: s.ownerHotkey,
    owner_coldkey: s.owner,
    subnet_name: bytesOf(id?.subnet_name || s.name),
    token_symbol: bytesOf(s.symbol),
    tempo: s.tempo,
    last_step: s.lastStep,
    blocks_since_last_step: BigInt(st.block) - s.lastStep,
    emission: 0n,
    alpha_in: s.alphaIn,
    alpha_out: s.alphaOut,
    tao_in: s.taoIn,
    alpha_out_emission: s.alphaOutEmission,
    alpha_in_emission: s.alphaInEmission,
    tao_in_emission: s.taoInEmission,
    pending_alpha_emission: s.pendingServer + s.pendingValidator,
    pending_root_emission: 0n,
    subnet_volume: s.volume,
    network_registered_at: s.registeredAt,
    subnet_identity: id ? Object.fromEntries(Object.entries(id).map(([k, v]) => [k, bytesOf(v)])) : null,
    moving_price: { bits: s.movingPrice },
  };
}

export function subnetInfo(_st: State, s: SubnetState) {
  return {
    netuid: s.netuid,
    rho: 10,
    kappa: 32767,
    difficulty: 10_000_000n,
    immunity_period: 4096,
    max_allowed_validators: 64,
    min_allowed_weights: 1,
    max_weights_limit: 65535,
    scaling_law_power: 50,
    subnetwork_n: s.uids.length,
    max_allowed_uids: 256,
    blocks_since_last_step: BigInt(_st.block) - s.lastStep,
    tempo: s.tempo,
    network_modality: 0,
    network_connect: [],
    emission_values: 0n,
    burn: 1_000_000_000n,
    owner: s.owner,
  };
}
