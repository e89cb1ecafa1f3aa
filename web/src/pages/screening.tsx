// Screening: drop many resumes at once (upload progress), each file's flags, near-duplicate pairs side by side, interview red flags.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { upload } from '../api.js';
import { SeverityBadge } from '../components/badges.js';
import { fmtNumber, fmtPercent } from '../format.js';
import type { Bi } from '../types.js';
import { InterviewForm } from './screening-form.js';

interface Passage { text: string; a: [number, number]; b: [number, number]; words: number }
interface Result {
  files: { file: string; format: string; bytes: number; name: string | null; emails: string[]; alerts: { ruleId: string; severity: string; signals: string[]; summary: Bi }[]; text: string; meta: Record<string, unknown> }[];
  errors: { file: string; code: string; message: string }[];
  clusters: { id: string; score: number; members: string[]; edges: { a: string; b: string; kinds: string[]; textJaccard: number; passages: Passage[] }[] }[];
}

/** The text with the shared passages marked; offsets come from the server, so nothing is matched twice. */
function Highlighted({ text, spans }: { text: string; spans: [number, number][] }) {
  const out: ReactNode[] = [];
  let at = 0;
  for (const [s, e] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (s < at || s >= text.length) continue;
    out.push(text.slice(at, s), <mark key={s}>{text.slice(s, e)}</mark>);
    at = e;
  }
  out.push(text.slice(at));
  return <pre className="doc">{out}</pre>;
}

export function ScreeningPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const [progress, setProgress] = useState<number | null>(null);
  const [res, setRes] = useState<Result | null>(null);
  const [err, setErr] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const send = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setErr(null); setRes(null); setProgress(0);
    try { setRes(await upload<Result>('/api/screen/resumes', [...list], setProgress)); } catch (e) { setErr((e as Error).message); } finally { setProgress(null); }
  };
  const textOf = (f: string) => res?.files.find((x) => x.file === f)?.text ?? '';
  return (
    <>
      <h1>{t('screening.title')}</h1>
      <div className={`drop ${over ? 'over' : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); void send(e.dataTransfer.files); }}>
        <p>{t('screening.drop')}</p>
        <label className="button"><span>{t('screening.choose')}</span>
          <input type="file" multiple accept=".pdf,.docx,.txt,.doc,.rtf,.md" className="sr-only" data-testid="resume-input" onChange={(e) => void send(e.target.files)} /></label>
      </div>
      {progress !== null && <p aria-live="polite"><progress value={progress} max={1} /> {progress >= 1 ? t('screening.analysing') : fmtPercent(progress)}</p>}
      {err && <p role="alert" className="error">{err}</p>}
      {res && (
        <section aria-labelledby="rs" data-testid="screen-results"><h2 id="rs">{t('screening.results', { n: fmtNumber(res.files.length) })}</h2>
          <table><thead><tr><th scope="col">{t('screening.file')}</th><th scope="col">{t('screening.name')}</th><th scope="col">{t('screening.flags')}</th></tr></thead>
            <tbody>{res.files.map((f) => (
              <tr key={f.file}><td>{f.file}<div className="muted small">{f.format} · {fmtNumber(f.bytes)} B</div></td><td>{f.name ?? '—'}</td>
                <td>{f.alerts.length === 0 ? <span className="badge ok">{t('screening.noFlags')}</span> : <ul>{f.alerts.map((a, i) => <li key={i}><SeverityBadge severity={a.severity} /> <code>{a.signals.join(', ')}</code> {a.summary[lang]}</li>)}</ul>}</td></tr>
            ))}</tbody></table>
          {res.errors.length > 0 && <><h3>{t('screening.errors')}</h3><ul>{res.errors.map((e) => <li key={e.file}>{e.file}: {e.code}</li>)}</ul></>}
          <h2>{t('screening.duplicates')}</h2>
          {res.clusters.length === 0 ? <p>{t('screening.noDuplicates')}</p> : res.clusters.flatMap((c) => c.edges.map((e) => (
            <article key={`${c.id}${e.a}${e.b}`} className="sub"><h3>{e.a} ↔ {e.b} <span className="muted small">{t('screening.similarity', { p: fmtPercent(e.textJaccard) })}</span></h3>
              <div className="grid2"><Highlighted text={textOf(e.a)} spans={e.passages.map((p) => p.a)} /><Highlighted text={textOf(e.b)} spans={e.passages.map((p) => p.b)} /></div></article>
          )))}
        </section>
      )}
      <InterviewForm />
    </>
  );
}
