import type { TransferPreview } from '../../../protocol/domains/chain-values.ts';
import { parseAmount, refuse } from '../../lib/parse-input.ts';

export interface PlanInput {
  amount: string;
  emptyAccount: boolean;
  /** What the chain lets the account send (free − frozen beyond reserved). */
  transferable: bigint;
  existentialDeposit: bigint;
  /** Recipient's free balance (0 for a new account). */
  recipientFree: bigint;
  /** Estimated fee of the call. */
  fee: bigint;
}

export interface Plan {
  call: TransferPreview['call'];
  amount: bigint;
  remaining: bigint;
}

/**
 * Which call and how much: "max" keeps the existential deposit (transfer_keep_alive of all but ED + fee)
 * unless the person chose to empty the account (transfer_all, keep_alive false). A typed amount that would
 * leave less than the ED behind is refused rather than silently reaping the account.
 */
export function planTransfer(input: PlanInput): Plan {
  const { transferable, existentialDeposit: ed, fee } = input;
  if (input.amount.toLowerCase() === 'max') {
    if (input.emptyAccount) {
      const amount = transferable - fee;
      if (amount <= 0n) throw refuse('amount-over-balance', 'This account has nothing left to send after the fee.');
      return { call: 'transfer_all', amount, remaining: 0n };
    }
    const amount = transferable - ed - fee;
    if (amount <= 0n)
      throw refuse(
        'amount-over-balance',
        'This account has nothing to send once the fee and the 500 rao it must keep are paid.',
      );
    if (input.recipientFree === 0n && amount < ed)
      throw refuse('amount-below-ed', 'A new account needs at least 0.0000005 TAO (500 rao).');
    return { call: 'transfer_keep_alive', amount, remaining: ed };
  }
  const amount = parseAmount(input.amount);
  if (amount + fee > transferable)
    throw refuse('amount-over-balance', 'That is more than this account can send (amount plus fee).');
  if (input.recipientFree === 0n && amount < ed)
    throw refuse('amount-below-ed', 'A new account needs at least 0.0000005 TAO (500 rao).');
  const remaining = transferable - amount - fee;
  if (remaining !== 0n && remaining < ed)
    throw refuse(
      'amount-leaves-dust',
      'That would leave less than 500 rao behind. Send a little less, or choose Max and empty the account.',
    );
  return { call: remaining === 0n ? 'transfer_allow_death' : 'transfer_keep_alive', amount, remaining };
}
