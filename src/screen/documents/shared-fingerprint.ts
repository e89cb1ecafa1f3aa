// H1/H9: the same authoring fingerprint — a machine account name plus the same tool or template — on resumes of
// differently named applicants. Rare in the applicant pool, it is one machine writing several personas' resumes.
import type { Alert } from '../../model/alert.js';
import { makeAlert } from '../alerts/make-alert.js';
import { handleMatchesName } from '../profile/name-in-handle.js';
import { compareNames } from '../watchlist/name-match.js';
import type { DocumentMeta } from './types.js';

/** Names the authoring software writes when nobody set one: alone they say nothing about the machine. */
const SOFTWARE_DEFAULT_AUTHOR = /^(microsoft office user|windows user|unknown|author)$/i;

export interface FingerprintOptions {
  /** A fingerprint held by more than this share of all resumes is common software use, not one machine. */
  maxShare: number;
  /** Larger groups are an office or a school lab, not an actor (linkage and reuse checks cover those). */
  maxGroup: number;
}
const DEFAULTS: FingerprintOptions = { maxShare: 0.025, maxGroup: 6 };

export interface FingerprintInput { candidateId: string; candidateName: string | null; fileName: string; meta: DocumentMeta }

const clean = (s: string | null | undefined) => (s ?? '').trim().replace(/\s+/g, ' ');

/**
 * "who|tool" for a document written under an account that is not the applicant's own name; null otherwise.
 * `softwareDefault`: the account is the name software writes when none was set, so only a rare tool or template
 * can make the fingerprint tell one machine from another.
 */
export function authoringFingerprint(meta: DocumentMeta, candidateName: string | null): { who: string; tool: string; softwareDefault: boolean } | null {
  const who = clean(meta.author) || clean(meta.lastModifiedBy);
  const tool = [clean(meta.creatorTool), clean(meta.producer), clean(meta.template)].filter(Boolean).join(' / ');
  if (!who || !tool) return null;
  const softwareDefault = SOFTWARE_DEFAULT_AUTHOR.test(who);
  if (!softwareDefault) {
    // The applicant's own name (or part of it) on their resume is expected; reuse of a personal name is the linkage check's.
    if (candidateName && (compareNames(candidateName, who) || handleMatchesName(who, candidateName) === 'matches')) return null;
    if (/\p{L}+\s+\p{L}+/u.test(who)) return null;
  }
  return { who: who.toLowerCase(), tool: tool.toLowerCase(), softwareDefault };
}

export function sharedFingerprintAlerts(docs: FingerprintInput[], options: Partial<FingerprintOptions> = {}): Alert[] {
  const o = { ...DEFAULTS, ...options };
  const groups = new Map<string, { who: string; tool: string; members: FingerprintInput[] }>();
  const fps = docs.map((d) => authoringFingerprint(d.meta, d.candidateName));
  const toolCount = new Map<string, number>();
  for (const d of docs) {
    const tool = [clean(d.meta.creatorTool), clean(d.meta.producer), clean(d.meta.template)].filter(Boolean).join(' / ').toLowerCase();
    if (tool) toolCount.set(tool, (toolCount.get(tool) ?? 0) + 1);
  }
  const cap = Math.min(o.maxGroup, Math.max(2, Math.floor(docs.length * o.maxShare)));
  for (const [i, d] of docs.entries()) {
    const fp = fps[i];
    if (!fp) continue;
    // "Microsoft Office User" with Word is half the pool; with a tool or template few others use, it is one machine.
    if (fp.softwareDefault && (toolCount.get(fp.tool) ?? 0) > cap) continue;
    const key = `${fp.who}|${fp.tool}`;
    const g = groups.get(key) ?? { ...fp, members: [] };
    if (!g.members.some((m) => m.candidateId === d.candidateId)) g.members.push(d);
    groups.set(key, g);
  }
  const out: Alert[] = [];
  for (const g of groups.values()) {
    if (g.members.length < 2 || g.members.length > cap) continue;
    // One person applying twice is the linkage check's; here the names must all differ.
    const names = g.members.map((m) => m.candidateName ?? '');
    const distinct = names.every((a, i) => names.every((b, j) => i >= j || !a || !b || !compareNames(a, b)));
    if (!distinct) continue;
    const ids = g.members.map((m) => m.candidateId).sort();
    for (const m of g.members) {
      const others = ids.filter((id) => id !== m.candidateId);
      out.push(makeAlert({
        ruleId: 'screen.doc.shared-fingerprint', subjectId: m.candidateId, dedupKey: `${g.who}|${g.tool}`, severity: 'low', signals: ['H1', 'H9'],
        en: `Resume ${m.fileName} was written under the account "${g.who}" with ${g.tool}, as were the resumes of ${others.length} differently named applicant(s) (${others.join(', ')}); only ${g.members.length} of ${docs.length} resumes share it.`,
        ja: `履歴書 ${m.fileName} はアカウント「${g.who}」と ${g.tool} で作成されており、氏名の異なる他の応募者 ${others.length} 名（${others.join('、')}）の履歴書と同じです（全 ${docs.length} 件中 ${g.members.length} 件のみ）。`,
        facts: { fileName: m.fileName, account: g.who, tool: g.tool, otherCandidates: others, sharedBy: g.members.length, resumesScreened: docs.length },
      }));
    }
  }
  return out;
}
