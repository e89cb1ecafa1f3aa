// Filters of the audit log: action (one, or a family such as `token`), actor, and a time range in UTC.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface AuditFilter { action: string; actor: string; from: string; to: string }
export const NO_FILTER: AuditFilter = { action: '', actor: '', from: '', to: '' };

/** Suggestions only: the server matches any action name, and a family name matches all its actions. */
const ACTIONS = ['auth', 'auth.login', 'auth.login_failed', 'auth.logout', 'auth.password_change', 'user', 'user.create', 'user.disable', 'user.enable',
  'role.change', 'token', 'token.create', 'token.revoke', 'person.read', 'case', 'export', 'keys'];

/** `datetime-local` has no zone; the app shows UTC everywhere, so the picked time is read as UTC. */
const utc = (local: string) => (local ? new Date(`${local}Z`).toISOString() : '');

/** Query-string pairs for the API. */
export function filterParams(f: AuditFilter): Record<string, string> {
  const out: Record<string, string> = { action: f.action.trim(), actor: f.actor.trim(), from: utc(f.from), to: utc(f.to) };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v));
}

export function AuditFilters({ onApply }: { onApply: (f: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState<AuditFilter>(NO_FILTER);
  const set = (k: keyof AuditFilter) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = (e: FormEvent) => { e.preventDefault(); onApply(f); };
  return (
    <form className="filters" role="search" onSubmit={submit} data-testid="audit-filters">
      <label><span>{t('audit.action')}</span><input value={f.action} onChange={set('action')} list="audit-actions" placeholder={t('audit.actionHint')} data-testid="filter-action" /></label>
      <datalist id="audit-actions">{ACTIONS.map((a) => <option key={a} value={a} />)}</datalist>
      <label><span>{t('audit.actor')}</span><input value={f.actor} onChange={set('actor')} placeholder={t('audit.actorHint')} data-testid="filter-actor" /></label>
      <label><span>{t('audit.from')}</span><input type="datetime-local" value={f.from} onChange={set('from')} data-testid="filter-from" /></label>
      <label><span>{t('audit.to')}</span><input type="datetime-local" value={f.to} onChange={set('to')} data-testid="filter-to" /></label>
      <button type="submit" data-testid="filter-apply">{t('audit.apply')}</button>
      <button type="button" className="secondary" onClick={() => { setF(NO_FILTER); onApply(NO_FILTER); }}>{t('audit.clear')}</button>
    </form>
  );
}
