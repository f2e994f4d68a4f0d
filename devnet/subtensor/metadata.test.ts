/**
 * Checks the model against the real spec346 metadata: error names, call and arg names, event field
 * counts and types, storage item names and value/key shapes, runtime-API output shapes — everything
 * the chain half will encode with `@polkadot/types`.
 */
import { readFileSync } from 'node:fs';
import { Metadata, TypeRegistry } from '@polkadot/types';
import type { Codec } from '@polkadot/types/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { metadataCurrent } from '../chain/metadata-current.ts';
import { CALLS } from './calls.ts';
import { SUBTENSOR_ERRORS, SWAP_ERRORS } from './errors.ts';
import { labelKey } from './scenario.ts';
import { ALICE, BOB, harness, TAO } from './test-helpers.ts';
import type { ChainEvent } from './types.ts';

const FILE = '/work/shared/fixtures/metadata/subtensor-spec346-v16.scale';
/** Items we emit that spec346 does not have (HEAD names, or the current-runtime mode's); the chain half skips them. */
const NOT_IN_SPEC346 = new Set([
  'RootAlphaDividendsPerSubnet',
  'SubnetProtocolAlpha',
  'RootStakeUnlockInterval',
  'ColdkeySwapAnnouncements',
  'ColdkeySwapDisputes',
]);

const registry = new TypeRegistry();
let md: Metadata;
interface Variant {
  name: string;
  fields: { name: string; type: number }[];
}
const variants = (pallet: string, kind: 'calls' | 'events' | 'errors'): Variant[] => {
  const p = md.asLatest.pallets.find((x) => x.name.toString() === pallet)!;
  const opt = p[kind];
  if (opt.isNone) return [];
  return registry.lookup.getSiType(opt.unwrap().type).def.asVariant.variants.map((v) => ({
    name: v.name.toString(),
    fields: v.fields.map((f) => ({ name: f.name.toString(), type: f.type.toNumber() })),
  }));
};
const create = (typeId: number, value: unknown): Codec => registry.createTypeUnsafe(`Lookup${typeId}`, [value]);

beforeAll(() => {
  md = new Metadata(registry, readFileSync(FILE));
  registry.setMetadata(md);
});

