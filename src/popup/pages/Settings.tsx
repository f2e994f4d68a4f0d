import { useState } from 'react';
import { LANGUAGES, THEMES, type Settings as SettingsT } from '../../protocol/domains/settings-values.ts';
import { api } from '../api/client.ts';
import { Footer } from '../components/Footer.tsx';
import { Header } from '../components/Header.tsx';
import { ConnectedSites } from '../features/sites/ConnectedSites.tsx';
import { ChangePassword } from '../features/vault/ChangePassword.tsx';
import { errorText, useI18n } from '../i18n/index.tsx';

export function Settings({ settings, unlocked }: { settings: SettingsT; unlocked: boolean }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [autoLock, setAutoLock] = useState(String(settings.autoLockMinutes));
  const [slippage, setSlippage] = useState((settings.slippageBps / 100).toString());

  const update = (patch: Partial<SettingsT>) =>
    api.send('pri(settings.update)', patch).then(
      () => setStatus({ ok: true, text: t('settings.saved') }),
      (e: unknown) => setStatus({ ok: false, text: errorText(t, e) }),
    );

  const saveNumbers = () => {
    const minutes = Number(autoLock);
    const bps = Math.round(Number(slippage) * 100);
    void update({ autoLockMinutes: minutes, slippageBps: bps });
  };

  return (
    <>
      <Header title={t('settings.title')} back="/" canLock={unlocked} />
      <main>
        <label>
          {t('settings.language')}
          <select
            value={settings.language}
            onChange={(e) => void update({ language: e.target.value as SettingsT['language'] })}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'auto' ? t('settings.language.auto') : l === 'en' ? 'English' : '简体中文'}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.theme')}
          <select value={settings.theme} onChange={(e) => void update({ theme: e.target.value as SettingsT['theme'] })}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`settings.theme.${th}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.autoLock')}
          <input
            type="number"
            min={1}
            max={1440}
            inputMode="numeric"
            value={autoLock}
            onChange={(e) => setAutoLock(e.target.value)}
          />
        </label>
        <label>
          {t('settings.slippage')}
          <input
            type="number"
            min={0.01}
            max={50}
            step={0.1}
            inputMode="decimal"
            value={slippage}
            onChange={(e) => setSlippage(e.target.value)}
          />
        </label>
        <label className="row" style={{ flexDirection: 'row', fontWeight: 400 }}>
          <input
            type="checkbox"
            checked={settings.shieldStaking !== false}
            onChange={(e) => void update({ shieldStaking: e.target.checked })}
          />
          {t('settings.shieldStaking')}
        </label>
        <button type="button" className="primary" onClick={saveNumbers}>
          {t('common.save')}
        </button>
        {unlocked && <ConnectedSites />}
        {unlocked && <ChangePassword />}
        {status && (
          <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'muted' : 'error'}>
            {status.text}
          </p>
        )}
      </main>
      <Footer always />
    </>
  );
}
