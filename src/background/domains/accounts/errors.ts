import { isKeystoreError } from '../../../core/keystore/errors.ts';
import { ProtocolError } from '../../../protocol/errors.ts';

/** Key-file and derivation errors as protocol errors with a reason the popup translates; other errors pass through. */
export function asProtocolError(error: unknown): unknown {
  if (error instanceof ProtocolError || !isKeystoreError(error)) return error;
  const reason =
    error.code === 'wrong-password' || error.code === 'tampered'
      ? 'file-wrong-password'
      : error.code === 'unsupported-format'
        ? 'file-unsupported'
        : error.code === 'key-mismatch'
          ? 'key-mismatch'
          : error.code === 'password-required'
            ? 'password-required'
            : 'file-malformed';
  return new ProtocolError('invalid-request', error.message, { reason });
}

export function invalid(reason: string, message: string): ProtocolError {
  return new ProtocolError('invalid-request', message, { reason });
}
