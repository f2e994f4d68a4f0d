import { tryParseTao } from '../../core/amount/index.ts';
import { parseAddress } from '../../core/address/index.ts';
import { ProtocolError } from '../../protocol/errors.ts';

/** What a person types (an address, an amount in TAO) parsed once for every domain: transfers, staking, address book. */
export type Reason =
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
