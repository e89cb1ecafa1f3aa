// Shared types of the detection stage: enriched events in, findings and alerts out, person context and detector contract.
import type { NormalizedEvent } from '../model/event.js';
import type { Enrichment } from '../model/enrichment.js';
import type { Alert } from '../model/alert.js';

export type EnrichedEvent = NormalizedEvent & { enrichment: Enrichment };
export type Severity = Alert['severity'];
export type Pillar = Alert['pillar'];

/** A declared trip: logins from `country` (or anywhere, when omitted) between the two dates are expected. */
export interface TravelWindow {
  from: string; // ISO date or timestamp
  to: string;
  country?: string | null;
}

/** What detection knows about the person an event was attributed to (HR facts + declared travel + accounts). */
export interface PersonContext {
  personId: string;
  employmentType?: 'employee' | 'contractor' | 'vendor' | null;
  /** HR department and job title: some tools are expected for some roles (remote-access tools for IT support). */
  department?: string | null;
  jobTitle?: string | null;
  hireDate?: string | null;
  terminationDate?: string | null;
  residenceCountry?: string | null;
  residenceRegion?: string | null;
  residenceCity?: string | null;
  /** Geocoded residence, when the caller has it; distance checks fall back to country only. */
  residenceLat?: number | null;
  residenceLon?: number | null;
  /** The gazetteer's name of the residence's first-level region (may differ in spelling from the HR one). */
  residenceGeoRegion?: string | null;
  /** IANA zone; when absent the residence country's main zone is used. */
  timezone?: string | null;
  travel?: TravelWindow[];
  accounts?: { system: string; account: string }[];
}

/** Person facts turned into numbers once, so detectors do no date parsing per event. */
export interface PersonFacts {
  ctx: PersonContext;
  hireMs: number | null;
  /** End of the termination day (UTC): activity after this is post-termination. */
  terminationEndMs: number | null;
  travel: { from: number; to: number; country: string | null }[];
}

/** What a detector or rule reports; the analyzer turns it into a stored Alert with a stable id. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  pillar: Pillar;
  signals: string[];
  attack: string[];
  summary: { en: string; ja: string };
  eventIds: string[];
  facts: Record<string, unknown>;
  /** Alerts with the same rule, person and key inside one window share an id (and are raised once). */
  dedupKey: string;
  dedupWindowMs: number;
  /** Building-block findings feed correlation but are not returned as alerts. */
  emit?: boolean;
}

/** One event as detectors see it: the event, its time in ms and the person's facts. */
export interface EventView {
  ev: EnrichedEvent;
  t: number;
  person: PersonFacts;
}

/** Cross-person state (e.g. device → people) lives in stores keyed by the shared thing, not by person. */
export interface SharedStores {
  get(ns: string): Map<string, unknown>;
}

/**
 * A stateful detector. `state` is a small JSON-serialisable object per person that `onEvent` may mutate
 * in place (mutation avoids an allocation per event at 1M events).
 */
export interface Detector<S = unknown> {
  id: string;
  /** Categories the detector looks at; undefined = all events. */
  categories?: readonly string[];
  init(): S;
  onEvent(state: S, view: EventView, shared: SharedStores): Finding[] | undefined;
}

export interface DetectorConfig {
  [detectorId: string]: Record<string, unknown> | undefined;
}

export const HOUR = 3_600_000;
export const DAY = 86_400_000;
