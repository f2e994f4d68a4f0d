import { describe, expect, it } from 'vitest';
import { summarizeCall } from '../../../core/calls/summarize.ts';
import type { DecodedCall } from '../../../core/calls/types.ts';
import type { StakeTxRecord } from '../../../protocol/domains/staking-values.ts';
import { chartMarks } from './marks.ts';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const V1 = '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y';
const V2 = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';

function record(block: number, call: DecodedCall, extra: Partial<StakeTxRecord> = {}): StakeTxRecord {
  return {
    kind: 'staking',
    op: 'stake',
    id: `r${block}`,
    networkId: 'devnet',
    genesisHash: '0x00',
    fee: '0',
    hash: '0x01',
    status: 'finalized',
    blockNumber: block,
    createdAt: 0,
    updatedAt: 0,
    signer: ALICE,
    coldkey: ALICE,
    summary: summarizeCall(call, { tokenSymbol: 'TAO' }),
    ...extra,
  };
}
const stake = (hotkey: string, netuid: number): DecodedCall => ({
  section: 'subtensorModule',
  method: 'add_stake',
  args: { hotkey, netuid, amount_staked: '1000000000' },
});
const unstake = (hotkey: string, netuid: number): DecodedCall => ({
  section: 'subtensorModule',
  method: 'remove_stake_limit',
  args: { hotkey, netuid, amount_unstaked: '1000000000', limit_price: '1', allow_partial: false },
});
const move = (from: string, to: string, o: number, d: number): DecodedCall => ({
  section: 'subtensorModule',
  method: 'move_stake',
  args: { origin_hotkey: from, destination_hotkey: to, origin_netuid: o, destination_netuid: d, alpha_amount: '5' },
});

describe("chart marks: the person's own deposits and withdrawals on one position", () => {
  const position = { account: ALICE, hotkey: V1, netuid: 1 };

  it('stake in, unstake out, a move out of and into it, a batch child; other positions, failures and other coldkeys not', () => {
    const history = [
      record(40, unstake(V1, 1), { op: 'unstake' }),
      record(10, stake(V1, 1)),
      record(11, stake(V2, 1)), // another validator
      record(12, stake(V1, 2)), // another subnet
      record(20, move(V1, V2, 1, 1), { op: 'move' }),
      record(30, move(V2, V1, 3, 1), { op: 'move' }),
      record(50, { section: 'utility', method: 'batch_all', args: { calls: [stake(V2, 3), stake(V1, 1)] } }),
      record(60, stake(V1, 1), { error: 'subtensorModule.SlippageTooHigh', status: 'failed' }),
      record(70, stake(V1, 1), { coldkey: BOB }),
      record(80, stake(V1, 1), { status: 'submitted', blockNumber: undefined }),
    ];
    expect(chartMarks(history, position)).toEqual([
      { block: 10, kind: 'in' },
      { block: 20, kind: 'out' },
      { block: 30, kind: 'in' },
      { block: 40, kind: 'out' },
      { block: 50, kind: 'in' },
    ]);
  });

  it('nothing for a position the wallet never touched', () => {
    expect(chartMarks([record(10, stake(V2, 1))], position)).toEqual([]);
  });
});
