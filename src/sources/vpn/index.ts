// Generic VPN / access logs with a column mapping.
export { vpnSource, mapVpnRow } from './vpn-source.js';
export { VpnMapping, parseVpnMapping, mappingFromHeader, DEFAULT_ALIASES } from './mapping.js';
