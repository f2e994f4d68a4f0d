/**
 * Typed errors for key-file import/export.
 *
 * Where a format only has one MAC (NaCl secretbox, Fernet HMAC, Ansible HMAC) a wrong password and a
 * damaged ciphertext look the same to the code; those cases use the code 'wrong-password' and a
 * message that names both causes. 'tampered' is used only where a format lets us tell the two apart.
 */
export type KeystoreErrorCode =
  'wrong-password' | 'tampered' | 'unsupported-format' | 'malformed' | 'key-mismatch' | 'password-required';

export class KeystoreError extends Error {
  readonly code: KeystoreErrorCode;

  constructor(code: KeystoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KeystoreError';
    this.code = code;
  }
}

export const WRONG_PASSWORD_OR_TAMPERED =
  'The password is wrong, or the file was changed or damaged after it was written. Check the password and try again.';

export function isKeystoreError(e: unknown, code?: KeystoreErrorCode): e is KeystoreError {
  return e instanceof KeystoreError && (code === undefined || e.code === code);
}
