import { useI18n } from '../../i18n/index.tsx';

export type Start = 'create' | 'import' | 'btcli';

/**
 * The first screen (and the home while there is no account): create a wallet, or bring the one you have. Once the
 * wallet exists, Networks is offered too, so a person can choose their chain before the first account.
 */
export function Welcome({ onChoose, onNetworks }: { onChoose: (start: Start) => void; onNetworks?: () => void }) {
  const { t } = useI18n();
  return (
    <main>
      <h2>{t('home.welcome')}</h2>
      <p className="muted">{t('app.tagline')}</p>
      <nav className="stack" aria-label={t('onboarding.start')}>
        <button type="button" className="primary" onClick={() => onChoose('create')}>
          {t('onboarding.create')}
        </button>
        <button type="button" onClick={() => onChoose('import')}>
          {t('onboarding.import')}
        </button>
        <p className="muted" style={{ margin: 0 }}>
          {t('onboarding.importKinds')}
        </p>
        <button type="button" onClick={() => onChoose('btcli')}>
          {t('onboarding.btcli')}
        </button>
      </nav>
      {onNetworks && (
        <button type="button" onClick={onNetworks}>
          {t('nav.networks')}
        </button>
      )}
    </main>
  );
}

/** Where each choice leads once the wallet has its password. */
export function startRoute(start: Start): string {
  return start === 'create' ? '/create' : start === 'btcli' ? '/import/btcli' : '/import';
}

export function asStart(value: string | undefined): Start | null {
  return value === 'create' || value === 'import' || value === 'btcli' ? value : null;
}
