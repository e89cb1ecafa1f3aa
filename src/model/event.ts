// The one normalized event envelope every log source produces; detections read only this.
import { z } from 'zod';

/** What an event did, independent of vendor. Detections match on these, never on vendor event names. */
export const ACTION_CATEGORIES = [
  'auth.login', // interactive or non-interactive sign-in (success or failure)
  'auth.logout',
  'auth.session', // session refresh/continuation, token use
  'auth.mfa_challenge', // an MFA prompt answered or failed
  'auth.mfa_change', // factor enrolled, reset, deactivated; recovery codes
  'auth.password_change',
  'iam.account_change', // account created, suspended, profile changed
  'iam.privilege_grant', // role/admin/group with privilege granted
  'iam.privilege_revoke',
  'iam.member_add', // invited or added to an org, team, repo, group
  'iam.oauth_consent', // app consent or OAuth grant
  'audit.config_change', // audit/log/stream setting changed or disabled
  'security.defense_change', // EDR/AV exclusion, policy weakened
  'endpoint.process',
  'endpoint.network',
  'endpoint.logon', // logon on a device (interactive, remote, network)
  'endpoint.usb', // USB/PnP device connected
  'endpoint.persistence', // a program set to start by itself: Run key, service, Winlogon/IFEO entry
  'code.token_create', // PAT, deploy key, SSH key, OAuth token created
  'code.repo_access', // repo created, transferred, visibility change
  'data.download', // clone, archive, artifact, file download
  'data.transfer', // clipboard, file transfer, sharing outside
  'other',
] as const;
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];

export const SOURCES = ['okta', 'entra', 'google', 'github', 'defender', 'vpn', 'other'] as const;
export type EventSource = (typeof SOURCES)[number];

/** Geo/network facts as the vendor itself reported them (kept apart from our own enrichment). */
export const VendorGeo = z.object({
  country: z.string().nullish(),
  region: z.string().nullish(),
  city: z.string().nullish(),
  lat: z.number().nullish(),
  lon: z.number().nullish(),
  asn: z.number().nullish(),
  asOrg: z.string().nullish(),
  isProxy: z.boolean().nullish(),
  isp: z.string().nullish(),
});

export const EventSchema = z.object({
  /** Stable identity: hash of source + source event id (or of the raw record when the vendor gives none). */
  id: z.string().min(1),
  /** UTC ISO 8601. */
  time: z.string().datetime({ offset: false }),
  source: z.enum(SOURCES),
  /** The vendor's own id for this record (uuid, _document_id, ReportId…). */
  sourceEventId: z.string().min(1),
  /** The vendor's own event type, e.g. `user.session.start`, `add_member`. */
  type: z.string().min(1),
  category: z.enum(ACTION_CATEGORIES),
  outcome: z.enum(['success', 'failure', 'unknown']),
  outcomeReason: z.string().nullish(),
  /** Who acted: login, UPN, e-mail, GitHub login or device user — lower-cased. */
  actor: z.string().nullish(),
  actorId: z.string().nullish(),
  actorName: z.string().nullish(),
  /** Whom or what it acted on (user granted a role, repo, app…). */
  target: z.string().nullish(),
  targetType: z.string().nullish(),
  ip: z.string().nullish(),
  userAgent: z.string().nullish(),
  /** Device id or fingerprint as the vendor gives it (Okta fingerprint, Entra deviceId, Defender DeviceId). */
  deviceId: z.string().nullish(),
  deviceName: z.string().nullish(),
  sessionId: z.string().nullish(),
  /** MFA factor or auth method used/changed, when the source says. */
  mfaFactor: z.string().nullish(),
  vendorGeo: VendorGeo.nullish(),
  /** Source-specific facts detections may need (process name, signer, USB ids, logon type, role name…). */
  attrs: z.record(z.string(), z.unknown()).default({}),
  /** The record exactly as read. */
  raw: z.unknown(),
});
export type NormalizedEvent = z.output<typeof EventSchema>;
export type NormalizedEventInput = z.input<typeof EventSchema>;
