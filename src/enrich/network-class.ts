// Decides an address's network class (tor, relay, vpn, satellite, mobile, hosting, residential…) from shipped lists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { NetworkClass } from '../model/enrichment.js';
import { parseCidr, type ParsedIp } from './ip-address.js';
import { parseAppleRelayCsv, parseAsnList, parseCidrList, parseTorExitList, type Cidr } from './list-formats.js';
import { buildRangeTable, lookupValue, rangeCount, type RangeTable } from './range-table.js';

export interface ClassDecision { networkClass: NetworkClass; classSource: string | null; provider: string | null }

/** Files (relative to the data dir) the classifier reads; also what `data update` may replace. */
export const NETWORK_FILES = {
  torExits: 'tor/exit-addresses',
  appleRelay: 'icloud-private-relay/egress-ip-ranges.csv',
  vpnV4: 'x4bnet-lists-vpn/output/vpn/ipv4.txt',
  vpnV6: 'x4bnet-lists-vpn/output/vpn/ipv6.txt',
  dcV4: 'x4bnet-lists-vpn/output/datacenter/ipv4.txt',
  dcV6: 'x4bnet-lists-vpn/output/datacenter/ipv6.txt',
  vpnAsn: 'x4bnet-lists-vpn/input/vpn/ASN.txt',
  dcAsn: 'x4bnet-lists-vpn/input/datacenter/ASN.txt',
  vpnAsnExtra: 'network/vpn-asn-extra.txt',
  relayAsn: 'network/relay-asn.txt',
  satelliteAsn: 'network/satellite-asn.txt',
  mobileAsn: 'network/mobile-asn.txt',
  namePatterns: 'network/asn-name-patterns.json',
} as const;

const NamePatterns = z.object({
  rules: z.array(z.object({ class: z.enum(['vpn', 'tor', 'satellite', 'mobile', 'hosting', 'residential']), pattern: z.string(), provider: z.string().optional() })),
});

interface RangeList { table: RangeTable; decide: (value: number) => ClassDecision }
type AsnRule = ClassDecision;

function read(dataDir: string, rel: string): string {
  const p = join(dataDir, rel);
  return existsSync(p) ? readFileSync(p, 'utf8') : '';
}

function tableOf(ranges: Cidr[], value = 0): RangeTable {
  return buildRangeTable(ranges.map((r) => ({ ...r, value })));
}

export interface NetworkClassifier {
  classify(ip: ParsedIp, asn: number | null, org: string | null): ClassDecision;
  stats: Record<string, number>;
}

export function loadNetworkClassifier(dataDir: string, corporateRanges: readonly string[] = []): NetworkClassifier {
  const corporate = corporateRanges.map((c) => {
    const r = parseCidr(c);
    if (!r) throw new Error(`corporateRanges: not an IP range: ${c}`);
    return r;
  });
  const tor = parseTorExitList(read(dataDir, NETWORK_FILES.torExits)).items;
  const relay = parseAppleRelayCsv(read(dataDir, NETWORK_FILES.appleRelay)).items;
  const vpn = [...parseCidrList(read(dataDir, NETWORK_FILES.vpnV4)).items, ...parseCidrList(read(dataDir, NETWORK_FILES.vpnV6)).items];
  const dc = [...parseCidrList(read(dataDir, NETWORK_FILES.dcV4)).items, ...parseCidrList(read(dataDir, NETWORK_FILES.dcV6)).items];
  const fixed = (networkClass: NetworkClass, classSource: string, provider: string | null = null) => (): ClassDecision => ({ networkClass, classSource, provider });
  // Checked in this order: the customer's own ranges first, then the most specific evidence.
  const lists: RangeList[] = [
    { table: tableOf(corporate), decide: fixed('corporate', 'config:corporate') },
    { table: tableOf(tor), decide: fixed('tor', 'tor-exit-list', 'Tor') },
    { table: tableOf(relay.map((r) => r.range)), decide: fixed('relay', 'apple-relay-csv', 'Apple iCloud Private Relay') },
    { table: tableOf(vpn), decide: fixed('vpn', 'x4bnet-vpn') },
  ];
  const afterAsn: RangeList[] = [{ table: tableOf(dc), decide: fixed('hosting', 'x4bnet-datacenter') }];

  const asnRules = new Map<number, AsnRule>();
  const addAsns = (rel: string, cls: NetworkClass, source: string): void => {
    for (const { asn, note } of parseAsnList(read(dataDir, rel)).items) {
      if (asnRules.has(asn)) continue;
      // X4BNet files its Tor-exit AS among VPNs; its note says so, and tor is the truer class.
      const isTor = /\btor\b.*exit/i.test(note);
      asnRules.set(asn, { networkClass: isTor ? 'tor' : cls, classSource: `${source}`, provider: note || null });
    }
  };
  addAsns(NETWORK_FILES.relayAsn, 'relay', 'asn-list:relay');
  addAsns(NETWORK_FILES.vpnAsn, 'vpn', 'x4bnet-vpn-asn');
  addAsns(NETWORK_FILES.vpnAsnExtra, 'vpn', 'asn-list:vpn');
  addAsns(NETWORK_FILES.satelliteAsn, 'satellite', 'asn-list:satellite');
  addAsns(NETWORK_FILES.mobileAsn, 'mobile', 'asn-list:mobile');
  const dcAsns = new Set(parseAsnList(read(dataDir, NETWORK_FILES.dcAsn)).items.map((i) => i.asn));

  const patternsText = read(dataDir, NETWORK_FILES.namePatterns);
  const rules = patternsText ? NamePatterns.parse(JSON.parse(patternsText)).rules.map((r) => ({ ...r, re: new RegExp(r.pattern, 'i') })) : [];
  const byOrg = new Map<string, ClassDecision>();
  const unknown: ClassDecision = { networkClass: 'unknown', classSource: null, provider: null };
  const byName = (org: string): ClassDecision => {
    let d = byOrg.get(org);
    if (!d) {
      const rule = rules.find((r) => r.re.test(org));
      d = rule ? { networkClass: rule.class, classSource: `asn-name:${rule.class}`, provider: rule.provider ?? org } : unknown;
      byOrg.set(org, d);
    }
    return d;
  };

  return {
    classify(ip, asn, org) {
      const rule = asn === null ? undefined : asnRules.get(asn);
      for (const l of lists) {
        const v = lookupValue(l.table, ip);
        if (v < 0) continue;
        const d = l.decide(v);
        // X4BNet lists Tor exit operators' ranges as VPN; the AS list knows they are Tor.
        return d.networkClass === 'vpn' && rule?.networkClass === 'tor' ? rule : withOrg(d, org);
      }
      if (rule) return rule;
      for (const l of afterAsn) {
        if (lookupValue(l.table, ip) >= 0) return withOrg(l.decide(0), org);
      }
      if (asn !== null && dcAsns.has(asn)) return { networkClass: 'hosting', classSource: 'x4bnet-datacenter-asn', provider: org };
      return org ? byName(org) : unknown;
    },
    stats: {
      corporate: rangeCount(lists[0]!.table),
      torExits: rangeCount(lists[1]!.table),
      relayRanges: rangeCount(lists[2]!.table),
      vpnRanges: rangeCount(lists[3]!.table),
      datacenterRanges: rangeCount(afterAsn[0]!.table),
      asnRules: asnRules.size + dcAsns.size,
      namePatterns: rules.length,
    },
  };
}

/** Range lists do not name the operator; the AS organisation is the best offline guess. */
function withOrg(d: ClassDecision, org: string | null): ClassDecision {
  return d.provider || !org || d.networkClass === 'corporate' ? d : { ...d, provider: org };
}
