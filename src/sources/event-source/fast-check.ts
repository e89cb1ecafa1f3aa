// Compiles a vendor zod schema into a plain predicate for the import hot path; zod still explains every failure.
//
// Why: zod's safeParse copies every object it validates, which cost more than the rest of normalization on
// million-event files. The predicate answers "would zod accept this and return the same data?"; it only
// compiles schema parts whose zod output equals the input (no transforms, defaults, or stripping), and it
// may say "no" where zod would say "yes" (zod then runs), but never the reverse.
import type { z } from 'zod';

export type FastCheck = (v: unknown) => boolean;

/** The zod 4 internals the compiler reads (stable across zod 4 releases: `_zod.def`, `optin`, `optout`). */
interface Internals {
  def: {
    type: string;
    checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; fn?: (v: unknown) => unknown; when?: unknown } } }[];
    innerType?: ZodLike;
    element?: ZodLike;
    options?: ZodLike[];
    shape?: Record<string, ZodLike>;
    catchall?: ZodLike;
    keyType?: ZodLike;
    valueType?: ZodLike;
  };
  optin?: string;
  optout?: string;
}
interface ZodLike { _zod: Internals }

const hasOwn = Object.prototype.hasOwnProperty;
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks that never change the value: length bounds and refinements (`.refine`). Anything else is not compiled. */
function compileChecks(checks: NonNullable<Internals['def']['checks']>): FastCheck | null {
  const fns: FastCheck[] = [];
  for (const c of checks) {
    const d = c._zod.def;
    if (d.check === 'min_length' && typeof d.minimum === 'number') { const m = d.minimum; fns.push((v) => (v as { length: number }).length >= m); }
    else if (d.check === 'max_length' && typeof d.maximum === 'number') { const m = d.maximum; fns.push((v) => (v as { length: number }).length <= m); }
    else if (d.check === 'custom' && typeof d.fn === 'function' && d.when === undefined) {
      const fn = d.fn;
      // Only a plain `true` passes: a Promise or truthy object goes to zod, which knows what to make of it.
      fns.push((v) => { try { return fn(v) === true; } catch { return false; } });
    } else return null;
  }
  return (v) => { for (const f of fns) if (!f(v)) return false; return true; };
}

function compileNode(schema: ZodLike): FastCheck | null {
  const z = schema._zod;
  const d = z.def;
  const base = compileType(d);
  if (!base) return null;
  if (!d.checks || d.checks.length === 0) return base;
  const checks = compileChecks(d.checks);
  if (!checks) return null;
  return (v) => base(v) && checks(v);
}

function compileType(d: Internals['def']): FastCheck | null {
  switch (d.type) {
    case 'string': return (v) => typeof v === 'string';
    case 'number': return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean': return (v) => typeof v === 'boolean';
    case 'unknown': case 'any': return () => true;
    case 'optional': { const inner = d.innerType && compileNode(d.innerType); return inner ? (v) => v === undefined || inner(v) : null; }
    case 'nullable': { const inner = d.innerType && compileNode(d.innerType); return inner ? (v) => v === null || inner(v) : null; }
    case 'array': {
      const el = d.element && compileNode(d.element);
      if (!el) return null;
      return (v) => { if (!Array.isArray(v)) return false; for (let i = 0; i < v.length; i++) if (!el(v[i])) return false; return true; };
    }
    case 'union': {
      const opts = (d.options ?? []).map(compileNode);
      if (opts.length === 0 || opts.some((o) => !o)) return null;
      const fns = opts as FastCheck[];
      return (v) => { for (const f of fns) if (f(v)) return true; return false; };
    }
    case 'record': {
      // String keys with any value: JSON object keys are strings already.
      if (d.keyType?._zod.def.type !== 'string' || d.keyType._zod.def.checks?.length) return null;
      const val = d.valueType && compileNode(d.valueType);
      if (!val) return null;
      return (v) => {
        if (!isPlainObject(v) || hasOwn.call(v, '__proto__')) return false;
        for (const k in v) if (!val(v[k])) return false;
        return true;
      };
    }
    case 'object': return compileObject(d);
    default: return null;
  }
}

/**
 * Loose objects only: a stripping or strict object changes or rejects extra keys, so zod must handle it.
 * The object check is generated code (one property read per declared key, each its own call site) because a
 * loop over keys reads properties through one megamorphic site, which made it the slowest step of the mapping.
 */
function compileObject(d: Internals['def']): FastCheck | null {
  if (d.catchall?._zod.def.type !== 'unknown' || !d.shape) return null;
  const checks: FastCheck[] = [];
  const lines: string[] = [];
  for (const [i, key] of Object.keys(d.shape).entries()) {
    const s = d.shape[key]!;
    const check = compileNode(s);
    if (!check) return null;
    checks.push(check);
    // zod drops an absent key silently only when the schema is optional in and out (e.g. `.nullish()`).
    const absentOk = s._zod.optin === 'optional' && s._zod.optout === 'optional';
    const k = JSON.stringify(key);
    lines.push(`x = v[${k}]; if (x === undefined && !(${k} in v)) { ${absentOk ? '' : 'return false;'} } else if (!c${i}(x)) return false;`);
  }
  const params = checks.map((_, i) => `c${i}`);
  // zod never copies an own `__proto__` key into its output; let it decide.
  const body = `return function check(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || hasOwn.call(v, '__proto__')) return false;
    let x;
    ${lines.join('\n    ')}
    return true;
  };`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from the schema's own key names (JSON-quoted)
  return new Function('hasOwn', ...params, body)(hasOwn, ...checks) as FastCheck;
}

/** A predicate true only for inputs zod accepts unchanged, or null when the schema has parts that transform. */
export function compileFastCheck(schema: z.ZodType): FastCheck | null {
  return compileNode(schema as unknown as ZodLike);
}
