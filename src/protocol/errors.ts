/** Error codes carried across every boundary; the UI maps each code to a sentence in the person's language. */
export const ERROR_CODES = [
  'invalid-request',
  'unknown-message',
  'forbidden',
  'unauthorised',
  'rejected',
  'locked',
  'wrong-password',
  'too-many-attempts',
  'not-found',
  'conflict',
  'timeout',
  'disconnected',
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  /** Optional machine-readable detail (never secret). */
  data?: Record<string, string | number | boolean>;
}

export class ProtocolError extends Error {
  readonly code: ErrorCode;
  readonly data?: Record<string, string | number | boolean>;

  constructor(code: ErrorCode, message: string, data?: Record<string, string | number | boolean>) {
    super(message);
    this.name = 'ProtocolError';
    this.code = code;
    if (data) this.data = data;
  }

  toPayload(): ErrorPayload {
    return this.data
      ? { code: this.code, message: this.message, data: this.data }
      : { code: this.code, message: this.message };
  }

  static from(payload: ErrorPayload): ProtocolError {
    return new ProtocolError(payload.code, payload.message, payload.data);
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Any thrown value as a payload that is safe to send: unknown errors never leak their text. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof ProtocolError) return error.toPayload();
  return { code: 'internal', message: 'Something went wrong inside TaoVault.' };
}
