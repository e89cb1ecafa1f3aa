// Public API of indicator sharing (R3): STIX 2.1 export with TLP and confidence, keyed-hash sharing, import to watch-lists.
export { exportStixBundle, ExportOptionsSchema, ShareIndicatorSchema, DEFAULT_HASHED_KINDS, type ExportOptions, type ExportResult, type ShareIndicator, type StixBundle, type StixIndicator, type StixIdentity } from './stix-export.js';
export { importStixBundle, matchWatchItems, type ImportOptions, type ImportResult, type WatchItem } from './stix-import.js';
export { INDICATOR_KINDS, KIND_PATH, HMAC_PROPERTY, normaliseIndicator, hmacIndicator, patternFor, kindOfPath, type IndicatorKind } from './indicators.js';
export { TLP_LEVELS, TLP2_IDS, TLP1_IDS, TLP2_EXTENSION_ID, tlpMarking, tlpOf, tlpOfMarking, type Tlp, type MarkingDefinition } from './tlp.js';
export { stixId, stixTime, uuidV5 } from './stix-id.js';
