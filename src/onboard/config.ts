// Tunable thresholds for the onboarding checks, validated with zod so a bad config file fails loudly.
import { z } from 'zod';

const strength = z.number().min(0).max(1);

export const OnboardConfigSchema = z.object({
  /** Hires this close together make a shared address stronger (laptop farms take several hires at once). */
  closeHireDays: z.number().int().positive().default(120),
  /** A pair of people whose summed link strength reaches this is connected; weak links alone never are. */
  pairThreshold: z.number().positive().default(1),
  strengths: z.object({
    shipToShared: strength.default(0.7),
    shipToSharedCloseHire: strength.default(0.9),
    residenceShared: strength.default(0.5),
    bank: strength.default(1),
    wallet: strength.default(1),
    paymentService: strength.default(0.9),
    residentialIp: strength.default(0.4),
    residentialIpConcurrent: strength.default(0.5),
    device: strength.default(0.8),
    hostname: strength.default(0.7),
    authenticator: strength.default(1),
  }).prefault({}),
  /** Bank countries named in the advisories: DPRK workers sit mostly in China and Russia, some in Laos and Africa. */
  advisoryBankCountries: z.record(z.string().regex(/^[A-Z]{2}$/), z.enum(['medium', 'high', 'critical']))
    .default({ KP: 'critical', CN: 'high', RU: 'high', LA: 'medium' }),
  payroll: z.object({
    /** Destination changes within this many days of hire count as "soon after hire". */
    earlyDays: z.number().int().positive().default(90),
    /** Changes soon after hire that are flagged (one change, e.g. fixing the first account, is normal). */
    earlyChanges: z.number().int().positive().default(2),
    /** Changes within `windowDays` that are flagged at any time. */
    windowChanges: z.number().int().positive().default(3),
    windowDays: z.number().int().positive().default(365),
  }).prefault({}),
  infra: z.object({
    /** Two people's use of a residential IP must come within this many days of each other to overlap. */
    overlapSlackDays: z.number().int().min(0).default(3),
    /** Bucket for "at the same time" (several company laptops behind one IP at once). */
    concurrentMinutes: z.number().int().positive().default(60),
    /** Attribute keys that may carry an MFA authenticator's identity (device token, phone, key id). */
    authenticatorAttrs: z.array(z.string()).default(['authenticatorId', 'authenticatorDeviceId', 'mfaDeviceId', 'mfaDeviceName', 'mfaPhone']),
    /** Attribute keys that may carry a device fingerprint besides `deviceId`. */
    fingerprintAttrs: z.array(z.string()).default(['deviceFingerprint', 'fingerprint']),
  }).prefault({}),
  leastPrivilege: z.object({
    employeeDays: z.number().int().positive().default(30),
    contractorDays: z.number().int().positive().default(90),
    /** Role/group names that count as privileged (case-insensitive regex sources). */
    privilegedPatterns: z.array(z.string()).default([
      'admin', 'owner', 'super ?user', 'root', 'privileged', 'security (reader|operator)', 'global reader',
      'domain admins', 'enterprise admins', 'billing', 'org(anization)? manager', 'maintainer', 'break.?glass',
    ]),
  }).prefault({}),
  sharedLogin: z.object({
    windowMinutes: z.number().int().positive().default(60),
    /** Distinct devices on one account within the window that suggest a team login. */
    minDevices: z.number().int().positive().default(3),
    /** Distinct places (country or city) on one account within the window. */
    minPlaces: z.number().int().positive().default(2),
    /** Distinct public IPs on one account within the window (M2). */
    minIps: z.number().int().positive().default(5),
  }).prefault({}),
});
export type OnboardConfig = z.output<typeof OnboardConfigSchema>;
export type OnboardConfigInput = z.input<typeof OnboardConfigSchema>;

export function resolveConfig(input?: OnboardConfigInput): OnboardConfig {
  return OnboardConfigSchema.parse(input ?? {});
}
