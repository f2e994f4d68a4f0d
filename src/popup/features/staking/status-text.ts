import type { StakeTxRecord } from '../../../protocol/domains/staking-values.ts';
import type { T } from '../../i18n/index.tsx';
import { chainErrorText } from '../send/tx-text.ts';

/** The lifecycle line of a staking transaction (the same sentences as transfers). */
export function stakeStatusText(t: T, r: StakeTxRecord): string {
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
