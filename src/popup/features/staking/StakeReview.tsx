import type { StakePreview } from '../../../protocol/domains/staking-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { Summary, Warnings } from '../approve/Summary.tsx';
import { bpsPercent, cost, full, ppmPercent } from './format.ts';
import { Legs } from './Legs.tsx';

/** The one review screen of every staking flow: a sentence, warnings, each swap, fees and limits, then Approve / Reject. */
export function StakeReview({
  preview,
  network,
  busy,
  onApprove,
  onReject,
}: {
  preview: StakePreview;
  network: string;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
}) {
  const { t, locale } = useI18n();
  const rows: Array<[string, string]> = [[t('staking.txFee'), cost(preview.txFee, locale)]];
  if (preview.legs.length)
    rows.push(
      [t('staking.tolerance'), bpsPercent(preview.slippageBps)],
      [t('staking.partial'), t(preview.allowPartial ? 'staking.yes' : 'staking.no')],
    );
  if (preview.legs.some((l) => l.direction === 'buy'))
    rows.push([t('staking.minStake'), full(preview.minStake, 'τ', locale)]);
  if (preview.positionBefore !== undefined && preview.positionAfter !== undefined) {
    const sym = preview.legs[0]?.symbol ?? 'α';
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
  const params = { owed: owedList(!claimedFirst), allowed };
  if (cap) rows.push([t('staking.chainAllows'), allowed]);
  const skipped = claimedFirst ? owedList(true) : '';
  return (
    <section className="stack" aria-label={t('staking.reviewTitle')}>
      <div data-testid="review-sentence">
        <Summary summary={preview.summary} />
      </div>
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
      <Legs legs={preview.legs} ratio={preview.calls.includes('subtensorModule.swapStakeLimit')} />
      <dl className="card stack" style={{ margin: 0, gap: 2, fontSize: 13 }}>
        {rows.map(([k, v]) => (
          <div key={k} className="row" style={{ justifyContent: 'space-between' }}>
            <dt className="muted">{k}</dt>
            <dd style={{ margin: 0, textAlign: 'right', wordBreak: 'break-all' }}>{v}</dd>
          </div>
        ))}
      </dl>
      <div className="row">
        <button type="button" style={{ flex: 1 }} onClick={onReject} disabled={busy}>
          {t('staking.reject')}
        </button>
        <button type="button" className="primary" style={{ flex: 2 }} onClick={onApprove} disabled={busy}>
          {busy ? t('common.working') : t('staking.approve')}
        </button>
      </div>
    </section>
  );
}
