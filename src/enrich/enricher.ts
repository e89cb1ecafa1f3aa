// The Enricher: one event → its Enrichment (IP facts, remote tool, USB/IP-KVM), plus direct lookups for analysts.
import type { Enrichment, IpFacts, RemoteToolFacts, UsbDeviceFacts } from '../model/enrichment.js';
import type { NormalizedEvent } from '../model/event.js';
import { defaultDataDir } from './data-paths.js';
import { loadEmailCatalog, type EmailFacts } from './email.js';
import { createIpFactsService, type IpFactsStats } from './ip-facts.js';
import { loadIpKvmCatalog, type UsbQuery } from './ipkvm.js';
import { loadRemoteToolCatalog, type RemoteToolQuery } from './remote-tools.js';

export interface EnricherOptions {
  /** The customer's own egress ranges (CIDR), classed `corporate`. */
  corporateRanges?: string[];
  /** Folder holding the datasets (default: the product's data/). */
  dataDir?: string;
  /** Per-IP cache entries (default 100,000). */
  ipCacheSize?: number;
}

export interface Enricher {
  ipFacts(ip: string): IpFacts | null;
  enrich(event: NormalizedEvent): Enrichment;
  emailFacts(email: string): EmailFacts | null;
  remoteToolFor(q: RemoteToolQuery): RemoteToolFacts | null;
  usbDeviceFor(q: UsbQuery): UsbDeviceFacts | null;
  /** Load all datasets now instead of on first use; returns sizes and load times. */
  warm(): IpFactsStats;
  stats(): IpFactsStats;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : null;
}

function classes(v: unknown): (string | number)[] {
  if (Array.isArray(v)) return v.filter((x): x is string | number => typeof x === 'string' || typeof x === 'number');
  if (typeof v === 'string') return v.split(/[\s,;]+/).filter(Boolean);
  return [];
}

/** The `attrs` keys read here are documented in src/enrich/README.md for the log-source parsers. */
export function remoteToolQueryOf(attrs: Record<string, unknown>): RemoteToolQuery | null {
  const q = { processName: str(attrs.processName), signer: str(attrs.signer), domain: str(attrs.remoteUrl) ?? str(attrs.remoteHost) };
  return q.processName || q.signer || q.domain ? q : null;
}

export function usbQueryOf(attrs: Record<string, unknown>): UsbQuery | null {
  const strings = [attrs.pnpDeviceId, attrs.deviceDescription, attrs.manufacturer, attrs.productName, attrs.deviceClassName].map(str);
  const q: UsbQuery = {
    vendorId: str(attrs.usbVendorId),
    productId: str(attrs.usbProductId),
    serial: str(attrs.usbSerial),
    strings,
    interfaceClasses: classes(attrs.usbInterfaceClasses),
  };
  return q.vendorId || q.productId || strings.some(Boolean) || q.interfaceClasses!.length > 0 ? q : null;
}

export function createEnricher(options: EnricherOptions = {}): Enricher {
  const dataDir = options.dataDir ?? defaultDataDir();
  const ips = createIpFactsService({ dataDir, corporateRanges: options.corporateRanges ?? [], cacheSize: options.ipCacheSize });
  // Small catalogs load on first use too, so a CLI lookup of one e-mail does not read the IP databases.
  let tools: ReturnType<typeof loadRemoteToolCatalog> | undefined;
  let kvm: ReturnType<typeof loadIpKvmCatalog> | undefined;
  let email: ReturnType<typeof loadEmailCatalog> | undefined;
  const remoteToolFor = (q: RemoteToolQuery): RemoteToolFacts | null => (tools ??= loadRemoteToolCatalog(dataDir)).match(q);
  const usbDeviceFor = (q: UsbQuery): UsbDeviceFacts | null => (kvm ??= loadIpKvmCatalog(dataDir)).match(q);

  return {
    ipFacts: (ip) => ips.ipFacts(ip),
    emailFacts: (e) => (email ??= loadEmailCatalog(dataDir)).facts(e),
    remoteToolFor,
    usbDeviceFor,
    enrich(event) {
      const out: Enrichment = {};
      if (event.ip) {
        const f = ips.ipFacts(event.ip);
        if (f) out.ip = f;
      }
      const attrs = event.attrs ?? {};
      // An autostart entry (service, Run key) is about the program it starts, not the process that wrote it.
      const persisted = str(attrs.persistedPath);
      const rq = remoteToolQueryOf(attrs);
      const t = (persisted ? remoteToolFor({ processName: persisted }) : null) ?? (rq ? remoteToolFor(rq) : null);
      if (t) out.remoteTool = t;
      const uq = event.category === 'endpoint.usb' || attrs.usbVendorId || attrs.pnpDeviceId ? usbQueryOf(attrs) : null;
      if (uq) {
        const u = usbDeviceFor(uq);
        if (u) out.usbDevice = u;
      }
      return out;
    },
    warm: () => ips.warm(),
    stats: () => ips.stats(),
  };
}
