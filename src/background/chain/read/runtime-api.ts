import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { ProtocolError } from '../../../protocol/errors.ts';

/** A runtime API method from the metadata (api.call.<api>.<method>), or null when the runtime has none. */
export function runtimeCall(
  api: ApiPromise,
  section: string,
  method: string,
): ((...args: unknown[]) => Promise<Codec>) | null {
  const fn = api.call[section]?.[method];
  return fn ? (...args: unknown[]) => fn(...args) : null;
}

/** A runtime API method the caller cannot do without: refused with its name where the runtime has none. */
export function requiredCall(
  api: ApiPromise,
  section: string,
  method: string,
  what: string,
): (...args: unknown[]) => Promise<Codec> {
  const fn = runtimeCall(api, section, method);
  if (!fn)
    throw new ProtocolError('unavailable', `This network's runtime has no ${what}.`, {
      reason: 'runtime-api-missing',
      api: what,
    });
  return fn;
}

/**
 * Refuses, with the sentence that says what is missing, a session that cannot read stake: an endpoint whose runtime
 * is not Subtensor; a node that offers only metadata V14 (which lists no runtime APIs); a runtime without the stake
 * and subnet APIs.
 */
export function requireStakeApis(api: ApiPromise): void {
  if (!api.query['subtensorModule']) {
    throw new ProtocolError(
      'unavailable',
      'This endpoint is not a Subtensor (Bittensor) node: its runtime has no SubtensorModule.',
      { reason: 'not-subtensor' },
    );
  }
  const stake = runtimeCall(api, 'stakeInfoRuntimeApi', 'getStakeInfoForColdkeys');
  const subnets = runtimeCall(api, 'subnetInfoRuntimeApi', 'getAllDynamicInfo');
  if (stake && subnets) return;
  if (api.runtimeMetadata.version < 15) {
    throw new ProtocolError(
      'unavailable',
      'This node offers only metadata V14, which lists no runtime APIs, so stake, subnets and prices cannot be read. Use a node that offers metadata V15 or newer.',
      { reason: 'metadata-v14-only' },
    );
  }
  const missing = [
    stake ? null : 'StakeInfoRuntimeApi.get_stake_info_for_coldkeys',
    subnets ? null : 'SubnetInfoRuntimeApi.get_all_dynamic_info',
  ]
    .filter(Boolean)
    .join(', ');
  throw new ProtocolError('unavailable', `This runtime has no ${missing}, so stake cannot be read.`, {
    reason: 'no-stake-api',
    api: missing,
  });
}

/** A storage item's .multi from the metadata, or null when the runtime has none. */
export function storageMulti(
  api: ApiPromise,
  section: string,
  item: string,
): ((keys: unknown[]) => Promise<Codec[]>) | null {
  const entry = api.query[section]?.[item];
  return entry ? (keys: unknown[]) => entry.multi(keys) : null;
}
