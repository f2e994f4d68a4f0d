import type { ApiPromise } from '@polkadot/api';
import type { SubnetLabel } from '../../../core/calls/types.ts';
import { allDynamicInfo } from './decoders.ts';
import { runtimeCall } from './runtime-api.ts';

/** Subnet names and token symbols (get_all_dynamic_info); root is "root" / τ. */
export async function subnetLabels(api: ApiPromise): Promise<Map<number, SubnetLabel>> {
  const out = new Map<number, SubnetLabel>([[0, { name: 'root', symbol: 'τ' }]]);
  const call = runtimeCall(api, 'subnetInfoRuntimeApi', 'getAllDynamicInfo');
  if (!call) return out;
  for (const d of allDynamicInfo.parse((await call()).toJSON())) {
    if (!d || d.netuid === 0) continue;
    out.set(d.netuid, {
      name: d.subnetIdentity?.subnetName || d.subnetName || `subnet ${d.netuid}`,
      symbol: d.tokenSymbol || 'α',
    });
  }
  return out;
}
