// Applicability check (R6): questions pre-answered from the data, priority and deadline, actions, and notices to administrators (ja/en).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, useApi } from '../api.js';
import { Loading } from '../components/badges.js';
import { fmtDate, fmtNumber } from '../format.js';

type Answer = 'yes' | 'no' | 'unknown';
interface Question { id: string; answer: Answer; evidence: Record<string, number>; confirmedByAlerts: boolean }
interface Notice { subject: string; body: string }
interface Assessment { priority: 'high' | 'medium' | 'low'; deadline: string; applies: boolean; actions: string[]; matched: string[]; notices: { ja: Notice; en: Notice } }

/** RFC 5322 message built in the browser: UTF-8 subject as an encoded word, base64 body. */
export function emlOf(n: Notice): string {
  const b64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s)));
  return [`Subject: =?UTF-8?B?${b64(n.subject)}?=`, `Date: ${new Date().toUTCString()}`, 'MIME-Version: 1.0', 'X-Unsent: 1',
    'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', (b64(n.body).match(/.{1,76}/g) ?? []).join('\r\n'), ''].join('\r\n');
}

function download(name: string, text: string, type: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function ApplicabilityPage() {
  const { t } = useTranslation();
  const { data, error } = useApi<{ questions: Question[] }>('/api/applicability');
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [org, setOrg] = useState('');
  const [res, setRes] = useState<Assessment | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => { if (data) setAnswers(Object.fromEntries(data.questions.map((q) => [q.id, q.answer]))); }, [data]);
  if (!data) return <Loading error={error} />;
  const run = async () => setRes(await api<Assessment>('/api/applicability/assess', { method: 'POST', json: { answers, organisation: org } }));
  const copy = async (lang: 'ja' | 'en') => {
    const n = res!.notices[lang];
    await navigator.clipboard?.writeText(`${n.subject}\n\n${n.body}`).catch(() => {});
    setCopied(lang);
  };
  return (
    <>
      <h1>{t('applicability.title')}</h1>
      <p>{t('applicability.intro')}</p>
      <form onSubmit={(e) => { e.preventDefault(); void run(); }}>
        <label className="block"><span>{t('applicability.organisation')}</span><input value={org} onChange={(e) => setOrg(e.target.value)} /></label>
        {data.questions.map((q) => (
          <fieldset key={q.id} className="question">
            <legend>{t(`applicability.q.${q.id}`)}</legend>
            <p className="muted small">{t('applicability.fromData', { answer: t(`answer.${q.answer}`) })} — {Object.entries(q.evidence).map(([k, v]) => `${t(`applicability.ev.${k}`)}: ${fmtNumber(v)}`).join(' · ')}
              {q.confirmedByAlerts ? ` · ${t('applicability.confirmed')}` : ''}</p>
            {(['yes', 'no', 'unknown'] as const).map((a) => (
              <label key={a} className="radio"><input type="radio" name={q.id} value={a} checked={answers[q.id] === a} onChange={() => setAnswers({ ...answers, [q.id]: a })} /> {t(`answer.${a}`)}</label>
            ))}
          </fieldset>
        ))}
        <button type="submit" data-testid="assess">{t('applicability.assess')}</button>
      </form>
      {res && (
        <section aria-labelledby="rs" data-testid="assessment"><h2 id="rs">{t('applicability.result')}</h2>
          <p className="big"><span className={`badge prio-${res.priority}`}>{t(`priority.${res.priority}`)}</span> {t('applicability.deadline', { date: fmtDate(res.deadline) })}</p>
          <p>{res.applies ? t('applicability.applies') : t('applicability.watch')}</p>
          <h3>{t('applicability.actions')}</h3>
          <ol>{res.actions.map((a) => <li key={a}>{t(`applicability.action.${a}`)}</li>)}</ol>
          <div className="grid2">
            {(['ja', 'en'] as const).map((lang) => (
              <article key={lang} className="notice" lang={lang}>
                <h3>{t(`applicability.notice.${lang}`)}</h3>
                <p><strong>{res.notices[lang].subject}</strong></p>
                <pre className="mail" data-testid={`notice-${lang}`}>{res.notices[lang].body}</pre>
                <button type="button" onClick={() => void copy(lang)}>{t('applicability.copy')}</button>{' '}
                <button type="button" data-testid={`eml-${lang}`} onClick={() => download(`trustline-notice-${lang}.eml`, emlOf(res.notices[lang]), 'message/rfc822')}>{t('applicability.eml')}</button>
                {copied === lang && <span role="status"> {t('applicability.copied')}</span>}
              </article>
            ))}
          </div>
        </section>
      )}
    </>
  );
}
