import type { TrackedTx } from '../../../protocol/domains/tx-values.ts';
import { en, type MessageKey } from '../../i18n/en.ts';
import type { T } from '../../i18n/index.tsx';

/** A chain error in the person's language: a known one as a sentence, else its name and the runtime's docs. */
export function chainErrorText(t: T, error: string | undefined, docs: string | undefined): string {
  const key = `chainError.${error ?? ''}`;
  if (key in en) return t(key as MessageKey);
  return t('chainError.other', { error: error ?? '?', docs: docs ?? '' }).trim();
}

/** The lifecycle line of a transaction (transfers and staking alike). */
export function txStatusText(t: T, r: Pick<TrackedTx, 'status' | 'blockNumber' | 'error' | 'errorDocs'>): string {
  switch (r.status) {
    case 'submitted':
      return t('tx.submitted');
    case 'inBlock':
      return t('tx.inBlock', { block: r.blockNumber ?? '…' });
    case 'finalized':
      return t('tx.finalized', { block: r.blockNumber ?? '…' });
    case 'failed':
      return t('tx.failed', { reason: chainErrorText(t, r.error, r.errorDocs) });
    case 'dropped':
      return t('tx.dropped');
  }
}
