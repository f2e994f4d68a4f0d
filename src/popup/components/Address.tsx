import { useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { Icon } from './Icon.tsx';
import { Identicon } from './Identicon.tsx';

export function shortAddress(address: string): string {
  return address.length > 12 ? `${address.slice(0, 5)}…${address.slice(-4)}` : address;
}

/** Identicon + shortened address (full on hover) + copy button. */
export function Address({ address, name }: { address: string; name?: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard.writeText(address).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => undefined,
    );
  return (
    <span className="row" style={{ minWidth: 0 }}>
      <Identicon address={address} />
      <span className="stack" style={{ gap: 0, minWidth: 0, flex: 1 }}>
        {name && <strong style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{name}</strong>}
        {/* Not focusable and not read out at 48 characters: the short form is its name; the full one is on hover
            and in the copy button. */}
        <code title={address} className="muted">
          {shortAddress(address)}
        </code>
      </span>
      <button
        type="button"
        className="icon"
        aria-label={copied ? t('address.copied') : t('address.copy', { name: name ?? shortAddress(address) })}
        onClick={copy}
      >
        <Icon name={copied ? 'check' : 'copy'} />
      </button>
    </span>
  );
}
