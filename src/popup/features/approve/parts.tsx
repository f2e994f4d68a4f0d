import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useArmedContext } from './use-armed.ts';

/**
 * Where a request comes from: the origin is certain (from the browser), the name is what the site says; a frame of
 * another origin is shown with the page it is embedded in.
 */
export function From({ origin, appName, topOrigin }: { origin: string; appName: string; topOrigin?: string }) {
  const { t } = useI18n();
  return (
    <div className="card stack" style={{ gap: 2 }}>
      <span className="muted">{t('approve.from')}</span>
      <strong style={{ wordBreak: 'break-all' }}>{origin}</strong>
      {topOrigin && (
        <span className="warning" style={{ wordBreak: 'break-all' }}>
          {t('approve.embeddedIn', { origin: topOrigin })}
        </span>
      )}
      <span className="muted" style={{ fontSize: 12 }}>
        {t('approve.fromNote', { name: appName })}
      </span>
    </div>
  );
}

export function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="row" style={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
      <span className="muted">{label}</span>
      <span style={{ textAlign: 'right', wordBreak: 'break-all' }}>{children}</span>
    </div>
  );
}

/** Reject and approve, approve being the one obvious button; both wait about a second after a request appears. */
export function Decide({
  onApprove,
  onReject,
  approveLabel,
  disabled,
}: {
  onApprove(): void;
  onReject(): void;
  approveLabel: string;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const armed = useArmedContext();
  const reject = useRef<HTMLButtonElement>(null);
  // Once the buttons may be used, focus is on the decision (Reject: Enter never approves by accident; Approve is
  // the next Tab stop), unless the person has already moved it to a control of their own.
  useEffect(() => {
    const at = document.activeElement;
    if (armed && (!at || at === document.body || at.hasAttribute('data-request-start'))) reject.current?.focus();
  }, [armed]);
  return (
    <div className="row" style={{ marginTop: 'auto' }} role="group" aria-label={t('approve.decision')}>
      <button ref={reject} type="button" style={{ flex: 1 }} onClick={onReject} disabled={!armed}>
        {t('approve.reject')}
      </button>
      <button type="button" className="primary" style={{ flex: 1 }} onClick={onApprove} disabled={disabled || !armed}>
        {approveLabel}
      </button>
    </div>
  );
}
