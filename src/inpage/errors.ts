import { ProtocolError } from '../protocol/errors.ts';

/** Errors cross into the page as Errors with a code and a sentence; anything unexpected says nothing more. */
export function pageError(e: unknown): Error {
  if (e instanceof ProtocolError) return e;
  return new ProtocolError('internal', 'TaoVault could not complete the request.');
}
