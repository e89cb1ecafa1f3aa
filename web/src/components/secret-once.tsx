// A secret the server answers only once (a one-time password, an API token): shown with a copy button and a warning.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function SecretOnce({ label, value, note, testId }: { label: string; value: string; note: string; testId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () => { navigator.clipboard.writeText(value).then(() => setCopied(true), () => setCopied(false)); };
  return (
    <div className="secret" role="status">
      <p>{note}</p>
      <p className="secret-row">
        <span className="muted">{label}</span>
        <code data-testid={testId}>{value}</code>
        <button type="button" onClick={copy} data-testid={`${testId}-copy`}>{t('common.copy')}</button>
        {copied !== null && <span>{t(copied ? 'common.copied' : 'common.copyFailed')}</span>}
      </p>
    </div>
  );
}