describe('spec346 metadata agreement', () => {
  it('every error name exists in the right pallet', () => {
    const sub = variants('SubtensorModule', 'errors').map((v) => v.name);
    const swap = variants('Swap', 'errors').map((v) => v.name);
    for (const e of SUBTENSOR_ERRORS) expect(sub, e).toContain(e);
    for (const e of SWAP_ERRORS) expect(swap, e).toContain(e);
  });

  it('every call exists, and the handlers read only the metadata arg names', () => {
    const calls = new Map(variants('SubtensorModule', 'calls').map((v) => [v.name, v.fields.map((f) => f.name)]));
    // Calls of later runtimes, in the current-runtime metadata (chain/metadata-current.ts).
    const currentRegistry = new TypeRegistry();
    const current = new Metadata(currentRegistry, readFileSync(metadataCurrent()));
    currentRegistry.setMetadata(current);
    const sub = current.asLatest.pallets.find((x) => x.name.toString() === 'SubtensorModule')!;
    for (const v of current.registry.lookup.getSiType(sub.calls.unwrap().type).def.asVariant.variants)
      if (!calls.has(v.name.toString()))
        calls.set(
          v.name.toString(),
          v.fields.map((f) => f.name.toString()),
        );
    const sample: Record<string, unknown> = {
      hotkey: labelKey('validator/3'),
      origin_hotkey: labelKey('validator/3'),
      destination_hotkey: labelKey('validator/4'),
      netuid: 4,
      origin_netuid: 4,
      destination_netuid: 7,
      amount_staked: TAO,
      amount_unstaked: 1n,
      alpha_amount: 1n,
      limit_price: 0n,
      allow_partial: true,
      destination_coldkey: BOB,
      take: 0,
      subnets: [4],
      new_root_claim_type: 'Keep',
      new_coldkey_hash: `0x${'ab'.repeat(32)}`,
    };
    for (const name of Object.keys(CALLS)) {
      const argNames = calls.get(name);
      expect(argNames, name).toBeDefined();
      const args = Object.fromEntries(argNames!.map((n) => [n, sample[n]]));
      const h = harness();
      expect(() => h.sub.dispatch(ALICE, name, args), name).not.toThrow();
    }
  });

  it('events have the metadata field count and encode with its field types', () => {
    const h = harness();
    const events: ChainEvent[] = [];
    const V3 = labelKey('validator/3');
    const run = (m: string, a: Record<string, unknown>) => {
      const r = h.sub.dispatch(ALICE, m, a);
      expect(r.ok, m).toBe(true);
      if (r.ok) events.push(...r.events);
    };
    run('add_stake', { hotkey: V3, netuid: 4, amount_staked: 100n * TAO });
    run('swap_stake', { hotkey: V3, origin_netuid: 4, destination_netuid: 7, alpha_amount: 10n * TAO });
    run('move_stake', {
      origin_hotkey: V3,
      destination_hotkey: labelKey('validator/4'),
      origin_netuid: 4,
      destination_netuid: 4,
      alpha_amount: 10n * TAO,
    });
    run('transfer_stake', {
      destination_coldkey: BOB,
      hotkey: V3,
      origin_netuid: 4,
      destination_netuid: 4,
      alpha_amount: 10n * TAO,
    });
    run('remove_stake', { hotkey: V3, netuid: 4, amount_unstaked: 10n * TAO });
    run('decrease_take', { hotkey: labelKey('validator/1'), take: 0 });
    const meta = new Map(variants('SubtensorModule', 'events').map((v) => [v.name, v]));
    expect(new Set(events.map((e) => e.name))).toEqual(
      new Set(['StakeAdded', 'StakeRemoved', 'StakeSwapped', 'StakeMoved', 'StakeTransferred', 'TakeDecreased']),
    );
    for (const e of events) {
      const v = meta.get(e.name)!;
      expect(v, e.name).toBeDefined();
      expect(e.data.length, e.name).toBe(v.fields.length);
      e.data.forEach((d, i) => expect(create(v.fields[i]!.type, d).toU8a().length).toBeGreaterThan(0));
    }
  });

  it('storage entries name real items and encode with their key and value types', () => {
    const h = harness();
    for (let b = 1; b <= 11; b++) h.sub.onInitialize(b);
    h.sub.dispatch(ALICE, 'set_root_claim_type', { new_root_claim_type: 'Keep' });
    const items = new Map<string, { keys: number[]; value: number }>();
    for (const p of md.asLatest.pallets) {
      if (p.storage.isNone) continue;
      for (const s of p.storage.unwrap().items) {
        const t = s.type;
        const key = `${p.name.toString()}.${s.name.toString()}`;
        if (t.isPlain) items.set(key, { keys: [], value: t.asPlain.toNumber() });
        else {
          const m = t.asMap;
          const kt = registry.lookup.getSiType(m.key);
          const keys = m.hashers.length === 1 ? [m.key.toNumber()] : kt.def.asTuple.map((x) => x.toNumber());
          items.set(key, { keys, value: m.value.toNumber() });
        }
      }
    }
    const seen = new Set<string>();
    for (const e of h.sub.storageEntries()) {
      const meta = items.get(`${e.pallet}.${e.item}`);
      if (!meta) {
        expect(NOT_IN_SPEC346.has(e.item), `${e.pallet}.${e.item}`).toBe(true);
        continue;
      }
      seen.add(e.item);
      expect(e.keys.length, e.item).toBe(meta.keys.length);
      e.keys.forEach((k, i) => create(meta.keys[i]!, k));
      const v = create(meta.value, e.value);
      if (typeof e.value === 'bigint') expect(BigInt(v.toString()), e.item).toBe(e.value);
    }
    for (const want of [
      'TotalHotkeyAlpha',
      'TotalHotkeyShares',
      'Alpha',
      'StakingHotkeys',
      'OwnedHotkeys',
      'Owner',
      'Delegates',
      'SubnetTAO',
      'SubnetAlphaIn',
      'SubnetAlphaOut',
      'SubnetMechanism',
      'SubnetMovingPrice',
      'SubtokenEnabled',
      'TransferToggle',
      'NetworksAdded',
      'TokenSymbol',
      'SubnetIdentitiesV3',
      'IdentitiesV2',
      'Tempo',
      'SubnetOwner',
      'SubnetOwnerHotkey',
      'AlphaDividendsPerSubnet',
      'TotalHotkeyAlphaLastEpoch',
      'TotalIssuance',
      'TotalStake',
      'TaoWeight',
      'NominatorMinRequiredStake',
      'SubnetOwnerCut',
      'MaxDelegateTake',
      'MinDelegateTake',
      'FeeRate',
      'LastMechansimStepBlock',
      'RootClaimable',
      'RootClaimType',
      'AlphaSqrtPrice',
      'Uids',
      'Keys',
      'IsNetworkMember',
    ]) {
      expect(seen.has(want), want).toBe(true);
    }
  });

  it('runtime-API outputs encode with the metadata output types', () => {
    const h = harness();
    for (let b = 1; b <= 11; b++) h.sub.onInitialize(b);
    const V3 = labelKey('validator/3');
    const calls: [string, string, unknown[]][] = [
      ['StakeInfoRuntimeApi', 'get_stake_info_for_coldkey', [BOB]],
      ['StakeInfoRuntimeApi', 'get_stake_info_for_coldkeys', [[BOB, ALICE]]],
      ['StakeInfoRuntimeApi', 'get_stake_info_for_hotkey_coldkey_netuid', [V3, BOB, 4]],
      ['StakeInfoRuntimeApi', 'get_stake_fee', [[V3, 4], BOB, [V3, 7], BOB, TAO]],
      ['DelegateInfoRuntimeApi', 'get_delegates', []],
      ['DelegateInfoRuntimeApi', 'get_delegate', [V3]],
      ['DelegateInfoRuntimeApi', 'get_delegated', [BOB]],
      ['SubnetInfoRuntimeApi', 'get_dynamic_info', [4]],
      ['SubnetInfoRuntimeApi', 'get_all_dynamic_info', []],
      ['SubnetInfoRuntimeApi', 'get_subnet_info', [4]],
      ['SwapRuntimeApi', 'current_alpha_price', [4]],
      ['SwapRuntimeApi', 'sim_swap_tao_for_alpha', [4, TAO]],
      ['SwapRuntimeApi', 'sim_swap_alpha_for_tao', [4, TAO]],
    ];
    const apis = md.asLatest.apis;
    for (const [api, method, args] of calls) {
      const m = apis.find((a) => a.name.toString() === api)!.methods.find((x) => x.name.toString() === method)!;
      expect(m, `${api}_${method}`).toBeDefined();
      const value = h.sub.runtimeApi(api, method, args);
      const codec = create(m.output.toNumber(), value);
      expect(codec.toU8a().length, `${api}_${method}`).toBeGreaterThan(0);
    }
    const stakeInfo = create(
      apis
        .find((a) => a.name.toString() === 'StakeInfoRuntimeApi')!
        .methods.find((x) => x.name.toString() === 'get_stake_info_for_hotkey_coldkey_netuid')!
        .output.toNumber(),
      h.sub.runtimeApi('StakeInfoRuntimeApi', 'get_stake_info_for_hotkey_coldkey_netuid', [V3, BOB, 4]),
    ).toJSON() as Record<string, unknown>;
    expect(BigInt(String(stakeInfo.stake))).toBe(h.sub.stake(V3, BOB, 4));
    expect(stakeInfo.stake).not.toBe(0);
    expect(stakeInfo.isRegistered).toBe(true);
    const dyn = create(
      apis
        .find((a) => a.name.toString() === 'SubnetInfoRuntimeApi')!
        .methods.find((x) => x.name.toString() === 'get_dynamic_info')!
        .output.toNumber(),
      h.sub.runtimeApi('SubnetInfoRuntimeApi', 'get_dynamic_info', [4]),
    ).toJSON() as Record<string, unknown>;
    const s4 = h.sub.view.subnets.get(4)!;
    expect(BigInt(String(dyn.alphaIn))).toBe(s4.alphaIn);
    expect(BigInt(String(dyn.taoIn))).toBe(s4.taoIn);
    // Netuid 4, tempo 10: its epoch ran in block 5 ((5 + 4 + 1) mod 11 = 10), the last of blocks 1–11 that did.
    expect(BigInt(String(dyn.lastStep))).toBe(5n);
    expect(BigInt(String((dyn.movingPrice as { bits: unknown }).bits))).toBe(s4.movingPrice);
    expect(Buffer.from(dyn.tokenSymbol as number[]).toString('utf8')).toBe('δ');
    expect((dyn.subnetIdentity as Record<string, string>).subnetName).toBe('0x' + Buffer.from('dojo').toString('hex'));
    expect(() => h.sub.runtimeApi('StakeInfoRuntimeApi', 'nope', [])).toThrow(/not implemented/);
  });
});
