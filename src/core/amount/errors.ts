/** Why an amount string was refused. The UI maps each code to a sentence in the person's language. */
export type AmountErrorCode = 'empty' | 'invalid' | 'too-many-decimals' | 'negative' | 'too-large';

export class AmountError extends Error {
  readonly code: AmountErrorCode;

  constructor(code: AmountErrorCode, input: string) {
    super(`amount ${code}: ${JSON.stringify(input)}`);
    this.name = 'AmountError';
    this.code = code;
  }
}

export function isAmountError(e: unknown): e is AmountError {
  return e instanceof AmountError;
}
