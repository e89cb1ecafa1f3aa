// The simulator's internal world: people, their devices, work sessions and notable actions, before vendor formatting.
import type { City } from './catalog/geo.js';
import type { NetInfo } from './networks.js';
import type { ConfounderType, PlantedSignal } from './truth.js';

export interface Device {
  /** Defender DeviceId (40 hex). */
  defenderId: string;
  name: string;
  os: 'Windows' | 'macOS';
  /** Okta deviceFingerprint of the browser on this device. */
  fingerprint: string;
  entraDeviceId: string;
  userAgent: string;
  managed: boolean;
  serial: string;
}

export interface PhoneDevice { fingerprint: string; userAgent: string; os: 'iOS' | 'Android' }

export interface SimPerson {
  id: string;
  email: string;
  fullName: string;
  givenName: string;
  familyName: string;
  employmentType: 'employee' | 'contractor' | 'vendor';
  hireDate: string;
  jobTitle: string;
  department: string;
  country: string;
  city: City;
  address: string;
  postal: string;
  phone: string;
  tz: string;
  managerEmail: string | null;
  oktaId: string;
  entraId: string;
  googleProfileId: string;
  usesGoogle: boolean;
  githubLogin: string | null;
  githubId: number;
  engineer: boolean;
  it: boolean;
  laptop: Device;
  phoneDevice: PhoneDevice;
  home: NetInfo;
  /** Local start hour of a normal day and its length. */
  startHour: number;
  dayHours: number;
  /** Employee id this fraudulent worker's persona belongs to (set for planted fraud only). */
  fraud?: import('./personas.js').FraudPlan;
  confounders: ConfounderType[];
}

/** One stretch of work on one device from one network. */
export interface Session {
  id: string;
  personId: string;
  start: number;
  end: number;
  net: NetInfo;
  /** unmanaged: a browser on a machine the company never issued (BYOD, the operator's own PC). */
  device: 'laptop' | 'phone' | 'unmanaged';
  /** Set when the person came in through the corporate VPN: the address the VPN gateway saw. */
  vpnFrom?: NetInfo;
  mfa: 'push' | 'totp' | 'sms' | 'webauthn';
  /** Keystroke latency and RTT seen by the endpoint agent for this session. */
  keystrokeMs: number;
  rttMs: number;
}

export type ActKind =
  | 'account_create' | 'mfa_enroll' | 'mfa_reset' | 'password_reset' | 'privilege_grant' | 'oauth_consent'
  | 'audit_log_change' | 'edr_exclusion' | 'repo_invite' | 'token_create' | 'git_clone' | 'git_push'
  | 'pull_request' | 'repo_download' | 'rmm_process' | 'usb_connect' | 'remote_logon';

export interface Act {
  kind: ActKind;
  time: number;
  personId: string;
  net?: NetInfo;
  /** Which system records it when several could (okta | entra | google | github | defender). */
  system?: string;
  detail: Record<string, string | number | boolean>;
}

export interface World {
  org: { name: string; domain: string; githubOrg: string; tenantId: string; customerId: string; oktaOrg: string };
  start: number;
  end: number;
  people: SimPerson[];
  sessions: Session[];
  acts: Act[];
  signals: PlantedSignal[];
  corporateEgress: NetInfo[];
  /** Trips travellers declared in the travel system (travel.csv; `end` inclusive). */
  declaredTravel: { employee_id: string; start: string; end: string; country: string; city: string }[];
  /** Relay addresses remote-access tools connect out to, per tool (hosting ranges stand in for the vendors' relays). */
  rmmRelays: Record<string, string[]>;
}

/** Collects planted signals, keeping the first time and a count per (signal, subject, tradecraft). */
export function signalRecorder(list: PlantedSignal[]) {
  const index = new Map<string, PlantedSignal>();
  return (signal: string, subjectKind: 'employee' | 'candidate', subjectId: string, time: number, tradecraft: string): void => {
    const key = `${signal}|${subjectKind}|${subjectId}|${tradecraft}`;
    const iso = new Date(time).toISOString();
    const prev = index.get(key);
    if (prev) { prev.count++; if (iso < prev.time) prev.time = iso; return; }
    const rec: PlantedSignal = { signal, subjectKind, subjectId, time: iso, count: 1, tradecraft };
    index.set(key, rec);
    list.push(rec);
  };
}
export type RecordSignal = ReturnType<typeof signalRecorder>;
