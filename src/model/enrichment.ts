// Facts Trustline derives offline about an event's IP, e-mail, phone or process, stored with the event.
import { z } from 'zod';

export const NETWORK_CLASSES = [
  'private', // RFC 1918, loopback, link-local, CGNAT, reserved: never geolocated
  'corporate', // the customer's own egress ranges (configuration)
  'hosting', // datacenter / VPS / cloud
  'vpn', // commercial VPN provider
  'tor',
  'relay', // Apple iCloud Private Relay and similar
  'mobile',
  'satellite', // satellite and in-flight ISPs
  'residential',
  'unknown',
] as const;
export type NetworkClass = (typeof NETWORK_CLASSES)[number];

export const IpFactsSchema = z.object({
  ip: z.string(),
  version: z.union([z.literal(4), z.literal(6)]),
  country: z.string().nullable(),
  region: z.string().nullable(),
  city: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  timeZone: z.string().nullable(),
  asn: z.number().nullable(),
  asOrg: z.string().nullable(),
  networkClass: z.enum(NETWORK_CLASSES),
  /** Which list or rule decided the class, e.g. "x4bnet-vpn", "asn-type:hosting", "config:corporate". */
  classSource: z.string().nullable(),
  /** Provider name when known (e.g. "Astrill VPN", "Apple iCloud Private Relay"). */
  provider: z.string().nullable(),
});
export type IpFacts = z.output<typeof IpFactsSchema>;

export const RemoteToolFactsSchema = z.object({
  tool: z.string(),
  matchedOn: z.enum(['executable', 'signer', 'domain']),
  value: z.string(),
});
export type RemoteToolFacts = z.output<typeof RemoteToolFactsSchema>;

export const UsbDeviceFactsSchema = z.object({
  device: z.string(), // e.g. "PiKVM", "TinyPilot", "generic Linux USB gadget"
  strength: z.enum(['strong', 'hint']),
  matchedOn: z.string(), // "vid:pid 1d6b:0104", "product string", "hid+mass-storage"
});
export type UsbDeviceFacts = z.output<typeof UsbDeviceFactsSchema>;

/** Everything enrichment adds to one event. Absent keys = not applicable to this event. */
export const EnrichmentSchema = z.object({
  ip: IpFactsSchema.optional(),
  remoteTool: RemoteToolFactsSchema.optional(),
  usbDevice: UsbDeviceFactsSchema.optional(),
});
export type Enrichment = z.output<typeof EnrichmentSchema>;
