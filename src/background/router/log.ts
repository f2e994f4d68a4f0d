/**
 * The only logger of message traffic: a message's name and the error code it got, never its body. Bodies are
 * what the person typed (a recovery phrase pasted into the wrong field, a password, an address, an amount) or
 * what a page sent; none of it belongs in the worker's log.
 */
export function describeForLog(rawName: string): string {
  return rawName.replace(/[^\x20-\x7e]/g, '?').slice(0, 80);
}

export function logFailure(name: string, code: string): void {
  console.warn(`[taovault] ${describeForLog(name)} -> ${code}`);
}

/** An unexpected failure: its kind and where, not its message (which may quote the input). */
export function logInternal(name: string, error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  const where =
    error instanceof Error
      ? (error.stack ?? '')
          .split('\n')
          .slice(1, 4)
          .map((l) => l.trim())
          .join(' | ')
      : '';
  console.error(`[taovault] handler failed ${describeForLog(name)}: ${kind}${where ? ` at ${where}` : ''}`);
}
