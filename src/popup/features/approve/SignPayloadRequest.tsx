import { formatTao } from '../../../core/amount/format.ts';
import type { SignPayloadApproval } from '../../../protocol/domains/approvals-values.ts';
import { Address } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { Decide, From, Row } from './parts.tsx';
import { StakePreview } from './StakePreview.tsx';
import { Summary, Warnings } from './Summary.tsx';

/** Review of a transaction: one sentence, warnings, then the details (network, fee, tip, nonce, mortality). */
export function SignPayloadRequest({
  request,
  decide,
}: {
  request: SignPayloadApproval;
  decide(approve: boolean): void;
}) {
  const { t, locale } = useI18n();
  const symbol = request.network.tokenSymbol;
  const m = request.mortality;
  return (
    <>
      <h2 className="muted" style={{ fontSize: 14 }}>
        {t('approve.payload.title')}
      </h2>
      <Summary summary={request.summary} />
      <Warnings warnings={request.summary.warnings} />
      {request.stake && <StakePreview stake={request.stake} />}
      <From origin={request.origin} appName={request.appName} topOrigin={request.topOrigin} />
      <div className="card stack" style={{ gap: 6 }}>
        <Row label={t('approve.account')}>
          <Address address={request.account.address} name={request.account.name} />
        </Row>
        <Row label={t('approve.network')}>
          {request.network.source === 'live'
            ? request.network.name
            : t('approve.networkFromMetadata', { name: request.network.name })}
        </Row>
        <Row label={t('approve.fee')}>
          {request.fee === undefined
            ? t('approve.feeUnknown')
            : formatTao(BigInt(request.fee), { round: 'ceil', decimals: 9, symbol, locale })}
        </Row>
        <Row label={t('approve.tip')}>{formatTao(BigInt(request.tip), { full: true, symbol, locale })}</Row>
        <Row label={t('approve.nonce')}>{request.nonce}</Row>
        <Row label={t('approve.mortality')}>
          {m.mortal
            ? t('approve.mortal', { from: m.fromBlock ?? '?', to: m.toBlock ?? '?', period: m.period ?? '?' })
            : t('approve.immortal')}
        </Row>
        <Row label={t('approve.runtime')}>{request.specVersion}</Row>
      </div>
      <details>
        <summary>{t('approve.details')}</summary>
        <pre style={{ fontSize: 11, whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 200, overflow: 'auto' }}>
          {request.rawCall}
        </pre>
      </details>
      <Decide approveLabel={t('approve.sign')} onApprove={() => decide(true)} onReject={() => decide(false)} />
    </>
  );
}
