import type { TransferPreview } from '../../../protocol/domains/chain-values.ts';
import { shortAddress } from '../../components/Address.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { tao, taoCost } from '../portfolio/amounts.ts';

/** One sentence, then every detail in full precision, then Confirm / Edit. */
export function Review({
  preview,
  network,
  names,
  busy,
  onConfirm,
  onEdit,
}: {
  preview: TransferPreview;
  network: string;
  /** The wallet's names for the two addresses (own accounts, contacts), where it has them. */
  names: { from?: string | undefined; to?: string | undefined };
  busy: boolean;
  onConfirm: () => void;
  onEdit: () => void;
}) {
  const { t, locale } = useI18n();
  const rows: Array<[string, string]> = [
    [t('send.amountLabel'), tao(preview.amount, locale, true)],
    [t('send.fee'), taoCost(preview.fee, locale, true)],
    [t('send.totalCost'), taoCost(preview.total, locale, true)],
    [t('send.remaining'), tao(preview.remaining, locale, true)],
    [t('send.to'), names.to ? `${names.to} · ${preview.to}` : preview.to],
    [t('send.network'), network],
    [t('send.call'), `Balances.${preview.call}`],
  ];
  return (
    <section className="stack" aria-label={t('send.reviewTitle')}>
      <h2>{t('send.reviewTitle')}</h2>
      <p data-testid="review-sentence">
        {t('send.sentence', {
          amount: tao(preview.amount, locale, true),
          from: names.from ?? shortAddress(preview.from),
          to: names.to ?? shortAddress(preview.to),
          network,
        })}
      </p>
      {preview.warnings.map((w) => (
        <p key={w} role="alert" className="warning">
          {t(`send.warn.${w}`)}
        </p>
      ))}
      <dl className="card stack" style={{ margin: 0 }}>
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt className="muted">{k}</dt>
            <dd style={{ margin: 0, wordBreak: 'break-all' }} data-testid={`review-${k}`}>
              {v}
            </dd>
          </div>
        ))}
      </dl>
      <div className="row">
        <button type="button" style={{ flex: 1 }} onClick={onEdit} disabled={busy}>
          {t('send.edit')}
        </button>
        <button type="button" className="primary" style={{ flex: 2 }} onClick={onConfirm} disabled={busy}>
          {busy ? t('common.working') : t('send.confirm')}
        </button>
      </div>
    </section>
  );
}
