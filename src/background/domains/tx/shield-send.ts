import type { ShieldOffReason, ShieldPlan, TrackedTx } from '../../../protocol/domains/tx-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import { shieldedSubmit } from './shield-submit.ts';
import { signAndSubmit, type Submission } from './submit.ts';

/** In the clear, the record saying why when the chain has MEV Shield. */
function plain<R extends TrackedTx>(s: Submission<R>, reason: ShieldOffReason | undefined): Promise<R> {
  if (!reason) return signAndSubmit(s);
  return signAndSubmit({ ...s, record: (submitted) => ({ ...s.record(submitted), shieldFallback: reason }) });
}

/**
 * Sends as the review said: through MEV Shield when its plan is on, in the clear otherwise. When the network refuses
 * the encrypted wrapper (or has no key any more), nothing was sent: the transaction goes in the clear instead, and
 * its record says so (the status screen gives the sentence).
 */
export async function sendMaybeShielded<R extends TrackedTx>(
  plan: ShieldPlan | undefined,
  s: Submission<R>,
): Promise<R> {
  if (!plan) return plain(s, undefined);
  if (!plan.on) return plain(s, plan.reason);
  try {
    return await shieldedSubmit(s);
  } catch (e) {
    // The transaction itself was refused (checked before anything was sent): the same refusal as in the clear.
    if (!(e instanceof ProtocolError) || e.code !== 'rejected' || e.data?.['inner'] === true) throw e;
    return plain(s, e.data?.['reason'] === 'shield-no-key' ? 'no-key' : 'refused');
  }
}
