// Screens a person's names and identifiers against loaded watch-lists; every hit carries its reasons and strength.
import { makeAlert } from '../alerts/make-alert.js';
import type { Alert } from '../../model/alert.js';
import { ipMatches, normDomain, normEmail, normIp, normPhone, normWallet } from './identifiers.js';
import { compareNames, nameKeys, type MatchStrength } from './name-match.js';
import type { WatchlistEntry } from './types.js';

export interface ScreenSubject {
  names: string[];
  emails?: string[];
  phones?: string[];
  domains?: string[];
  ips?: string[];
  wallets?: string[];
}

export interface WatchlistMatch {
  entryId: string;
  list: string;
  programs: string[];
  field: 'name' | 'email' | 'phone' | 'domain' | 'ip' | 'wallet';
  subjectValue: string;
  listedValue: string;
  listedKind: string;
  score: number;
  strength: MatchStrength;
  reasons: string[];
}

export interface WatchlistIndex {
  size: number;
  screen(subject: ScreenSubject): WatchlistMatch[];
}

export function createWatchlistIndex(entries: WatchlistEntry[]): WatchlistIndex {
  const byKey = new Map<string, { entry: WatchlistEntry; name: string; kind: string }[]>();
  for (const entry of entries) {
    // Vessels and aircraft cannot be candidates; their names only add false hits.
    if (entry.type === 'vessel' || entry.type === 'aircraft') continue;
    for (const n of entry.names) {
      for (const k of nameKeys(n.name)) {
        const list = byKey.get(k) ?? [];
        list.push({ entry, name: n.name, kind: n.kind });
        byKey.set(k, list);
      }
    }
  }
  // Exact identifiers are looked up by key, so screening cost does not grow with the list; CIDR blocks are few and scanned.
  const exactIndex = new Map<string, { entry: WatchlistEntry; listed: string }[]>();
  const cidrs: { entry: WatchlistEntry; listed: string }[] = [];
  const put = (key: string, entry: WatchlistEntry, listed: string) => exactIndex.set(key, [...(exactIndex.get(key) ?? []), { entry, listed }]);
  for (const entry of entries) {
    for (const e of entry.emails) put(`email|${e}`, entry, e);
    for (const p of entry.phones) put(`phone|${p}`, entry, p);
    for (const w of entry.wallets) put(`wallet|${w}`, entry, w);
    for (const d of entry.domains) put(`domain|${d}`, entry, d);
    for (const ip of entry.ips) {
      if (ip.includes('/')) cidrs.push({ entry, listed: ip });
      else { const n = normIp(ip); if (n) put(`ip|${n}`, entry, ip); }
    }
  }
  const exact = (field: WatchlistMatch['field'], value: string, entry: WatchlistEntry, listed: string, how: string): WatchlistMatch => ({
    entryId: entry.id, list: entry.list, programs: entry.programs, field, subjectValue: value, listedValue: listed,
    listedKind: field, score: 1, strength: 'exact', reasons: [how],
  });
  return {
    size: entries.length,
    screen(s) {
      const out = new Map<string, WatchlistMatch>();
      const keep = (m: WatchlistMatch) => {
        const k = `${m.entryId}|${m.field}|${m.subjectValue}`;
        const prev = out.get(k);
        if (!prev || prev.score < m.score) out.set(k, m);
      };
      for (const name of s.names) {
        const seen = new Set<string>();
        for (const key of nameKeys(name, 'query')) {
          for (const c of byKey.get(key) ?? []) {
            const id = `${c.entry.id}|${c.name}`;
            if (seen.has(id)) continue;
            seen.add(id);
            const m = compareNames(name, c.name);
            if (!m) continue;
            // A weak OFAC alias is, by OFAC's own note, too broad to rely on: lower it one step.
            const weakAlias = c.kind.includes('weak');
            const score = weakAlias ? Math.max(0, m.score - 0.1) : m.score;
            if (score < 0.7) continue;
            keep({
              entryId: c.entry.id, list: c.entry.list, programs: c.entry.programs, field: 'name', subjectValue: name, listedValue: c.name,
              listedKind: c.kind, score, strength: weakAlias && m.strength !== 'weak' ? (m.strength === 'exact' ? 'strong' : m.strength === 'strong' ? 'medium' : 'weak') : m.strength,
              reasons: weakAlias ? [...m.reasons, 'listed as a weak alias'] : m.reasons,
            });
          }
        }
      }
      const emails = (s.emails ?? []).map(normEmail);
      const phones = (s.phones ?? []).map((p) => normPhone(p)).filter((p): p is string => p !== null);
      const domains = [...(s.domains ?? []), ...emails.map((e) => e.split('@')[1] ?? '')].map((d) => normDomain(d)).filter((d): d is string => d !== null);
      const hit = (field: WatchlistMatch['field'], value: string, key: string, how: (listed: string) => string) => {
        for (const { entry, listed } of exactIndex.get(`${field}|${key}`) ?? []) keep(exact(field, value, entry, listed, how(listed)));
      };
      for (const e of emails) hit('email', e, e, () => 'e-mail address equal');
      for (const p of phones) hit('phone', p, p, () => 'phone number equal (E.164)');
      for (const w of (s.wallets ?? []).map(normWallet)) hit('wallet', w, w, () => 'wallet address equal');
      for (const d of domains) {
        // Walk up the labels so a listed domain also catches its subdomains.
        const labels = d.split('.');
        for (let i = 0; i < labels.length - 1; i++) hit('domain', d, labels.slice(i).join('.'), (l) => (l === d ? 'domain equal' : `subdomain of listed ${l}`));
      }
      for (const ip of s.ips ?? []) {
        const n = normIp(ip);
        if (!n) continue;
        hit('ip', n, n, () => 'IP address equal');
        for (const { entry, listed } of cidrs) if (ipMatches(n, listed)) keep(exact('ip', n, entry, listed, `inside listed block ${listed}`));
      }
      return [...out.values()].sort((a, b) => b.score - a.score);
    },
  };
}

const SEVERITY: Record<MatchStrength, Alert['severity']> = { exact: 'critical', strong: 'high', medium: 'medium', weak: 'low' };

/** One H10 alert per matched entry, with every matching field as evidence. */
export function watchlistAlerts(subjectId: string, matches: WatchlistMatch[], subjectKind: Alert['subjectKind'] = 'candidate'): Alert[] {
  const byEntry = new Map<string, WatchlistMatch[]>();
  for (const m of matches) byEntry.set(m.entryId, [...(byEntry.get(m.entryId) ?? []), m]);
  return [...byEntry.entries()].map(([entryId, ms]) => {
    const best = ms[0] as WatchlistMatch;
    const fields = [...new Set(ms.map((m) => m.field))].join(', ');
    return makeAlert({
      ruleId: 'screen.watchlist.match', subjectId, subjectKind, dedupKey: entryId, severity: SEVERITY[best.strength], signals: ['H10'],
      en: `Watch-list match (${best.strength}) on ${fields} against ${best.list} entry ${entryId}${best.programs.length ? ` [${best.programs.join(', ')}]` : ''}.`,
      ja: `ウォッチリスト一致（${best.strength}）：${fields} が ${best.list} のエントリ ${entryId} と一致${best.programs.length ? `（${best.programs.join(', ')}）` : ''}。`,
      facts: { entryId, list: best.list, programs: best.programs, strength: best.strength, score: best.score, matches: ms },
    });
  });
}
