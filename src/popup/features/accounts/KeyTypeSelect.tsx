import type { KeyType } from '../../../protocol/domains/accounts-values.ts';
import { useI18n } from '../../i18n/index.tsx';

/** sr25519 (the default) or ed25519, for a new or imported key. */
export function KeyTypeSelect({ value, onChange }: { value: KeyType; onChange: (type: KeyType) => void }) {
  const { t } = useI18n();
  return (
    <label>
      {t('accounts.keyType')}
      <select value={value} onChange={(e) => onChange(e.target.value as KeyType)}>
        <option value="sr25519">sr25519</option>
        <option value="ed25519">ed25519</option>
      </select>
    </label>
  );
}
