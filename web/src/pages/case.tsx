// One case: status and assignee, playbook checklist, notes, attachments (recorded with their hash), history, evidence export.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, upload, useApi } from '../api.js';
import { Loading } from '../components/badges.js';
import { fmtDate } from '../format.js';
import { href } from '../router.js';
import type { CaseRow } from '../types.js';
import { CASE_STATUSES } from './cases.js';

interface History { seq: number; at: string; actor: string; action: string; detail: Record<string, unknown> }
const PLAYBOOK = ['preserve', 'verifyIdentity', 'reviewAccess', 'checkDevice', 'checkPayroll', 'legal', 'decide'] as const;
const TICK = '[playbook] ';

export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useApi<CaseRow & { history: History[] }>(`/api/cases/${encodeURIComponent(id)}`);
  const [note, setNote] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  if (!data) return <Loading error={error} />;
  const notes = data.history.filter((h) => h.action === 'note').map((h) => String(h.detail.text ?? ''));
  const done = new Set(notes.filter((n) => n.startsWith(TICK)).map((n) => n.slice(TICK.length)));
  const act = async (f: () => Promise<unknown>) => { setMsg(null); try { await f(); reload(); } catch (e) { setMsg((e as Error).message); } };
  const subjectLink = data.subjectKind === 'employee' || data.subjectKind === 'candidate' ? href('person', `${data.subjectKind}:${data.subjectId}`) : data.subjectKind === 'cluster' ? href('clusters', data.subjectId) : null;
  return (
    <>
      <h1>{data.title}</h1>
      <p className="muted">{data.id} · {t(`kind.${data.subjectKind}`)} {subjectLink ? <a href={subjectLink}>{data.subjectId}</a> : data.subjectId} · {t('cases.created')} {fmtDate(data.createdAt, { time: true })}</p>
      {msg && <p role="alert" className="error">{msg}</p>}
      <div className="grid2">
        <section aria-labelledby="st"><h2 id="st">{t('cases.status')}</h2>
          <label><span>{t('cases.status')}</span>
            <select value={data.status} data-testid="case-status" onChange={(e) => { const status = e.target.value; void act(() => api(`/api/cases/${data.id}`, { method: 'PATCH', json: { status } })); }}>
              {CASE_STATUSES.map((s) => <option key={s} value={s}>{t(`caseStatus.${s}`)}</option>)}</select></label>
          <p><label className="check"><input type="checkbox" checked={data.legalHold} onChange={(e) => { const legalHold = e.target.checked; void act(() => api(`/api/cases/${data.id}`, { method: 'PATCH', json: { legalHold } })); }} /> {t('cases.legalHold')}</label></p>
          <p><a className="button" href={`/api/cases/${encodeURIComponent(data.id)}/export`} download>{t('cases.export')}</a></p>
        </section>
        <section aria-labelledby="pb"><h2 id="pb">{t('cases.playbook')}</h2>
          <ul className="plain">{PLAYBOOK.map((p) => (
            <li key={p}><label className="check"><input type="checkbox" checked={done.has(p)} disabled={done.has(p)} onChange={() => void act(() => api(`/api/cases/${data.id}/notes`, { method: 'POST', json: { text: `${TICK}${p}` } }))} /> {t(`playbook.${p}`)}</label></li>
          ))}</ul>
        </section>
      </div>
      <section aria-labelledby="nt"><h2 id="nt">{t('cases.notes')}</h2>
        <form onSubmit={(e) => { e.preventDefault(); const text = note; void act(async () => { await api(`/api/cases/${data.id}/notes`, { method: 'POST', json: { text } }); setNote(''); }); }}>
          <label className="block"><span>{t('cases.addNote')}</span><textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} data-testid="case-note" /></label>
          <button type="submit" disabled={!note.trim()}>{t('cases.saveNote')}</button>
        </form>
        <label className="block"><span>{t('cases.attach')}</span><input type="file" multiple onChange={(e) => { const f = e.target.files; if (f?.length) void act(() => upload(`/api/cases/${data.id}/attachments`, [...f], () => {})); }} /></label>
      </section>
      <section aria-labelledby="hi"><h2 id="hi">{t('cases.history')}</h2>
        <ol className="history" data-testid="case-history">{[...data.history].reverse().map((h) => (
          <li key={h.seq}><time>{fmtDate(h.at, { time: true })}</time> <strong>{t(`caseAction.${h.action}`)}</strong> {h.actor}
            {h.action === 'note' ? <div className="note">{String(h.detail.text ?? '')}</div>
              : h.action === 'status_changed' ? <span> — {t(`caseStatus.${String(h.detail.from)}`)} → {t(`caseStatus.${String(h.detail.to)}`)}</span>
                : h.action === 'created' ? <span> — {String(h.detail.title ?? '')}</span> : <span> — {String(h.detail.from ?? '—')} → {String(h.detail.to ?? '—')}</span>}</li>
        ))}</ol>
      </section>
    </>
  );
}
