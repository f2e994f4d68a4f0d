import { useRef, useState, type ReactNode } from 'react';
import type { StakePreview, StakeRequest } from '../../../protocol/domains/staking-values.ts';
import { api } from '../../api/client.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { navigate } from '../../state/route.ts';
import { useRun } from '../../state/use-run.ts';
import { useStepFocus } from '../../state/use-step-focus.ts';
import { useSubscription } from '../../state/use-subscription.ts';
import { StakeReview, type ReviewInfo } from './StakeReview.tsx';
import { StakeStatus } from './StakeStatus.tsx';

export interface StakeFlow {
  busy: boolean;
  error: unknown;
  review: (req: StakeRequest, info?: ReviewInfo) => void;
}

/**
 * Every staking flow: the form asks for a preview (the background builds the call and simulates it), the
 * review screen shows it, Approve signs and submits the very same request, and the status follows it.
 */
export function StakeFlowScreens({ children }: { children: (flow: StakeFlow) => ReactNode }) {
  const networks = useSubscription('pri(networks.subscribe)');
  const [preview, setPreview] = useState<StakePreview | null>(null);
  const [sentId, setSentId] = useState<string | null>(null);
  const { busy, error, run } = useRun();
  const request = useRef<StakeRequest | null>(null);
  const [info, setInfo] = useState<ReviewInfo | undefined>(undefined);
  const network = networks?.networks.find((n) => n.id === networks.selected)?.name ?? '';

  const review = (req: StakeRequest, about?: ReviewInfo) => {
    request.current = req;
    setInfo(about);
    void run(async () => setPreview(await api.send('pri(staking.prepare)', req)));
  };
  // Approve sends the very request that was reviewed, with the limits shown on the review screen.
  const approve = () => {
    const req = request.current;
    if (req && preview)
      void run(async () =>
        setSentId(
          (await api.send('pri(staking.send)', { ...req, limits: preview.legs.map((l) => l.limitPrice ?? null) })).id,
        ),
      );
  };

  if (sentId)
    return (
      <main>
        <StakeStatus id={sentId} onDone={() => navigate('/')} />
      </main>
    );
  if (preview)
    return (
      <main>
        <StakeReview
          preview={preview}
          network={network}
          busy={busy}
          info={info}
          onApprove={approve}
          onReject={() => setPreview(null)}
        />
        <ErrorLine error={error} />
      </main>
    );
  return (
    <main>
      <FormStep>{children({ busy, error, review })}</FormStep>
      <ErrorLine error={error} />
    </main>
  );
}

/** The form step: back from the review, it is at its top again with focus in it (not on <body>). */
function FormStep({ children }: { children: ReactNode }) {
  const focus = useStepFocus<HTMLDivElement>();
  return (
    <div ref={focus} tabIndex={-1} className="stack" style={{ outline: 'none' }}>
      {children}
    </div>
  );
}
