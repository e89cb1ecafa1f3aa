// Shared machinery for JSON event sources: mapping factory, stable ids, problem formatting.
export { jsonEventSource, mapRecord, buildEvent, sampleConfidence, type EventDraft, type JsonEventSourceSpec, type RecordContext } from './json-event-source.js';
export { eventId, contentId, canonicalJson } from './event-id.js';
export { formatProblem, zodProblems } from './problems.js';
