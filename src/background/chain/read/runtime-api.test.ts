import type { ApiPromise } from '@polkadot/api';
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../../protocol/errors.ts';
import { requireStakeApis } from './runtime-api.ts';

/** What requireStakeApis looks at of a session: its pallets, runtime APIs and metadata version. */
function session(opts: { subtensor: boolean; apis: Record<string, string[]>; version: number }): ApiPromise {
  const call = Object.fromEntries(
    Object.entries(opts.apis).map(([section, methods]) => [
      section,
      Object.fromEntries(methods.map((m) => [m, () => undefined])),
    ]),
  );
  return {
    query: opts.subtensor ? { subtensorModule: {}, system: {} } : { system: {} },
    call,
    runtimeMetadata: { version: opts.version },
  } as unknown as ApiPromise;
}

function refusal(api: ApiPromise): ProtocolError {
  try {
    requireStakeApis(api);
  } catch (e) {
    if (e instanceof ProtocolError) return e;
    throw e;
  }
  throw new Error('not refused');
}

const STAKE = { stakeInfoRuntimeApi: ['getStakeInfoForColdkeys'], subnetInfoRuntimeApi: ['getAllDynamicInfo'] };

describe('requireStakeApis: a session that cannot read stake says what is missing', () => {
  it('passes a Subtensor runtime with the stake and subnet APIs', () => {
    expect(() => requireStakeApis(session({ subtensor: true, apis: STAKE, version: 15 }))).not.toThrow();
  });
  it('an endpoint whose runtime has no SubtensorModule: not a Subtensor node', () => {
    const e = refusal(session({ subtensor: false, apis: STAKE, version: 15 }));
    expect(e.data).toEqual({ reason: 'not-subtensor' });
    expect(e.message).toContain('not a Subtensor (Bittensor) node');
  });
  it('a node that offers only V14 (no runtime APIs in its metadata): says V14 and what to use', () => {
    const e = refusal(session({ subtensor: true, apis: {}, version: 14 }));
    expect(e.data).toEqual({ reason: 'metadata-v14-only' });
    expect(e.message).toContain('Use a node that offers metadata V15 or newer.');
  });
  it('a newer metadata without the stake API: names the missing API', () => {
    const e = refusal(session({ subtensor: true, apis: { subnetInfoRuntimeApi: ['getAllDynamicInfo'] }, version: 15 }));
    expect(e.data).toEqual({ reason: 'no-stake-api', api: 'StakeInfoRuntimeApi.get_stake_info_for_coldkeys' });
  });
});
