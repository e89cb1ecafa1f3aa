// The dependencies and result of a live pull run; injected so tests and the server can supply their own.
import type { NormalizedEvent } from '../../model/event.js';

export interface CheckpointStore {
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
}

export interface PullDeps {
  fetch: typeof fetch;
  checkpoints: CheckpointStore;
  /**
   * Must have durably stored the events when it resolves: the checkpoint moves only after it. Storing is idempotent
   * (re-read events are duplicates); returns how many were new, when it knows.
   */
  sink(events: NormalizedEvent[]): Promise<void | number>;
  sleep(ms: number): Promise<void>;
  /** Progress lines; never receives secrets. */
  log?(message: string): void;
  now?(): Date;
}

export interface PullResult {
  connector: string;
  pages: number;
  events: number;
  /** Records the parser rejected (kept out of the sink, counted here). */
  rejected: number;
  retries: number;
}
