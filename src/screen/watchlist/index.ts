// Watch-list screening: OFAC SDN (CSV/XML) and STIX 2.1 imports, transliteration-aware name matching, exact identifiers.
export * from './types.js';
export * from './romanize.js';
export * from './name-key.js';
export * from './name-match.js';
export * from './identifiers.js';
export * from './ofac-csv.js';
export * from './ofac-xml.js';
export * from './stix.js';
export * from './matcher.js';
export * from './load-watchlist.js';
