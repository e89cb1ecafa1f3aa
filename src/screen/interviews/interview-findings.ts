// H6 interview red flags across rounds, and H4 interview IPs compared with each other and with the application.
import type { Alert } from '../../model/alert.js';
import type { Candidate, Interview } from '../../model/candidate.js';
import { InterviewsCsv } from '../../model/candidate.js';
import { makeAlert } from '../alerts/make-alert.js';
import type { IpLookup } from '../alerts/lookups.js';
import { normIp } from '../watchlist/identifiers.js';

/** Validates one interview recorded through an API (same fields and rules as interviews.csv). */
export function parseInterviewRecord(input: Record<string, unknown>): Interview {
  const row = Object.fromEntries(Object.entries(input).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v === null || v === undefined ? '' : String(v)]));
  return InterviewsCsv.schema.parse(row);
}

interface Flag { key: string; weight: number; en: string; ja: string }

function flagsOf(i: Interview): Flag[] {
  const f: Flag[] = [];
  if (i.differentPersonSuspected) f.push({ key: 'different_person', weight: 5, en: 'a different person was suspected', ja: '別人の疑い' });
  if (i.mode === 'video' && i.cameraOn === false) f.push({ key: 'camera_off', weight: 2, en: 'camera off in a video interview', ja: 'ビデオ面接でカメラオフ' });
  if (i.backgroundFilter) f.push({ key: 'background_filter', weight: 1, en: 'background filter kept on', ja: '背景フィルター使用' });
  if (i.refusedInPerson) f.push({ key: 'refused_in_person', weight: 2, en: 'refused an in-person meeting', ja: '対面面接を拒否' });
  if (i.connectionQuality === 'very_poor') f.push({ key: 'connection', weight: 1, en: 'very poor connection', ja: '接続品質が非常に悪い' });
  if (i.responseLag === 'severe') f.push({ key: 'lag', weight: 2, en: 'severe response lag', ja: '応答の大きな遅延' });
  else if (i.responseLag === 'some') f.push({ key: 'lag', weight: 1, en: 'some response lag', ja: '応答の遅延' });
  if (i.residenceKnowledge === 'poor') f.push({ key: 'residence', weight: 2, en: 'poor knowledge of the claimed place of residence', ja: '居住地に関する知識が乏しい' });
  return f;
}

export function interviewFindings(candidate: Candidate, interviews: Interview[], lookups: Partial<IpLookup> = {}): Alert[] {
  const mine = interviews.filter((i) => i.candidateId === candidate.candidateId).sort((a, b) => a.heldAt.localeCompare(b.heldAt));
  if (mine.length === 0) return [];
  const out: Alert[] = [];
  const perRound = mine.map((i) => ({ round: i.round, heldAt: i.heldAt, flags: flagsOf(i) }));
  const keys = new Set(perRound.flatMap((r) => r.flags.map((f) => f.key)));
  // Weight counts each kind of flag once at its strongest, so one bad connection repeated is still one weak sign.
  const weight = [...keys].reduce((n, k) => n + Math.max(...perRound.flatMap((r) => r.flags.filter((f) => f.key === k).map((f) => f.weight))), 0);
  if (weight > 0) {
    const severity: Alert['severity'] = keys.has('different_person') ? 'high' : weight >= 5 ? 'high' : weight >= 3 ? 'medium' : 'low';
    const all = perRound.flatMap((r) => r.flags);
    const en = [...new Map(all.map((f) => [f.key, f.en])).values()];
    const ja = [...new Map(all.map((f) => [f.key, f.ja])).values()];
    out.push(makeAlert({
      ruleId: 'screen.interview.red-flags', subjectId: candidate.candidateId, severity, signals: ['H6'], time: mine[mine.length - 1]?.heldAt,
      en: `Interview red flags over ${mine.length} round(s): ${en.join('; ')}.${weight < 3 ? ' Weak alone (poor networks and privacy habits explain these).' : ''}`,
      ja: `${mine.length} 回の面接で懸念点：${ja.join('、')}。${weight < 3 ? '単独では弱いシグナルです（回線品質やプライバシー配慮でも起こります）。' : ''}`,
      facts: { weight, rounds: perRound.map((r) => ({ round: r.round, heldAt: r.heldAt, flags: r.flags.map((f) => f.key) })) },
    }));
  }
  const ips = mine.map((i) => ({ round: i.round, ip: i.ipAddress ? normIp(i.ipAddress) : null })).filter((x): x is { round: number | null; ip: string } => x.ip !== null);
  const app = candidate.applicationIp ? normIp(candidate.applicationIp) : null;
  if (ips.length > 0) {
    const geo = (ip: string) => lookups.ipFacts?.(ip) ?? null;
    const all = [...(app ? [{ round: 0 as number | null, ip: app }] : []), ...ips];
    const countries = new Set(all.map((x) => geo(x.ip)?.country).filter((c): c is string => !!c));
    const anonymous = all.filter((x) => ['vpn', 'hosting', 'tor', 'relay'].includes(geo(x.ip)?.networkClass ?? ''));
    const claimedMismatch = candidate.claimedCountry ? [...countries].filter((c) => c !== candidate.claimedCountry) : [];
    const problems: string[] = [];
    if (countries.size > 1) problems.push(`interviews/application came from ${countries.size} countries (${[...countries].join(', ')})`);
    if (claimedMismatch.length > 0) problems.push(`country ${claimedMismatch.join(', ')} differs from claimed ${candidate.claimedCountry}`);
    if (anonymous.length > 0) problems.push(`${anonymous.length} connection(s) through VPN/hosting/Tor/relay`);
    if (problems.length > 0) {
      out.push(makeAlert({
        ruleId: 'screen.interview.ip-mismatch', subjectId: candidate.candidateId, severity: claimedMismatch.length > 0 || anonymous.length > 0 ? 'medium' : 'low',
        pillar: 'location', signals: ['H4', 'H6'], time: mine[mine.length - 1]?.heldAt,
        en: `Interview network locations are inconsistent: ${problems.join('; ')}.`,
        ja: `面接時の接続元が不整合です：${problems.join('、')}。`,
        facts: {
          claimedCountry: candidate.claimedCountry,
          connections: all.map((x) => ({ round: x.round, ip: x.ip, country: geo(x.ip)?.country ?? null, networkClass: geo(x.ip)?.networkClass ?? null })),
        },
      }));
    }
  }
  return out;
}
