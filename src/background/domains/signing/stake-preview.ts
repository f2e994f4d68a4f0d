import type { ApiPromise } from '@polkadot/api';
import {
  getArg,
  normName,
  toAddress,
  toBigInt,
  toDecodedCall,
  toNumber,
  unwrapOption,
} from '../../../core/calls/normalize.ts';
import type { DecodedCall, SubnetLabel } from '../../../core/calls/types.ts';
import type { DappStakePreview } from '../../../protocol/domains/approvals-values.ts';
import type { TradeLeg } from '../../../protocol/domains/staking-values.ts';
import { namesOfHotkeys } from '../../chain/read/identities.ts';
import { subnetLabels } from '../../chain/read/subnet-labels.ts';
import { quoteBuy, quoteSell, unprotected } from '../staking/quote.ts';

/** Staking calls whose swap the wallet's own review simulates: the input amount's argument and its direction. */
const TRADES: Record<string, { amount: string; direction: 'buy' | 'sell' }> = {
  addstake: { amount: 'amount_staked', direction: 'buy' },
  addstakelimit: { amount: 'amount_staked', direction: 'buy' },
  removestake: { amount: 'amount_unstaked', direction: 'sell' },
  removestakelimit: { amount: 'amount_unstaked', direction: 'sell' },
};

/** Every SubtensorModule call in a call, through batches and proxies (any argument that is a call or calls). */
export function subtensorCalls(call: DecodedCall): DecodedCall[] {
  if (normName(call.section) === 'subtensormodule') return [call];
  const out: DecodedCall[] = [];
  for (const value of Object.values(call.args))
    for (const v of Array.isArray(value) ? value : [value]) {
      const inner = toDecodedCall(v);
      if (inner) out.push(...subtensorCalls(inner));
    }
  return out;
}

/** The hotkeys and netuids a staking call names (any argument called *hotkey / *netuid). */
function namedIn(calls: DecodedCall[]): { hotkeys: string[]; netuids: number[] } {
  const hotkeys = new Set<string>();
  const netuids = new Set<number>();
  for (const c of calls)
    for (const [k, v] of Object.entries(c.args)) {
      const name = normName(k);
      if (name.endsWith('hotkey')) {
        const a = toAddress(v);
        if (a) hotkeys.add(a);
      }
      if (name.endsWith('netuid')) {
        const n = toNumber(v);
        if (n !== null) netuids.add(n);
      }
    }
  return { hotkeys: [...hotkeys], netuids: [...netuids] };
}

/** One swap of the transaction as the chain would run it now, with the limit the transaction itself carries. */
async function legOf(api: ApiPromise, call: DecodedCall, symbol: string): Promise<TradeLeg | null> {
  const trade = TRADES[normName(call.method)];
  const netuid = toNumber(getArg(call.args, 'netuid'));
  const amount = toBigInt(getArg(call.args, trade?.amount ?? ''));
  if (!trade || netuid === null || amount === null || amount <= 0n) return null;
  const rawLimit = unwrapOption(getArg(call.args, 'limit_price'));
  const limit = rawLimit === undefined ? undefined : (toBigInt(rawLimit) ?? undefined);
  const quote = trade.direction === 'buy' ? quoteBuy : quoteSell;
  const q = await quote(api, netuid, amount, 0n, symbol, limit);
  return limit === undefined ? unprotected(q).leg : q.leg;
}

/**
 * What the approval window adds to a dApp's staking transaction, read from the call decoded from the signed bytes:
 * validator names (on-chain identity of the hotkey's owner) and subnet names for the summary, and each swap's
 * preview (what you get, price, impact, fee, the call's own limit and whether the chain will refuse it) as the
 * wallet's own review shows it. `missing` counts swaps on a subnet that no preview could be made for (moves and
 * swaps between subnets, a pool that cannot take the trade, no live node). Null when the call stakes nothing.
 */
export async function stakePreview(
  api: ApiPromise | undefined,
  call: DecodedCall,
): Promise<{ preview: DappStakePreview; names: Map<string, string>; subnets: Map<number, SubnetLabel> } | null> {
  const calls = subtensorCalls(call);
  if (calls.length === 0) return null;
  const trades = calls.filter((c) => {
    const n = normName(c.method);
    const netuids = Object.entries(c.args).filter(([k]) => normName(k).endsWith('netuid'));
    const onSubnet = netuids.some(([, v]) => toNumber(v) !== 0);
    return onSubnet && (n in TRADES || n.startsWith('move') || n.startsWith('swap') || n.startsWith('transfer'));
  });
  if (!api) return { preview: { legs: [], missing: trades.length }, names: new Map(), subnets: new Map() };
  const { hotkeys, netuids } = namedIn(calls);
  const [names, subnets] = await Promise.all([
    namesOfHotkeys(api, hotkeys).catch(() => new Map<string, string>()),
    subnetLabels(api).catch(() => new Map<number, SubnetLabel>()),
  ]);
  const legs: TradeLeg[] = [];
  for (const c of trades) {
    const netuid = toNumber(getArg(c.args, 'netuid'));
    const symbol = (netuid === null ? undefined : subnets.get(netuid)?.symbol) ?? 'α';
    const leg = await legOf(api, c, symbol).catch(() => null);
    if (leg) legs.push(leg);
  }
  const known = new Map([...subnets].filter(([n]) => netuids.includes(n)));
  return { preview: { legs, missing: trades.length - legs.length }, names, subnets: known };
}
