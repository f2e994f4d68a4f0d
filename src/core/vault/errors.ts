export type VaultErrorCode = 'wrong-password' | 'tampered' | 'malformed' | 'unsupported-version' | 'needs-migration';

export class VaultError extends Error {
  readonly code: VaultErrorCode;

  constructor(code: VaultErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VaultError';
    this.code = code;
  }
}
