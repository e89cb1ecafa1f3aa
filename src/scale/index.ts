// Public API of PostgreSQL-at-scale maintenance: monthly partitioning of events and retention.
export { partitionEvents, dropOldEventPartitions, isPartitioned, partitionName, type PartitionSummary, type RetentionSummary } from './partition-events.js';
