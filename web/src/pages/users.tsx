// Accounts: who can sign in with which role; change a role, disable or enable an account (sessions end on disable).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, useApi } from '../api.js';
import { ROLES, useMe } from '../auth.js';
import { Loading } from '../components/badges.js';
import { fmtDate } from '../format.js';
import type { UserRow } from '../types.js';
import { UserCreate } from './user-create.js';

function UserStatus({ u }: { u: UserRow }) {
  const { t } = useTranslation();
  const locked = u.lockedUntil && Date.parse(u.lockedUntil) > Date.now();
  return (
    <>
      <span className={`badge ${u.disabled ? 'stale' : 'ok'}`}>{t(u.disabled ? 'users.disabled' : 'users.active')}</span>
      {u.mustChangePassword && <div className="muted small">{t('users.mustChange')}</div>}
      {locked && <div className="muted small">{t('users.locked', { date: fmtDate(u.lockedUntil, { time: true }) })}</div>}
    </>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { data, error, reload } = useApi<{ items: UserRow[] }>('/api/users');
  const [msg, setMsg] = useState<string | null>(null);
  const patch = (username: string, body: { role?: string; disabled?: boolean }) => {
    setMsg(null);
    api(`/api/users/${encodeURIComponent(username)}`, { method: 'PATCH', json: body }).then(reload, (e: Error) => setMsg(e.message));
  };
  return (
    <>
      <h1>{t('users.title')}</h1>
      <p>{t('users.intro')}</p>
      <UserCreate onCreated={reload} />
      <section aria-labelledby="ul"><h2 id="ul">{t('users.list')}</h2>
        {msg && <p role="alert" className="error">{msg}</p>}
        {!data ? <Loading error={error} /> : (
          <table data-testid="users-table">
            <thead><tr><th scope="col">{t('users.username')}</th><th scope="col">{t('users.role')}</th><th scope="col">{t('users.origin')}</th>
              <th scope="col">{t('users.status')}</th><th scope="col">{t('users.lastLogin')}</th><th scope="col">{t('users.actions')}</th></tr></thead>
            <tbody>{data.items.map((u) => {
              // Your own role and account are left alone here: one click must not lock the only admin out.
              const self = u.username === me?.username;
              return (
                <tr key={u.username} data-user={u.username}>
                  <td>{u.username}{self && <span className="muted"> {t('users.you')}</span>}</td>
                  <td><select aria-label={t('users.roleOf', { username: u.username })} value={u.role} disabled={self} data-testid="role-select"
                    onChange={(e) => patch(u.username, { role: e.target.value })}>{ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}</select></td>
                  <td>{t(`users.via.${u.origin}`)}</td>
                  <td><UserStatus u={u} /></td>
                  <td>{u.lastLoginAt ? fmtDate(u.lastLoginAt, { time: true }) : t('users.never')}</td>
                  <td>{!self && <button type="button" className={u.disabled ? undefined : 'danger'} data-testid="toggle-disabled"
                    onClick={() => patch(u.username, { disabled: !u.disabled })}>{t(u.disabled ? 'users.enable' : 'users.disable')}</button>}</td>
                </tr>
              );
            })}</tbody>
          </table>
        )}
      </section>
    </>
  );
}
