// A watch-list entry from any list (OFAC SDN, STIX bundle), reduced to what screening compares.

export interface WatchlistName {
  name: string;
  /** primary, or alias kind: aka / fka / nka / weak aka (OFAC), or a STIX object name. */
  kind: string;
}

export interface WatchlistEntry {
  /** Unique within its list, e.g. "ofac-sdn:36" or the STIX object id. */
  id: string;
  list: string;
  type: 'individual' | 'entity' | 'vessel' | 'aircraft' | 'indicator';
  names: WatchlistName[];
  programs: string[];
  emails: string[];
  /** E.164. */
  phones: string[];
  domains: string[];
  /** Addresses or CIDR blocks. */
  ips: string[];
  wallets: string[];
  countries: string[];
  remarks: string | null;
}

export function emptyEntry(id: string, list: string, type: WatchlistEntry['type']): WatchlistEntry {
  return { id, list, type, names: [], programs: [], emails: [], phones: [], domains: [], ips: [], wallets: [], countries: [], remarks: null };
}
