// The write path's one hook for stream mode (docs/scale.md). Single-machine mode passes none and loads no NATS code.
import type { Target } from '../sources/types.js';

/**
 * Told after each batch is durable in the database, never before, so nothing unstored can reach the stream. The
 * stream implementation (src/stream/event-publisher.ts) finds what to publish in the database itself (events not
 * yet handed on), which is what makes a crash between storing and publishing harmless.
 */
export interface EventPublisher {
  stored(target: Target): Promise<void>;
}
