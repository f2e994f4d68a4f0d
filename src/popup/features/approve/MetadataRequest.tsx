import type { MetadataApproval } from '../../../protocol/domains/approvals-values.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Decide, From, Row } from './parts.tsx';

export function MetadataRequest({ request, decide }: { request: MetadataApproval; decide(approve: boolean): void }) {
  const { t } = useI18n();
  return (
    <>
      <h2>{t('approve.metadata.title')}</h2>
      <From origin={request.origin} appName={request.appName} topOrigin={request.topOrigin} />
      <p style={{ margin: 0 }}>
        {t('approve.metadata.body', { chain: request.chain, specVersion: request.specVersion })}
        {request.replaces !== undefined && ` ${t('approve.metadata.replaces', { specVersion: request.replaces })}`}
      </p>
      <div className="card stack" style={{ gap: 6 }}>
        <Row label={t('approve.network')}>{request.chain}</Row>
        <Row label={t('approve.genesis')}>{request.genesisHash}</Row>
        <Row label={t('approve.runtime')}>{request.specVersion}</Row>
        <Row label="Token">{`${request.tokenSymbol} (${request.tokenDecimals}) · ss58 ${request.ss58Format}`}</Row>
      </div>
      <Decide approveLabel={t('approve.approve')} onApprove={() => decide(true)} onReject={() => decide(false)} />
    </>
  );
}
