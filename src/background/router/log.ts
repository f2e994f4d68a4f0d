import { SECRET_MESSAGES } from '../../protocol/index.ts';

/** The only logger of message traffic: names and outcomes, never bodies of secret-bearing messages. */
export function describeForLog(name: string, request: unknown): string {
  if (SECRET_MESSAGES.has(name)) return `${name} [redacted]`;
  let body: string;
  try {
    body = JSON.stringify(request) ?? 'undefined';
  } catch {
    body = '[unserialisable]';
  }
  return `${name} ${body.length > 200 ? `${body.slice(0, 200)}…` : body}`;
}

export function logFailure(name: string, request: unknown, code: string): void {
  console.warn(`[taovault] ${describeForLog(name, request)} -> ${code}`);
}
