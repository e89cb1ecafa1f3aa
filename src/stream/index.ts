// Public API of scale-out mode: publish to the partitioned stream, run workers, re-attribute parked events.
export { StreamConfigSchema, partitionOf, stableHash, streamName, unitSubject, unattributedSubject, allUnits, type StreamConfig, type Unit } from './partition.js';
export { createAttributor, type Attributor } from './attribute.js';
export { publishEvents, ensureStream, openStream, type PublishInput, type PublishSummary, type StreamLimits } from './publish.js';
export { startWorker, type Worker, type WorkerOptions, type WorkerStats } from './worker.js';
export { reattributeParked, type ReattributeSummary } from './reattribute.js';
export { readCheckpoints } from './checkpoint-repo.js';
export { createKeyStage, CROSS_PERSON_DETECTORS } from './key-stage.js';
export { storedEvents, type StoredEventsQuery } from './stored-events.js';
export { publishStored, type PublishStoredOptions } from './publish-stored.js';
export { createStreamPublisher, type StreamPublisher, type StreamPublisherOptions } from './event-publisher.js';
