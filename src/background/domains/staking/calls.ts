import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { stringCamelCase } from '@polkadot/util';
import type { DecodedCall } from '../../../core/calls/types.ts';
import { sortedNetuids } from '../../../core/staking/netuid-list.ts';
import { ProtocolError } from '../../../protocol/errors.ts';

/** A call as sent, and the same call as plain values for the review summary (core/calls). */
export interface Built {
  tx: SubmittableExtrinsic<'promise'>;
  decoded: DecodedCall;
}

const SECTION: Record<string, string> = { subtensorModule: 'SubtensorModule', utility: 'Utility', proxy: 'Proxy' };

/** Whether this runtime's metadata has the call (camelCase method name). */
export function hasCall(api: ApiPromise, section: string, method: string): boolean {
  return Boolean(api.tx[section]?.[method]);
}

/**
 * Builds `section.method(args)` from the runtime's metadata: each argument by the metadata's field name, in the
 * metadata's order. When the runtime has no such call, or its fields are not the ones named here, the flow says so
 * (reason 'staking-call-missing' / 'staking-call-changed') rather than sending something else.
 */
export function build(api: ApiPromise, section: string, method: string, args: Record<string, unknown>): Built {
  const make = api.tx[section]?.[method];
  const call = `${section}.${method}`;
  const label = `${SECTION[section] ?? section}.${method}`;
  if (!make)
    throw new ProtocolError('unavailable', `This network's runtime has no ${label} call.`, {
      reason: 'staking-call-missing',
      call,
    });
  // The metadata's names are snake_case; @polkadot/api's decorated calls give them camelCase.
  const fields = make.meta.args.map((a) => stringCamelCase(a.name.toString()));
  const given = new Map(Object.entries(args).map(([name, value]) => [stringCamelCase(name), value]));
  if (fields.length !== given.size || fields.some((f) => !given.has(f)))
    throw new ProtocolError(
      'unavailable',
      `This network's ${label} call takes (${fields.join(', ')}), not the (${[...given.keys()].join(', ')}) TaoVault knows.`,
      { reason: 'staking-call-changed', call },
    );
  return { tx: make(...fields.map((f) => given.get(f))), decoded: { section, method, args } };
}

export const calls = {
  addStakeLimit: (
    api: ApiPromise,
    hotkey: string,
    netuid: number,
    amount: bigint,
    limitPrice: bigint,
    allowPartial: boolean,
  ) =>
    build(api, 'subtensorModule', 'addStakeLimit', {
      hotkey,
      netuid,
      amount_staked: amount,
      limit_price: limitPrice,
      allow_partial: allowPartial,
    }),
  removeStakeLimit: (
    api: ApiPromise,
    hotkey: string,
    netuid: number,
    amount: bigint,
    limitPrice: bigint,
    allowPartial: boolean,
  ) =>
    build(api, 'subtensorModule', 'removeStakeLimit', {
      hotkey,
      netuid,
      amount_unstaked: amount,
      limit_price: limitPrice,
      allow_partial: allowPartial,
    }),
  removeStakeFullLimit: (api: ApiPromise, hotkey: string, netuid: number, limitPrice: bigint) =>
    build(api, 'subtensorModule', 'removeStakeFullLimit', { hotkey, netuid, limit_price: limitPrice }),
  moveStake: (api: ApiPromise, from: string, to: string, o: number, d: number, alpha: bigint) =>
    build(api, 'subtensorModule', 'moveStake', {
      origin_hotkey: from,
      destination_hotkey: to,
      origin_netuid: o,
      destination_netuid: d,
      alpha_amount: alpha,
    }),
  swapStakeLimit: (
    api: ApiPromise,
    hotkey: string,
    o: number,
    d: number,
    alpha: bigint,
    limitRatio: bigint,
    allowPartial: boolean,
  ) =>
    build(api, 'subtensorModule', 'swapStakeLimit', {
      hotkey,
      origin_netuid: o,
      destination_netuid: d,
      alpha_amount: alpha,
      limit_price: limitRatio,
      allow_partial: allowPartial,
    }),
  /** move_stake_limit (spec 448+): `limitRatio` is destination alpha per origin alpha × 10^9, as swap_stake_limit's. */
  moveStakeLimit: (
    api: ApiPromise,
    m: { from: string; to: string; o: number; d: number; alpha: bigint; limitRatio: bigint; allowPartial: boolean },
  ) =>
    build(api, 'subtensorModule', 'moveStakeLimit', {
      origin_hotkey: m.from,
      destination_hotkey: m.to,
      origin_netuid: m.o,
      destination_netuid: m.d,
      alpha_amount: m.alpha,
      limit_price: m.limitRatio,
      allow_partial: m.allowPartial,
    }),
  transferStake: (api: ApiPromise, toColdkey: string, hotkey: string, o: number, d: number, alpha: bigint) =>
    build(api, 'subtensorModule', 'transferStake', {
      destination_coldkey: toColdkey,
      hotkey,
      origin_netuid: o,
      destination_netuid: d,
      alpha_amount: alpha,
    }),
  unstakeAll: (api: ApiPromise, hotkey: string) => build(api, 'subtensorModule', 'unstakeAll', { hotkey }),
  /** The subnets as the chain's BTreeSet wants them: sorted, no duplicates. */
  claimRoot: (api: ApiPromise, subnets: number[]) =>
    build(api, 'subtensorModule', 'claimRoot', { subnets: sortedNetuids(subnets) }),
  /**
   * A variant of the runtime's root claim type enum, by name (checked by the caller against metadata): without
   * fields, or with its one subnet-list field (KeepSubnets { subnets }), the subnets sorted without duplicates.
   */
  setRootClaimType: (api: ApiPromise, variant: string, subnets?: { field: string; netuids: number[] }) =>
    build(api, 'subtensorModule', 'setRootClaimType', {
      new_root_claim_type: subnets ? { [variant]: { [subnets.field]: sortedNetuids(subnets.netuids) } } : variant,
    }),
  disputeColdkeySwap: (api: ApiPromise) => build(api, 'subtensorModule', 'disputeColdkeySwap', {}),
  batchAll: (api: ApiPromise, inner: Built[]) => {
    const make = api.tx['utility']?.['batchAll'];
    if (!make)
      throw new ProtocolError('unavailable', "This network's runtime has no Utility.batchAll call.", {
        reason: 'staking-call-missing',
        call: 'utility.batchAll',
      });
    return {
      tx: make(inner.map((b) => b.tx)),
      decoded: { section: 'utility', method: 'batchAll', args: { calls: inner.map((b) => b.decoded) } },
    };
  },
  addProxy: (api: ApiPromise, delegate: string) =>
    build(api, 'proxy', 'addProxy', { delegate, proxy_type: 'Staking', delay: 0 }),
  removeProxy: (api: ApiPromise, delegate: string) =>
    build(api, 'proxy', 'removeProxy', { delegate, proxy_type: 'Staking', delay: 0 }),
  /** proxy.proxy(real, Some(type), call): the signer acts for `real` within the proxy type it was given. */
  proxy: (api: ApiPromise, real: string, proxyType: string, inner: Built): Built => {
    const { tx } = build(api, 'proxy', 'proxy', { real, force_proxy_type: proxyType, call: inner.tx });
    return {
      tx,
      decoded: { section: 'proxy', method: 'proxy', args: { real, force_proxy_type: proxyType, call: inner.decoded } },
    };
  },
} satisfies Record<string, (...args: never[]) => Built>;
