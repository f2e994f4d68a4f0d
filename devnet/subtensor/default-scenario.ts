/**
 * The default scenario: root + 8 dynamic subnets (tempo 10, fee 33/65535), 32 validators with takes
 * from 0 to 18% and different stakes, registered on 3 subnets each, root stakes for all, and some
 * nominations by //Bob, //Charlie, //Dave and //Eve. //Alice owns subnet 1 and validator 1 (so she can
 * sign decrease_take), and has no positions: she is the README demo account.
 * Moving prices start at spot; Σ prices > 1 so root stakers earn root dividends (facts §6.2).
 */
import {
  DEV_ACCOUNTS,
  labelKey,
  type ScenarioNomination,
  type ScenarioSubnet,
  type ScenarioSubtensor,
  type ScenarioValidator,
} from './scenario.ts';

const TAO = 1_000_000_000n;
const NAMES = ['apex', 'omron', 'templar', 'dojo', 'chutes', 'targon', 'nineteen', 'sturdy'];
const SYMBOLS = ['α', 'β', 'γ', 'δ', 'ε', 'ζ', 'η', 'θ'];
/** Prices in milli-TAO per alpha and TAO reserves in TAO, per subnet 1..8. */
const PRICES_MILLI = [250n, 120n, 80n, 350n, 50n, 180n, 20n, 500n];
const TAO_RESERVES = [30_000n, 12_000n, 8_000n, 50_000n, 2_000n, 20_000n, 500n, 80_000n];
const TAKES = [0, 655, 1311, 2621, 3276, 5898, 9830, 11796];

export function defaultScenario(): ScenarioSubtensor {
  const subnets: ScenarioSubnet[] = NAMES.map((name, i) => {
    const netuid = i + 1;
    const tao = TAO_RESERVES[i]! * TAO;
    const alpha = (tao * 1000n) / PRICES_MILLI[i]!;
    return {
      netuid,
      name,
      symbol: SYMBOLS[i]!,
      tempo: 10,
      taoReserve: tao.toString(),
      alphaReserve: alpha.toString(),
      feeRate: 33,
      mechanism: 1,
      owner: netuid === 1 ? DEV_ACCOUNTS.alice : labelKey(`subnet/${netuid}/owner`),
      ownerHotkey: labelKey(`subnet/${netuid}/owner-hotkey`),
      subtokenEnabled: true,
      transferToggle: true,
      identity: {
        subnet_name: name,
        github_repo: `https://example.invalid/${name}`,
        description: `Devnet subnet ${netuid}`,
      },
      miner: { hotkey: labelKey(`subnet/${netuid}/miner`), coldkey: labelKey(`subnet/${netuid}/miner-cold`) },
    };
  });

  const validators: ScenarioValidator[] = [];
  for (let i = 1; i <= 32; i++) {
    const registrations = [0, 1, 2].map((k) => ((i + k * 3) % 8) + 1);
    const stakes = registrations.map((netuid) => {
      const alphaReserve = BigInt(subnets[netuid - 1]!.alphaReserve as string);
      return { netuid, alpha: ((alphaReserve * BigInt(10 + ((i * 7) % 23))) / 1000n).toString() };
    });
    stakes.push({ netuid: 0, alpha: (BigInt(500 + i * 250) * TAO).toString() });
    validators.push({
      hotkey: labelKey(`validator/${i}`),
      coldkey: i === 1 ? DEV_ACCOUNTS.alice : labelKey(`validator/${i}/cold`),
      take: TAKES[(i * 5) % TAKES.length]!,
      name: `Validator ${i}`,
      registrations,
      stakes,
    });
  }

  const nominations: ScenarioNomination[] = [];
  const nominators = [DEV_ACCOUNTS.bob, DEV_ACCOUNTS.charlie, DEV_ACCOUNTS.dave, DEV_ACCOUNTS.eve];
  nominators.forEach((coldkey, k) => {
    for (const vi of [3 + k, 10 + k, 20 + k]) {
      const v = validators[vi - 1]!;
      nominations.push({
        coldkey,
        hotkey: v.hotkey,
        netuid: v.registrations[0]!,
        alpha: (BigInt(100 + 50 * k) * TAO).toString(),
      });
      nominations.push({ coldkey, hotkey: v.hotkey, netuid: 0, alpha: (BigInt(10 + 5 * k) * TAO).toString() });
    }
  });

  return {
    params: { nominatorMinRequiredStake: '10000000' },
    subnets,
    validators,
    nominations,
    identities: validators
      .filter((v) => v.coldkey !== DEV_ACCOUNTS.alice)
      .map((v) => ({ coldkey: v.coldkey, name: v.name ?? '', description: 'devnet validator' })),
  };
}
