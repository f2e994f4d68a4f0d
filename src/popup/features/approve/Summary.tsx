import type { CallSummary } from '../../../core/calls/types.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { en } from '../../i18n/en.ts';

function keyOf(k: string, fallback: MessageKey): MessageKey {
  return k in en ? (k as MessageKey) : fallback;
}

/** The sentence's values, a subnet named beside its number where the chain gave its name ("1 (Apex)"; root as is). */
function withNames(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const name = /netuid$/i.test(k) && v !== '0' ? params[`${k}Name`] : undefined;
    out[k] = name ? `${v} (${name})` : v;
  }
  return out;
}

/** A decoded call in one sentence, its inner calls (batch, proxy) below it. */
export function Summary({ summary, level = 0 }: { summary: CallSummary; level?: number }) {
  const { t } = useI18n();
  const sentence = t(keyOf(summary.i18nKey, 'call.unknown'), withNames(summary.params));
  return (
    <div className="stack" style={{ gap: 4, marginLeft: level ? 12 : 0 }}>
      {level === 0 ? <h2 style={{ fontSize: 16 }}>{sentence}</h2> : <p style={{ margin: 0 }}>• {sentence}</p>}
      {summary.children && summary.children.length > 0 && (
        <div className="stack" style={{ gap: 4 }} aria-label={t('approve.steps')}>
          {summary.children.map((c, i) => (
            <Summary key={i} summary={c} level={level + 1} />
          ))}
        </div>
      )}
    </div>
  );
}

export function Warnings({ warnings }: { warnings: readonly string[] }) {
  const { t } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <ul className="warning stack" style={{ margin: 0, paddingLeft: 18, gap: 2 }}>
      {warnings.map((w) => (
        <li key={w}>{t(keyOf(`warning.${w}`, 'warning.unknown-call'))}</li>
      ))}
    </ul>
  );
}
