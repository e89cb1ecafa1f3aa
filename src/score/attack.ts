// MITRE ATT&CK (Enterprise) names for the technique ids of SIGNALS.md R7 and the rules, and the techniques seen per person.
import type { Alert } from '../model/alert.js';

/** Names as in ATT&CK Enterprise v17 (T1219 was renamed "Remote Access Tools" there). */
export const ATTACK_TECHNIQUES: Readonly<Record<string, string>> = {
  T1021: 'Remote Services',
  'T1021.001': 'Remote Services: Remote Desktop Protocol',
  T1036: 'Masquerading',
  T1041: 'Exfiltration Over C2 Channel',
  T1069: 'Permission Groups Discovery',
  T1070: 'Indicator Removal',
  T1078: 'Valid Accounts',
  T1087: 'Account Discovery',
  T1090: 'Proxy',
  'T1090.002': 'Proxy: External Proxy',
  'T1090.003': 'Proxy: Multi-hop Proxy',
  T1098: 'Account Manipulation',
  'T1098.001': 'Account Manipulation: Additional Cloud Credentials',
  'T1098.003': 'Account Manipulation: Additional Cloud Roles',
  'T1098.005': 'Account Manipulation: Device Registration',
  T1115: 'Clipboard Data',
  T1133: 'External Remote Services',
  T1195: 'Supply Chain Compromise',
  T1200: 'Hardware Additions',
  T1213: 'Data from Information Repositories',
  T1219: 'Remote Access Tools',
  'T1219.003': 'Remote Access Tools: Remote Access Hardware',
  T1528: 'Steal Application Access Token',
  T1530: 'Data from Cloud Storage',
  T1552: 'Unsecured Credentials',
  T1555: 'Credentials from Password Stores',
  T1556: 'Modify Authentication Process',
  'T1556.006': 'Modify Authentication Process: Multi-Factor Authentication',
  T1562: 'Impair Defenses',
  'T1562.001': 'Impair Defenses: Disable or Modify Tools',
  'T1562.008': 'Impair Defenses: Disable or Modify Cloud Logs',
  T1567: 'Exfiltration Over Web Service',
};

/** The name of a technique id; a sub-technique falls back to its parent's name. */
export function techniqueName(id: string): string | null {
  const t = id.trim().toUpperCase();
  return ATTACK_TECHNIQUES[t] ?? ATTACK_TECHNIQUES[t.split('.')[0]!] ?? null;
}

export const techniqueUrl = (id: string) => `https://attack.mitre.org/techniques/${id.trim().toUpperCase().replace('.', '/')}/`;

export interface TechniqueSeen { id: string; name: string | null; url: string; count: number; firstSeen: string; lastSeen: string; rules: string[] }

/** Techniques across the given alerts (one person's evidence), most frequent first. */
export function techniquesSeen(alerts: Pick<Alert, 'attack' | 'time' | 'ruleId'>[]): TechniqueSeen[] {
  const out = new Map<string, TechniqueSeen>();
  for (const a of alerts) {
    for (const raw of a.attack) {
      const id = raw.trim().toUpperCase();
      const t = out.get(id) ?? { id, name: techniqueName(id), url: techniqueUrl(id), count: 0, firstSeen: a.time, lastSeen: a.time, rules: [] };
      t.count++;
      if (a.time < t.firstSeen) t.firstSeen = a.time;
      if (a.time > t.lastSeen) t.lastSeen = a.time;
      if (!t.rules.includes(a.ruleId)) t.rules.push(a.ruleId);
      out.set(id, t);
    }
  }
  return [...out.values()].map((t) => ({ ...t, rules: t.rules.sort() })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}
