import { useEffect, useRef, useState } from 'react';
import type { AccountView, VaultStatus } from '../../../protocol/domains/accounts-values.ts';
import type { ApprovalView } from '../../../protocol/domains/approvals-values.ts';
import { api } from '../../api/client.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSubscription } from '../../state/use-subscription.ts';
import { CreateVault } from '../vault/CreateVault.tsx';
import { Unlock } from '../vault/Unlock.tsx';
import { ConnectRequest } from './ConnectRequest.tsx';
import { MetadataRequest } from './MetadataRequest.tsx';
import { SignPayloadRequest } from './SignPayloadRequest.tsx';
import { SignRawRequest } from './SignRawRequest.tsx';
import { ArmedContext, useArmed } from './use-armed.ts';

function Request({
  view,
  accounts,
  decide,
}: {
  view: ApprovalView;
  accounts: AccountView[];
  decide(approve: boolean, accountIds?: string[]): void;
}) {
  switch (view.kind) {
    case 'connect':
      return <ConnectRequest request={view} accounts={accounts} decide={decide} />;
    case 'sign-payload':
      return <SignPayloadRequest request={view} decide={decide} />;
    case 'sign-raw':
      return <SignRawRequest request={view} decide={decide} />;
    case 'metadata':
      return <MetadataRequest request={view} decide={decide} />;
    default:
      return null;
  }
}

/**
 * The approval window (#/approve/<id>): the request named in the route first, then the others one after another.
 * A locked wallet shows the unlock form first; the background closes the window when nothing is left.
 */
export function ApproveWindow({
  id,
  vault,
  accounts,
}: {
  id: string | undefined;
  vault: VaultStatus;
  accounts: AccountView[] | null;
}) {
  const { t } = useI18n();
  const views = useSubscription('pri(approvals.subscribe)');
  const [error, setError] = useState<unknown>(null);
  const pending = (views ?? []).filter((v) => v.kind !== 'unlock');
  const current = pending.find((v) => v.id === id) ?? pending[0];
  const next = pending.find((v) => v !== current);
  const armed = useArmed(current?.id);

  // The background closes this window once nothing is left (not on an empty list: after an unlock the request
  // that waited for it comes next). If the background stops, the requests shown here are gone with it.
  useEffect(
    () =>
      api.onConnectionChange((connected) => {
        if (!connected) window.close();
      }),
    [],
  );

  // Escape rejects the request shown (rejecting is always safe, so it needs no arming).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !current || vault.locked) return;
      e.preventDefault();
      api.send('pri(approvals.reject)', { id: current.id }).catch((err: unknown) => setError(err));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [current?.id, vault.locked]);
  // Each request starts at its top with focus on the line saying what it is and who asks.
  const start = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    start.current?.focus({ preventScroll: true });
    start.current?.closest('main')?.scrollTo(0, 0);
  }, [current?.id]);
  const rejectAll = () => {
    setError(null);
    for (const v of pending) api.send('pri(approvals.reject)', { id: v.id }).catch((e: unknown) => setError(e));
  };

  const decide = (approve: boolean, accountIds?: string[]) => {
    if (!current) return;
    setError(null);
    const done = approve
      ? api.send('pri(approvals.approve)', accountIds ? { id: current.id, accountIds } : { id: current.id })
      : api.send('pri(approvals.reject)', { id: current.id });
    done.catch((e: unknown) => setError(e));
  };

  const header = (
    <header className="app-header">
      <h1>{t('approve.title')}</h1>
      {views && views.length > 1 && <span className="muted">{t('approve.waiting', { n: views.length })}</span>}
      {!vault.locked && pending.length > 1 && (
        <button type="button" className="danger" onClick={rejectAll}>
          {t('approve.rejectAll', { n: pending.length })}
        </button>
      )}
    </header>
  );
  if (!vault.initialised)
    return (
      <>
        {header}
        <CreateVault />
      </>
    );
  if (vault.locked) {
    const first = views?.[0];
    return (
      <>
        {header}
        {first && (
          <p className="muted" style={{ margin: '14px 14px 0' }}>
            {t('approve.unlock.body', { origin: first.origin })}
          </p>
        )}
        <Unlock />
      </>
    );
  }
  return (
    <>
      {header}
      <main>
        {current && accounts ? (
          <ArmedContext.Provider value={armed}>
            <p role="status" className="muted" ref={start} tabIndex={-1} data-request-start="">
              {t('approve.showing', { what: t(`approve.kind.${current.kind}`), origin: current.origin })}
            </p>
            <Request key={current.id} view={current} accounts={accounts} decide={decide} />
            {next && (
              <p className="muted">
                {t('approve.next', { what: t(`approve.kind.${next.kind}`), origin: next.origin })}
              </p>
            )}
          </ArmedContext.Provider>
        ) : (
          <>
            <p>{t('approve.none')}</p>
            <button type="button" onClick={() => window.close()}>
              {t('approve.closeWindow')}
            </button>
          </>
        )}
        <ErrorLine error={error} />
      </main>
    </>
  );
}
