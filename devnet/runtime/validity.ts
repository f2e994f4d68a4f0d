// Transaction validity errors, with the exact Display strings substrate uses (sp_runtime
// `InvalidTransaction` / `UnknownTransaction`), mapped to JSON-RPC codes by the author RPC:
// 1010 "Invalid Transaction" (data = message, or "Custom error: n"), 1011 "Unknown Transaction Validity".

export type InvalidKind =
  | 'Call'
  | 'Payment'
  | 'Future'
  | 'Stale'
  | 'BadProof'
  | 'AncientBirthBlock'
  | 'ExhaustsResources'
  | 'BadMandatory'
  | 'MandatoryValidation'
  | 'BadSigner';

const MESSAGES: Record<InvalidKind, string> = {
  Call: 'Transaction call is not expected',
  Payment: 'Inability to pay some fees (e.g. account balance too low)',
  Future: 'Transaction will be valid in the future',
  Stale: 'Transaction is outdated',
  BadProof: 'Transaction has a bad signature',
  AncientBirthBlock: 'Transaction has an ancient birth block',
  ExhaustsResources: 'Transaction would exhaust the block limits',
  BadMandatory: 'A call was labelled as mandatory, but resulted in an Error.',
  MandatoryValidation: 'Transaction dispatch is mandatory; transactions must not be validated.',
  BadSigner: 'Invalid signing address',
};

/** A refusal at validation time (never included in a block). */
export class TxInvalid extends Error {
  constructor(
    readonly kind: InvalidKind | 'Custom' | 'UnknownCannotLookup',
    readonly custom = 0,
  ) {
    super(
      kind === 'Custom'
        ? `Custom error: ${custom}`
        : kind === 'UnknownCannotLookup'
          ? 'Could not lookup information required to validate the transaction'
          : MESSAGES[kind],
    );
  }
  /** JSON-RPC error object as the author RPC reports it. */
  rpcError(): { code: number; message: string; data: string } {
    if (this.kind === 'UnknownCannotLookup')
      return { code: 1011, message: 'Unknown Transaction Validity', data: this.message };
    return { code: 1010, message: 'Invalid Transaction', data: this.message };
  }
  /** SCALE-friendly value of `TransactionValidityError` for TaggedTransactionQueue results. */
  asValidityError(): Record<string, unknown> {
    if (this.kind === 'UnknownCannotLookup') return { Unknown: 'CannotLookup' };
    if (this.kind === 'Custom') return { Invalid: { Custom: this.custom } };
    return { Invalid: this.kind };
  }
}

export const invalid = (kind: InvalidKind): TxInvalid => new TxInvalid(kind);
export const customInvalid = (n: number): TxInvalid => new TxInvalid('Custom', n);
