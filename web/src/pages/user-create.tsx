// New account: username and role; the server draws the one-time password, shown here once.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { ROLES } from '../auth.js';
import { SecretOnce } from '../components/secret-once.js';

export function UserCreate({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    setError(null);
    setCreated(null);
    api<{ username: string; password: string }>('/api/users', { method: 'POST', json: { username: f.get('username'), role: f.get('role') } })
      .then((r) => { setCreated(r); form.reset(); onCreated(); })
      .catch((err: Error) => setError(err.message));
  };
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
