// Balances calls: transfer_allow_death, transfer_keep_alive, transfer_all (fungible semantics: more than the total
// issuance -> Arithmetic(Underflow); insufficient spendable balance -> Token(FundsUnavailable); a new account below ED
// -> Token(BelowMinimum)).
import type { DecodedCall } from './call.ts';
import type { AccountHex } from './economics.ts';
import { fail, moduleFail, OK, type DispatchResult, type RuntimeCtx } from './dispatch.ts';

function transfer(ctx: RuntimeCtx, from: AccountHex, to: unknown, value: bigint, keepAlive: boolean): DispatchResult {
  if (typeof to !== 'string' || !/^0x[0-9a-f]{64}$/.test(to)) return fail('CannotLookup');
  const dest = to as AccountHex;
  const a = ctx.accounts;
  // fungible::can_withdraw: more than the whole issuance is an underflow before it is a lack of funds.
  if (value > a.totalIssuance) return fail({ Arithmetic: 'Underflow' });
  if (value > a.reducible(from, keepAlive)) return fail({ Token: 'FundsUnavailable' });
  if (from !== dest && !a.exists(dest) && value < a.ed) return fail({ Token: 'BelowMinimum' });
  if (value === 0n) {
    ctx.events.push({ pallet: 'Balances', name: 'Transfer', data: [from, dest, 0n] });
    return OK;
  }
  if (!a.debit(from, value, keepAlive)) return fail({ Token: 'FundsUnavailable' });
  a.credit(dest, value);
  ctx.events.push({ pallet: 'Balances', name: 'Transfer', data: [from, dest, value] });
  return OK;
}

export function dispatchBalances(ctx: RuntimeCtx, origin: AccountHex, d: DecodedCall): DispatchResult {
  const { args } = d;
  switch (d.method) {
    case 'transfer_allow_death':
      return transfer(ctx, origin, args['dest'], args['value'] as bigint, false);
    case 'transfer_keep_alive':
      return transfer(ctx, origin, args['dest'], args['value'] as bigint, true);
    case 'transfer_all': {
      const keepAlive = args['keep_alive'] === true;
      return transfer(ctx, origin, args['dest'], ctx.accounts.reducible(origin, keepAlive), keepAlive);
    }
    default:
      return moduleFail(ctx, 'System', 'CallFiltered');
  }
}
