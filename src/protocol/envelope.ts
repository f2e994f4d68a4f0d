import type { ErrorPayload } from './errors.ts';

/** What travels over a Port or window.postMessage. */
export type Envelope =
  | { kind: 'request'; id: string; name: string; request: unknown }
  | { kind: 'cancel'; id: string }
  | { kind: 'response'; id: string; response: unknown }
  | { kind: 'error'; id: string; error: ErrorPayload }
  | { kind: 'data'; id: string; data: unknown };

const KINDS = new Set(['request', 'cancel', 'response', 'error', 'data']);

/** Structural check of an incoming envelope; anything else is dropped by the receiver. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.kind !== 'string' || !KINDS.has(v.kind)) return false;
  if (typeof v.id !== 'string' || v.id.length === 0 || v.id.length > 64) return false;
  if (v.kind === 'request') return typeof v.name === 'string' && v.name.length <= 80;
  if (v.kind === 'error') {
    const e = v.error as Record<string, unknown> | null;
    return typeof e === 'object' && e !== null && typeof e.code === 'string' && typeof e.message === 'string';
  }
  return true;
}
