import { ProtocolError } from '../../../protocol/errors.ts';

/**
 * Pool-side refusals (facts §1.4, §10): "1010: Invalid Transaction: Custom error: 8" becomes reason
 * 'pool-custom-8' (SlippageTooHigh), 14 ZeroMaxAmount, … so the popup can say what to do. Nothing was sent
 * and nothing was paid when the pool refuses.
 */
export function poolRefusal(e: unknown): ProtocolError {
  const text = e instanceof Error ? e.message : String(e);
  const custom = /Custom error:?\s*(\d+)/i.exec(text);
  if (custom)
    return new ProtocolError('rejected', `The network refused the transaction before including it: ${text}`, {
      reason: `pool-custom-${custom[1]}`,
      detail: text.slice(0, 200),
    });
  if (/\bstale\b/i.test(text))
    return new ProtocolError('rejected', `The network refused the transaction: ${text}`, {
      reason: 'pool-stale',
      detail: text.slice(0, 200),
    });
  if (/payment|inability to pay/i.test(text))
    return new ProtocolError('rejected', `The network refused the transaction: ${text}`, {
      reason: 'pool-payment',
      detail: text.slice(0, 200),
    });
  return new ProtocolError('rejected', `The network refused the transaction: ${text}`, {
    reason: 'tx-invalid',
    detail: text.slice(0, 200),
  });
}
