// Sign-in gate: the signed-in user (or the sign-in form), the one-time password change, and sign-out.
import { createContext, useCallback, useContext, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api.js';

export interface Me { username: string; role: string; via: string; mustChangePassword: boolean }
const MeContext = createContext<{ me: Me | null; logout: () => void }>({ me: null, logout: () => {} });
export const useMe = () => useContext(MeContext);

export const ROLES = ['admin', 'analyst', 'hr', 'legal', 'auditor', 'reporter'] as const;

/** What a role may do in the app, mirroring the server's policy (src/auth/policy.ts); the server still decides. */
const ABILITIES = {
  read: ['admin', 'analyst', 'hr', 'legal', 'auditor'],
  ingest: ['admin', 'analyst', 'hr'],
  casework: ['admin', 'analyst', 'hr', 'legal'],
  /** Accounts and API tokens. */
  admin: ['admin'],
  /** Reading and verifying the audit log. */
  audit: ['admin', 'auditor'],
} as const satisfies Record<string, readonly string[]>;
export type Ability = keyof typeof ABILITIES;
export const can = (role: string | undefined, what: Ability) => (ABILITIES[what] as readonly string[]).includes(role ?? '');

function LoginForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    api('/api/auth/login', { method: 'POST', json: { username: f.get('username'), password: f.get('password') } })
      .then(onDone).catch(() => setError(t('auth.failed')));
  };
  return (
    <form className="login" onSubmit={submit} data-testid="login-form">
      <h1>{t('auth.title')}</h1>
      <label>{t('auth.username')}<input name="username" autoComplete="username" required data-testid="login-username" /></label>
      <label>{t('auth.password')}<input name="password" type="password" autoComplete="current-password" required data-testid="login-password" /></label>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit">{t('auth.signIn')}</button>
      <p><a href="/api/auth/oidc/login">{t('auth.sso')}</a></p>
    </form>
  );
}

function PasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    api('/api/auth/password', { method: 'POST', json: { current: f.get('current'), password: f.get('password') } })
      .then(onDone).catch((err: Error) => setError(`${t('auth.changeFailed')} ${err.message}`));
  };
  return (
    <form className="login" onSubmit={submit}>
      <h1>{t('auth.changeTitle')}</h1>
      <p>{t('auth.changeHint')}</p>
      <label>{t('auth.current')}<input name="current" type="password" autoComplete="current-password" required /></label>
      <label>{t('auth.newPassword')}<input name="password" type="password" autoComplete="new-password" minLength={12} required /></label>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit">{t('auth.change')}</button>
    </form>
  );
}

export function AuthGate({ children, header }: { children: ReactNode; header: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ me: Me | null; checked: boolean }>({ me: null, checked: false });
  const load = useCallback(() => {
    api<Me>('/api/auth/me').then((me) => setState({ me, checked: true })).catch(() => setState({ me: null, checked: true }));
  }, []);
  useEffect(load, [load]);
  const logout = useCallback(() => { void api('/api/auth/logout', { method: 'POST' }).finally(() => setState({ me: null, checked: true })); }, []);
  if (!state.checked) return <p aria-live="polite">{t('common.loading')}</p>;
  const body = !state.me ? <LoginForm onDone={load} /> : state.me.mustChangePassword ? <PasswordForm onDone={load} /> : children;
  return <MeContext.Provider value={{ me: state.me, logout }}>{header}{state.me && !state.me.mustChangePassword ? body : <main id="main" tabIndex={-1}>{body}</main>}</MeContext.Provider>;
}

export function UserBadge() {
  const { t } = useTranslation();
  const { me, logout } = useMe();
  if (!me) return null;
  return (
    <span className="user" data-testid="user">
      <span>{me.username} · {t(`role.${me.role}`)}</span>
      <button type="button" onClick={logout} data-testid="logout">{t('auth.signOut')}</button>
    </span>
  );
}
