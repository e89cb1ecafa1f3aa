// New API token: a name and a role; the secret is answered once (only its hash is stored) and shown here with a copy button.
import { useTranslation } from 'react-i18next';
import { ROLES } from '../auth.js';
import { SecretOnce } from '../components/secret-once.js';
import { useCreateForm } from '../components/use-create-form.js';

export function TokenCreate({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const { created, error, submit } = useCreateForm<{ name: string; token: string }>('/api/tokens',
    (f) => ({ name: f.get('name'), role: f.get('role') }), onCreated);
  return (
    <section aria-labelledby="tc"><h2 id="tc">{t('tokens.create')}</h2>
      <form className="filters" onSubmit={submit} data-testid="token-create">
        <label><span>{t('tokens.name')}</span><input name="name" required maxLength={100} placeholder={t('tokens.nameHint')} autoComplete="off" data-testid="token-name" /></label>
        <label><span>{t('tokens.role')}</span>
          <select name="role" defaultValue="analyst" data-testid="token-role">{ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}</select></label>
        <button type="submit">{t('tokens.submit')}</button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {created && <SecretOnce label={t('tokens.secret')} value={created.token} testId="token-secret" note={t('tokens.created', { name: created.name })} />}
    </section>
  );
}
