// Private and reserved address blocks (RFC 1918, 6598, 4193, 5737, 3849…): classified, never geolocated.
import { parseCidr, type ParsedIp } from './ip-address.js';
import { buildRangeTable, lookupValue, type Entry } from './range-table.js';

/** [block, why] — the reason ends up in IpFacts.classSource as "reserved:<why>". */
const BLOCKS: [string, string][] = [
  ['0.0.0.0/8', 'this-network'],
  ['10.0.0.0/8', 'rfc1918'],
  ['100.64.0.0/10', 'cgnat'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'rfc1918'],
  ['192.0.0.0/24', 'ietf-protocol'],
  ['192.0.2.0/24', 'documentation'],
  ['192.88.99.0/24', '6to4-relay'],
  ['192.168.0.0/16', 'rfc1918'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['100::/64', 'discard'],
  ['2001:db8::/32', 'documentation'],
  ['3fff::/20', 'documentation'],
  ['fc00::/7', 'unique-local'],
  ['fe80::/10', 'link-local'],
  ['ff00::/8', 'multicast'],
];

const reasons = [...new Set(BLOCKS.map(([, why]) => why))];
const table = buildRangeTable(
  BLOCKS.map(([cidr, why]) => {
    const r = parseCidr(cidr);
    if (!r) throw new Error(`bad built-in block ${cidr}`);
    return { ...r, value: reasons.indexOf(why) } as Entry;
  }),
);

/** Why the address is not public ("rfc1918", "loopback"…), or null for a public address. */
export function reservedReason(ip: ParsedIp): string | null {
  const v = lookupValue(table, ip);
  return v < 0 ? null : reasons[v]!;
}
