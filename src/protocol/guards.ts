/** A plain object read from storage or a message (not null, not an array): its fields are still unknown. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
