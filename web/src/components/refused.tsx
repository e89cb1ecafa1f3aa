// Shown instead of a page the signed-in role may not open (the server refuses its API calls anyway).
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth.js';

export function Refused() {
  const { t } = useTranslation();
  const { me } = useMe();
  return (
    <>
      <h1>{t('common.refusedTitle')}</h1>
      <p role="alert" className="error" data-testid="refused">{t('common.refused', { role: t(`role.${me?.role ?? 'reporter'}`) })}</p>
    </>
  );
}
