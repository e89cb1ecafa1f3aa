// New account: username and role; the server draws the one-time password, shown here once.
import { useTranslation } from 'react-i18next';
import { ROLES } from '../auth.js';
import { SecretOnce } from '../components/secret-once.js';
import { useCreateForm } from '../components/use-create-form.js';

export function UserCreate({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const { created, error, submit } = useCreateForm<{ username: string; password: string }>('/api/users',
    (f) => ({ username: f.get('username'), role: f.get('role') }), onCreated);
  return (
    <section aria-labelledby="uc"><h2 id="uc">{t('users.create')}</h2>
      <form className="filters" onSubmit={submit} data-testid="user-create">
        <label><span>{t('users.username')}</span>
          <input name="username" required maxLength={100} pattern="[A-Za-z0-9._@\-]+" title={t('users.usernameHint')} autoComplete="off" data-testid="user-username" /></label>
        <label><span>{t('users.role')}</span>
          <select name="role" defaultValue="analyst" data-testid="user-role">{ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}</select></label>
        <button type="submit">{t('users.submit')}</button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {created && <SecretOnce label={t('users.oneTime')} value={created.password} testId="one-time-password"
        note={t('users.created', { username: created.username })} />}
    </section>
  );
}
