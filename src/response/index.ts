// Public API of incident response (R5) and sharing wiring (R3): playbooks, evidence bundles, watch lists, STIX to/from the store.
export { personFootprint, caseSubject, type Footprint } from './person-footprint.js';
export { playbookService, planFromFootprint, PLAYBOOK_STATUSES, type Playbook, type PlaybookItem, type PlaybookCategory } from './playbook.js';
export { exportEvidenceBundle, verifyEvidenceBundle, type EvidenceManifest, type ManifestFile } from './evidence-bundle.js';
export { addWatchEntries, loadWatchList, watchMatcher, normaliseWatchValue, nameKey, WATCH_KINDS, type WatchEntry, type WatchKind, type WatchMatch, type WatchProbe } from './watch-list.js';
export { addPostTerminationWatch, screenAgainstWatchList, watchEntriesFor, POST_TERMINATION_LIST } from './post-termination.js';
export { collectShareIndicators, exportShareBundle, importShareBundle, STIX_LIST, type CollectOptions } from './share-store.js';
