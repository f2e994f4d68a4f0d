// A devnet scenario that starts where a real chain is: its accounts and balances, subnets (reserves, tempo, owner,
// fee rate, subtoken flag, emission start), registered hotkeys with their takes, and every stake, read from the real
// chain's storage and runtime APIs. Both chains then run the same scenario from (as far as the devnet models it) the
// same state, with the same accounts, hotkeys and netuids.
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { u8aToHex } from '@polkadot/util';
import type { Scenario } from '../../../devnet/index.ts';
import type { ScenarioNomination, ScenarioSubnet, ScenarioValidator } from '../../../devnet/subtensor/index.ts';

type Hex = `0x${string}`;

const big = (c: Codec): bigint => BigInt(c.toString());
const num = (c: Codec): number => Number(c.toString());
/** Pallet accounts ("modl" ‖ …): the devnet makes its own subnet accounts from SubnetTAO. */
const isPalletAccount = (hex: string): boolean => hex.startsWith('0x6d6f646c');

export async function scenarioFromChain(api: ApiPromise): Promise<Scenario> {
  const q = api.query['subtensorModule']!;
  const accounts = (await api.query.system.account.entries())
    .map(([key, info]) => ({ address: u8aToHex(key.args[0]!.toU8a()) as Hex, free: info.data.free.toBigInt() }))
    .filter((a) => a.free > 0n && !isPalletAccount(a.address))
    .map((a) => ({ address: a.address, free: a.free.toString() }));

  const netuids = (await q['networksAdded']!.entries())
    .filter(([, added]) => added.toString() === 'true')
    .map(([key]) => num(key.args[0]!))
    .sort((a, b) => a - b);

  const owners = new Map<string, Hex>(
    (await q['owner']!.entries()).map(([key, cold]) => [u8aToHex(key.args[0]!.toU8a()), u8aToHex(cold.toU8a()) as Hex]),
  );
  // Delegates is a ValueQuery: only hotkeys with an entry are delegates (get_delegates lists those).
  const delegates = new Map<string, number>(
    (await q['delegates']!.entries()).map(([key, take]) => [u8aToHex(key.args[0]!.toU8a()), num(take)]),
  );
  const takeOf = (hot: string): number | null => delegates.get(hot) ?? null;
  // The devnet starts at block 0 where the real chain is now: blocks recorded here are shifted by its head.
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const lastTakeChange = async (hot: string): Promise<number | undefined> => {
    const last = num(await q['lastTxBlockDelegateTake']!(hot));
    return last === 0 ? undefined : last - head;
  };

  const subnets: ScenarioSubnet[] = [];
  const registrations = new Map<string, number[]>();
  for (const netuid of netuids.filter((n) => n !== 0)) {
    const first = (await q['firstEmissionBlockNumber']!(netuid)) as unknown as { isSome: boolean; unwrap(): Codec };
    const symbol = new TextDecoder().decode((await q['tokenSymbol']!(netuid)).toU8a(true));
    const info = (await api.call['subnetInfoRuntimeApi']!['getDynamicInfo']!(netuid)).toJSON() as {
      subnetName?: number[];
    } | null;
    subnets.push({
      netuid,
      name: new TextDecoder().decode(new Uint8Array(info?.subnetName ?? [])),
      symbol,
      tempo: num(await q['tempo']!(netuid)),
      taoReserve: big(await q['subnetTAO']!(netuid)).toString(),
      alphaReserve: big(await q['subnetAlphaIn']!(netuid)).toString(),
      feeRate: num(await api.query['swap']!['feeRate']!(netuid)),
      mechanism: num(await q['subnetMechanism']!(netuid)),
      owner: u8aToHex((await q['subnetOwner']!(netuid)).toU8a()) as Hex,
      ownerHotkey: u8aToHex((await q['subnetOwnerHotkey']!(netuid)).toU8a()) as Hex,
      subtokenEnabled: (await q['subtokenEnabled']!(netuid)).toString() === 'true',
      transferToggle: (await q['transferToggle']!(netuid)).toString() === 'true',
      // Block numbers that drive behaviour are shifted to the devnet's numbering (it starts at 0 where this chain is).
      firstEmissionBlock: first.isSome ? String(Math.max(0, Number(first.unwrap().toString()) - head)) : null,
      registeredAt: big(await q['networkRegisteredAt']!(netuid)).toString(),
      miner: null,
    });
    for (const [key, hot] of await q['keys']!.entries(netuid)) {
      void key;
      const h = u8aToHex(hot.toU8a());
      registrations.set(h, [...(registrations.get(h) ?? []), netuid]);
    }
  }

  // Every stake, as the chain's own StakeInfoRuntimeApi reports it.
  const stakes: Array<{ hot: Hex; cold: Hex; netuid: number; alpha: bigint }> = [];
  for (const [key] of await q['stakingHotkeys']!.entries()) {
    const cold = u8aToHex(key.args[0]!.toU8a()) as Hex;
    const infos = (await api.call['stakeInfoRuntimeApi']!['getStakeInfoForColdkey']!(cold)) as unknown as Array<{
      hotkey: Codec;
      netuid: Codec;
      stake: Codec;
    }>;
    for (const i of infos)
      stakes.push({ hot: u8aToHex(i.hotkey.toU8a()) as Hex, cold, netuid: num(i.netuid), alpha: big(i.stake) });
  }

  const validators: ScenarioValidator[] = [];
  const nominations: ScenarioNomination[] = [];
  const hotkeys = new Set<string>([...registrations.keys(), ...stakes.map((s) => s.hot)]);
  for (const hot of [...hotkeys].sort()) {
    const cold = owners.get(hot);
    if (!cold) continue;
    const own = stakes.filter((s) => s.hot === hot && s.cold === cold && s.alpha > 0n);
    validators.push({
      hotkey: hot as Hex,
      coldkey: cold,
      take: takeOf(hot),
      lastTakeChange: await lastTakeChange(hot),
      registrations: (registrations.get(hot) ?? []).filter((n) => n !== 0),
      stakes: own.map((s) => ({ netuid: s.netuid, alpha: s.alpha.toString() })),
    });
  }
  for (const s of stakes) {
    if (s.alpha === 0n || owners.get(s.hot) === s.cold || !owners.has(s.hot)) continue;
    nominations.push({ coldkey: s.cold, hotkey: s.hot, netuid: s.netuid, alpha: s.alpha.toString() });
  }

  return {
    accounts,
    subtensor: {
      params: {
        nominatorMinRequiredStake: big(await q['nominatorMinRequiredStake']!()).toString(),
        taoWeight: big(await q['taoWeight']!()).toString(),
        subnetOwnerCut: num(await q['subnetOwnerCut']!()),
        maxDelegateTake: num(await q['maxDelegateTake']!()),
        minDelegateTake: num(await q['minDelegateTake']!()),
      },
      subnets,
      validators,
      nominations,
    },
  };
}
