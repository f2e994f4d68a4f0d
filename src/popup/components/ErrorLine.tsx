import { errorText, useI18n } from '../i18n/index.tsx';

/** An error as a sentence in the person's language, announced to screen readers. */
export function ErrorLine({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error === null || error === undefined) return null;
  return (
    <p role="alert" className="error">
      {typeof error === 'string' ? error : errorText(t, error)}
    </p>
  );
}
