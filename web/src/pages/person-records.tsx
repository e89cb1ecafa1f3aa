// Dossier records: linked accounts and devices, payroll and shipments, candidate history with references, interviews and ID checks.
import { useTranslation } from 'react-i18next';
import { fmtDate, fmtNumber } from '../format.js';
import type { Dossier } from '../types.js';

const yesNo = (v: boolean | null, t: (k: string) => string) => (v === null ? '—' : t(v ? 'common.yes' : 'common.no'));

export function PersonRecords({ d }: { d: Dossier }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="grid2">
        <section aria-labelledby="ac"><h2 id="ac">{t('person.accounts')}</h2>
          {d.accounts.length === 0 ? <p className="muted">{t('common.none')}</p> : <ul>{d.accounts.map((a) => <li key={a.system + a.account}><code>{a.system}</code> {a.account}</li>)}</ul>}</section>
        <section aria-labelledby="dv"><h2 id="dv">{t('person.devices')}</h2>
          {d.devices.length === 0 ? <p className="muted">{t('common.none')}</p> : (
            <table><thead><tr><th scope="col">{t('person.device')}</th><th scope="col">{t('person.events')}</th><th scope="col">{t('person.lastSeen')}</th></tr></thead>
              <tbody>{d.devices.map((x) => <tr key={x.device_id}><td>{x.device_name ?? x.device_id}</td><td className="num">{fmtNumber(x.n)}</td><td>{fmtDate(x.last, { time: true })}</td></tr>)}</tbody></table>)}</section>
      </div>
      <div className="grid2">
        <section aria-labelledby="pr"><h2 id="pr">{t('person.payroll')}</h2>
          {d.payroll.length === 0 ? <p className="muted">{t('common.none')}</p> : (
            <table><thead><tr><th scope="col">{t('person.effective')}</th><th scope="col">{t('person.method')}</th><th scope="col">{t('person.bank')}</th><th scope="col">{t('person.account')}</th></tr></thead>
              <tbody>{d.payroll.map((p, i) => <tr key={i}><td>{fmtDate(p.effectiveDate)}</td><td>{p.method}</td><td>{[p.bankName, p.bankCountry].filter(Boolean).join(', ') || '—'}</td><td>{p.accountNumber ?? p.walletAddress ?? '—'}</td></tr>)}</tbody></table>)}</section>
        <section aria-labelledby="sh"><h2 id="sh">{t('person.shipments')}</h2>
          {d.shipments.length === 0 ? <p className="muted">{t('common.none')}</p> : (
            <table><thead><tr><th scope="col">{t('person.asset')}</th><th scope="col">{t('person.shipped')}</th><th scope="col">{t('person.shipTo')}</th><th scope="col">{t('person.managed')}</th></tr></thead>
              <tbody>{d.shipments.map((s) => <tr key={s.assetId}><td>{s.assetId} {s.assetType ?? ''}</td><td>{fmtDate(s.shippedAt)}</td>
                <td>{[s.shipToCity, s.shipToRegion, s.shipToPostalCode, s.shipToCountry].filter(Boolean).join(', ')}</td><td>{yesNo(s.managed, t)}</td></tr>)}</tbody></table>)}
          {d.person && <p className="small">{t('person.residence')}: {[d.person.residenceCity, d.person.residenceRegion, d.person.residenceCountry].filter(Boolean).join(', ') || '—'}</p>}</section>
      </div>
      <section aria-labelledby="cd"><h2 id="cd">{t('person.candidate')}</h2>
        {d.candidates.length === 0 ? <p className="muted">{t('common.none')}</p> : d.candidates.map((c) => (
          <article key={c.candidateId} className="sub">
            <h3>{c.fullName} <span className="muted small">{c.candidateId}</span></h3>
            <dl className="kv">
              <dt>{t('person.applied')}</dt><dd>{fmtDate(c.appliedAt)}</dd>
              <dt>{t('person.channel')}</dt><dd>{c.source ?? '—'}</dd>
              <dt>{t('person.stage')}</dt><dd>{c.stage ?? '—'}</dd>
              <dt>{t('person.claimed')}</dt><dd>{[c.claimedCity, c.claimedCountry].filter(Boolean).join(', ') || '—'}</dd>
              <dt>{t('person.documents')}</dt><dd>{c.resumeFile ?? '—'}</dd>
              <dt>{t('person.profiles')}</dt><dd>{[c.linkedinUrl, c.githubUrl].filter(Boolean).join(' · ') || '—'}</dd>
            </dl>
            <h4>{t('person.references')}</h4>
            {c.references.length === 0 ? <p className="muted">{t('common.none')}</p> : <ul>{c.references.map((r, i) => <li key={i}>{r.refereeName ?? '—'} · {r.refereeCompany ?? '—'} · {r.refereeEmail ?? '—'}</li>)}</ul>}
            <h4>{t('person.interviews')}</h4>
            {c.interviews.length === 0 ? <p className="muted">{t('common.none')}</p> : (
              <table><thead><tr><th scope="col">{t('person.when')}</th><th scope="col">{t('person.mode')}</th><th scope="col">{t('screening.flag.cameraOff')}</th><th scope="col">{t('screening.flag.refusedInPerson')}</th><th scope="col">{t('screening.flag.differentPerson')}</th></tr></thead>
                <tbody>{c.interviews.map((v, i) => <tr key={i}><td>{fmtDate(v.heldAt, { time: true })}</td><td>{v.mode ?? '—'}</td><td>{v.cameraOn === null ? '—' : yesNo(!v.cameraOn, t)}</td><td>{yesNo(v.refusedInPerson, t)}</td><td>{yesNo(v.differentPersonSuspected, t)}</td></tr>)}</tbody></table>)}
            <h4>{t('person.idv')}</h4>
            {c.idvChecks.length === 0 ? <p className="muted">{t('person.noIdv')}</p> : <ul>{c.idvChecks.map((v, i) => <li key={i}>{fmtDate(v.checkedAt)} · {v.provider ?? '—'} · {v.result} · {v.documentType ?? ''} {v.documentCountry ?? ''}</li>)}</ul>}
          </article>
        ))}
      </section>
    </>
  );
}
