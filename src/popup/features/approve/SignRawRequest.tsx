import type { SignRawApproval } from '../../../protocol/domains/approvals-values.ts';
import { Address } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { Decide, From, Row } from './parts.tsx';

export function SignRawRequest({ request, decide }: { request: SignRawApproval; decide(approve: boolean): void }) {
  const { t } = useI18n();
  return (
    <>
      <h2>{t('approve.raw.title')}</h2>
      <From origin={request.origin} appName={request.appName} topOrigin={request.topOrigin} />
      <Row label={t('approve.account')}>
        <Address address={request.account.address} name={request.account.name} />
      </Row>
      <label>
        {t('approve.message')}
        <textarea
          readOnly
          rows={6}
          value={request.text ?? request.hex}
          style={{ fontFamily: request.text === undefined ? 'monospace' : undefined }}
        />
      </label>
      {request.text === undefined && <p className="warning">{t('approve.raw.hexOnly')}</p>}
      <Decide approveLabel={t('approve.sign')} onApprove={() => decide(true)} onReject={() => decide(false)} />
    </>
  );
}
