import { tryParseTao } from '../../../core/amount/index.ts';
import { parseAddress } from '../../../core/address/index.ts';
import type { TransferPreview } from '../../../protocol/domains/chain-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';

type Reason =
  | 'recipient-invalid'
  | 'recipient-checksum'
  | 'amount-empty'
  | 'amount-invalid'
  | 'amount-negative'
  | 'amount-too-many-decimals'
  | 'amount-zero'
  | 'amount-over-balance'
  | 'amount-leaves-dust'
  | 'amount-below-ed';

export function refuse(reason: Reason, message: string): ProtocolError {
  return new ProtocolError('invalid-request', message, { reason });
}

/** Any-prefix ss58 with a valid checksum → prefix 42; a sentence otherwise. */
export function parseRecipient(input: string): string {
  const parsed = parseAddress(input);
  if (parsed.ok) return parsed.address;
  if (parsed.code === 'bad-checksum')
    throw refuse('recipient-checksum', 'That address has a typo: its checksum does not match. Copy it again.');
  throw refuse('recipient-invalid', 'That is not a Bittensor address (ss58, like 5F…).');
}

/** An amount typed in TAO → rao, exactly; "max" is handled by the caller. */
export function parseAmount(input: string): bigint {
  const parsed = tryParseTao(input);
  if (!parsed.ok) {
    const map = {
      empty: ['amount-empty', 'Enter an amount.'],
      negative: ['amount-negative', 'The amount cannot be negative.'],
      'too-many-decimals': ['amount-too-many-decimals', 'TAO has 9 decimal places at most.'],
      'too-large': ['amount-over-balance', 'That is more than this account can send.'],
      invalid: ['amount-invalid', 'That is not an amount (write it like 1.5).'],
    } as const satisfies Record<string, readonly [Reason, string]>;
    const [reason, message] = map[parsed.code];
    throw refuse(reason, message);
  }
  if (parsed.value === 0n) throw refuse('amount-zero', 'Enter an amount above zero.');
  return parsed.value;
}

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
