import { contract, SECRET_MESSAGES } from '../../protocol/index.ts';

/** The only logger of message traffic: names and outcomes, never bodies of secret-bearing messages. */
export function describeForLog(rawName: string, request: unknown): string {
  const name = rawName.replace(/[^\x20-\x7e]/g, '?').slice(0, 80);
  // Bodies are printed only for known messages that carry no secret: a mistyped name may still hold a password.
  if (SECRET_MESSAGES.has(rawName) || !Object.hasOwn(contract, rawName)) return `${name} [body not logged]`;
  let body: string;
  try {
    body = JSON.stringify(request) ?? 'undefined';
  } catch {
    body = '[unserialisable]';
  }
  body = body.replace(/[^\x20-\x7e]/g, '?');
  return `${name} ${body.length > 200 ? `${body.slice(0, 200)}…` : body}`;
}

export function logFailure(name: string, request: unknown, code: string): void {
  console.warn(`[taovault] ${describeForLog(name, request)} -> ${code}`);
}
