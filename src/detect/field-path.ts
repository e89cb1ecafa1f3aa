// Reads a dotted field path from an event view: event fields, enrichment, and computed `person.*` facts.
import type { EventView } from './types.js';
import { onDeclaredTravel, tenureDays } from './person-facts.js';

export type FieldReader = (v: EventView) => unknown;

function personField(name: string): FieldReader {
  switch (name) {
    case 'tenureDays': return (v) => tenureDays(v.person, v.t);
    case 'terminated': return (v) => v.person.terminationEndMs !== null && v.t >= v.person.terminationEndMs;
    case 'onTravel': return (v) => onDeclaredTravel(v.person, v.t, v.ev.enrichment.ip?.country);
    case 'residenceCountry': return (v) => v.person.ctx.residenceCountry ?? null;
    case 'employmentType': return (v) => v.person.ctx.employmentType ?? null;
    case 'department': return (v) => v.person.ctx.department ?? null;
    case 'jobTitle': return (v) => v.person.ctx.jobTitle ?? null;
    /** Department and title together, for role patterns that may sit in either. */
    case 'role': return (v) => [v.person.ctx.department, v.person.ctx.jobTitle].filter(Boolean).join(' / ') || null;
    case 'id': return (v) => v.person.ctx.personId;
    default: return () => undefined;
  }
}

/** Compiles a path once into a reader; `person.x` reads computed facts, everything else walks the event. */
export function compilePath(path: string): FieldReader {
  const keys = path.split('.');
  if (keys[0] === 'person' && keys.length === 2) return personField(keys[1] as string);
  if (keys.length === 1) { const k = keys[0] as string; return (v) => (v.ev as Record<string, unknown>)[k]; }
  return (v) => {
    let cur: unknown = v.ev;
    for (const k of keys) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[k];
    }
    return cur;
  };
}

/** Replaces `{path}` in a template with the event's values (missing → "?"). */
export function renderTemplate(tpl: string, v: EventView): string {
  return tpl.replace(/\{([a-zA-Z0-9_.]+)\}/g, (_, p: string) => {
    const val = compilePath(p)(v);
    return val === undefined || val === null ? '?' : String(val);
  });
}
