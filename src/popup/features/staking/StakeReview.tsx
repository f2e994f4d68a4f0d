import { useEffect, useState } from 'react';
import type { StakePreview } from '../../../protocol/domains/staking-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useStepFocus } from '../../state/use-step-focus.ts';
import { Summary, Warnings } from '../approve/Summary.tsx';
import { bpsPercent, cost, full, ppmPercent } from './format.ts';
import { guaranteedOut, headline, willBeRefused } from './headline.ts';
import { Legs } from './Legs.tsx';
import { perDay } from './per-day.ts';

/** What the review knows besides the preview: the validator's projected daily rate (from the directory). */
export interface ReviewInfo {
  dailyRate?: string | null;
}

/**
 * The one review screen of every staking flow: a plain sentence with names, what you get and what it earns a
 * day, warnings; the swaps, fees, limits and calls behind "Details"; Approve / Reject. Approve is off when the
 * simulation says the chain will refuse the trade, unless the person explicitly asks to send it anyway.
 */
export function StakeReview({
  preview,
  network,
  busy,
  info,
  onApprove,
  onReject,
}: {
  preview: StakePreview;
  network: string;
  busy: boolean;
  info?: ReviewInfo;
  onApprove: () => void;
  onReject: () => void;
}) {
  const { t, locale } = useI18n();
  const focus = useStepFocus<HTMLDivElement>();
  const [override, setOverride] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !busy) onReject();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [busy, onReject]);

  const refused = willBeRefused(preview);
  const head = headline(t, preview.summary);
  const first = preview.legs[0];
  const rows: Array<[string, string]> = [[t('staking.txFee'), cost(preview.txFee, locale)]];
  if (preview.shield?.on) rows.push([t('shield.fee'), cost(preview.shield.wrapperFee, locale)]);
  if (preview.legs.some((l) => l.netuid !== 0))
    rows.push(
      [t('staking.tolerance'), bpsPercent(preview.slippageBps)],
      [t('staking.partial'), t(preview.allowPartial ? 'staking.yes' : 'staking.no')],
    );
  if (preview.legs.some((l) => l.direction === 'buy'))
    rows.push([t('staking.minStake'), full(preview.minStake, 'τ', locale)]);
  if (preview.positionBefore !== undefined && preview.positionAfter !== undefined) {
    const sym = first?.netuid === 0 ? 'τ' : (first?.symbol ?? 'α');
    rows.push([
      t('staking.position'),
      `${full(preview.positionBefore, sym, locale)} → ${full(preview.positionAfter, sym, locale)}`,
    ]);
  }
  if (preview.deposit) rows.push([t('staking.deposit'), full(preview.deposit, 'τ', locale)]);
  rows.push(
    [t('staking.signer'), shortAddress(preview.signer)],
    [t('staking.network'), network],
    [t('staking.calls'), preview.calls.join(', ')],
  );

  // What the person gets: one leg's output (root is TAO 1:1, no swap), and what a stake earns a day.
  let get: string | null = null;
  let daily: string | null = null;
  if (preview.legs.length === 1 && first) {
    const outSym = first.direction === 'buy' ? (first.netuid === 0 ? 'τ' : first.symbol) : 'τ';
    const min = first.netuid === 0 ? null : guaranteedOut(preview, first);
    get =
      first.netuid === 0 && first.direction === 'buy'
        ? t('staking.get.root', { amount: full(first.out, 'τ', locale) })
        : min
          ? t('staking.get.atLeast', { amount: full(first.out, outSym, locale), min: full(min, outSym, locale) })
          : t('staking.get', { amount: full(first.out, outSym, locale) });
    const earn = first.direction === 'buy' ? perDay(BigInt(first.out), info?.dailyRate) : null;
    if (earn !== null) daily = t('staking.perDay', { amount: full(earn.toString(), outSym, locale) });
  }
  const isDanger = (w: string): boolean =>
    w === 'transfer-stake' || w === 'exceeds-tolerance' || w === 'root-owed-lost';
  // Root dividends an exit out of root would lose: those claimed first, and those lost anyway.
  const owedList = (lost: boolean) =>
    (preview.rootOwed?.subnets ?? [])
      .filter((x) => x.lost === lost)
      .map((x) => `${full(x.alpha, x.symbol, locale)} (${t('staking.subnetN', { netuid: x.netuid })})`)
      .join(', ');
  const claimedFirst = preview.rootOwed?.claimed ?? false;
  const cap = preview.moveCap;
  const allowed = cap?.allowedSlippagePpm ? ppmPercent(cap.allowedSlippagePpm) : t('staking.chainRefuses');
  const params = { owed: owedList(!claimedFirst), allowed, minimum: full(preview.minStake, 'τ', locale) };
  if (cap) rows.push([t('staking.chainAllows'), allowed]);
  const skipped = claimedFirst ? owedList(true) : '';
  return (
    <section className="stack" aria-label={t('staking.reviewTitle')}>
      <div data-testid="review-sentence" ref={focus} tabIndex={-1} className="stack" style={{ gap: 4 }}>
        {head ? <h2 style={{ fontSize: 16 }}>{head}</h2> : <Summary summary={preview.summary} />}
      </div>
      {get && (
        <p className="num-text" data-testid="review-get" style={{ margin: 0 }}>
          {get}
        </p>
      )}
      {daily && (
        <p className="muted num-text" data-testid="review-per-day" style={{ margin: 0 }}>
          {daily}
        </p>
      )}
      {preview.warnings.map((w) => (
        <p
          key={w}
          role={isDanger(w) ? 'alert' : 'note'}
          className={isDanger(w) ? 'error' : 'warning'}
          style={{ margin: 0 }}
        >
          {t(`staking.warn.${w}`, params)}
        </p>
      ))}
      {preview.shield && (
        <p
          role="note"
          data-testid="review-shield"
          data-shielded={preview.shield.on ? 'yes' : 'no'}
          className={preview.shield.on ? 'muted' : 'warning'}
          style={{ margin: 0 }}
        >
          {preview.shield.on ? t('shield.on') : t(`shield.off.${preview.shield.reason}`)}
        </p>
      )}
      {skipped ? (
        <p role="note" className="warning" style={{ margin: 0 }}>
          {t('staking.rootOwedSkipped', { owed: skipped })}
        </p>
      ) : null}
      {/* The summary's own warnings, less those the lines above already say in staking words. */}
      <Warnings
        warnings={preview.summary.warnings.filter(
          (w) =>
            w !== 'allow-partial' &&
            w !== 'transfer-stake' &&
            !(w === 'unlimited-price' && preview.warnings.includes('unprotected-move')),
        )}
      />
      <details className="card" data-testid="review-details">
        <summary>{t('staking.details')}</summary>
        <div className="stack" style={{ marginTop: 8 }}>
          {head && <Summary summary={preview.summary} level={1} />}
          <Legs
            legs={preview.legs}
            ratio={preview.calls.includes('subtensorModule.swapStakeLimit')}
            minimumOf={(leg) => guaranteedOut(preview, leg)}
          />
          <dl className="stack" style={{ margin: 0, gap: 2, fontSize: 13 }}>
            {rows.map(([k, v]) => (
              <div key={k} className="row" style={{ justifyContent: 'space-between', flexWrap: 'wrap' }}>
                <dt className="muted">{k}</dt>
                <dd className="num-text" style={{ margin: 0, textAlign: 'right' }}>
                  {v}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </details>
      {refused && (
        <label className="row" style={{ flexDirection: 'row', fontWeight: 400 }}>
          <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} />
          {t('staking.override')}
        </label>
      )}
      <div className="row">
        <button type="button" style={{ flex: 1 }} onClick={onReject} disabled={busy}>
          {t('staking.reject')}
        </button>
        <button
          type="button"
          className="primary"
          style={{ flex: 2 }}
          onClick={onApprove}
          disabled={busy || (refused && !override)}
        >
          {busy ? t('common.working') : t('staking.approve')}
        </button>
      </div>
    </section>
  );
}
