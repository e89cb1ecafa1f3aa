// Compiles a rule's match expression into a predicate; strings compare case-insensitively (as in Sigma).
import ipaddr from 'ipaddr.js';
import type { Condition, MatchExpr } from './rule-schema.js';
import type { EventView } from './types.js';
import { compilePath } from './field-path.js';

export type Predicate = (v: EventView) => boolean;
export type Lists = Record<string, readonly string[]>;

const lower = (x: unknown): string => String(x).toLowerCase();
const asArr = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);

function parseCidrs(list: string[]): [ipaddr.IPv4 | ipaddr.IPv6, number][] {
  return list.map((c) => {
    try { return ipaddr.parseCIDR(c); } catch { throw new Error(`not a CIDR range: ${c}`); }
  });
}

function inCidr(value: unknown, ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][]): boolean {
  if (typeof value !== 'string' || !ipaddr.isValid(value)) return false;
  let addr = ipaddr.parse(value);
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) addr = (addr as ipaddr.IPv6).toIPv4Address();
  return ranges.some(([net, bits]) => net.kind() === addr.kind() && addr.match(net, bits));
}

/** One test on one value; a field holding an array matches when any element does. */
function valueTest(c: Condition, lists: Lists): (x: unknown) => boolean {
  const tests: ((x: unknown) => boolean)[] = [];
  if (c.equals !== undefined) { const e = lower(c.equals); tests.push((x) => lower(x) === e); }
  if (c.in) { const s = new Set(c.in.map(lower)); tests.push((x) => s.has(lower(x))); }
  if (c.in_list !== undefined) {
    const l = lists[c.in_list];
    if (!l) throw new Error(`unknown list "${c.in_list}"`);
    const s = new Set(l.map(lower));
    tests.push((x) => s.has(lower(x)));
  }
  if (c.contains !== undefined) { const n = asArr(c.contains).map(lower); tests.push((x) => { const s = lower(x); return n.some((p) => s.includes(p)); }); }
  if (c.startswith !== undefined) { const n = asArr(c.startswith).map(lower); tests.push((x) => { const s = lower(x); return n.some((p) => s.startsWith(p)); }); }
  if (c.endswith !== undefined) { const n = asArr(c.endswith).map(lower); tests.push((x) => { const s = lower(x); return n.some((p) => s.endsWith(p)); }); }
  if (c.regex !== undefined) {
    let re: RegExp;
    try { re = new RegExp(c.regex, c.flags ?? ''); } catch (e) { throw new Error(`bad regex: ${(e as Error).message}`); }
    tests.push((x) => re.test(String(x)));
  }
  if (c.cidr !== undefined) { const r = parseCidrs(asArr(c.cidr)); tests.push((x) => inCidr(x, r)); }
  const num = (x: unknown): number => (typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' ? Number(x) : NaN);
  if (c.gt !== undefined) { const b = c.gt; tests.push((x) => num(x) > b); }
  if (c.gte !== undefined) { const b = c.gte; tests.push((x) => num(x) >= b); }
  if (c.lt !== undefined) { const b = c.lt; tests.push((x) => num(x) < b); }
  if (c.lte !== undefined) { const b = c.lte; tests.push((x) => num(x) <= b); }
  return (x) => {
    for (const t of tests) if (!t(x)) return false;
    return true;
  };
}

function compileCondition(c: Condition, lists: Lists): Predicate {
  const read = compilePath(c.field);
  const hasValueOps = Object.keys(c).some((k) => k !== 'field' && k !== 'flags' && k !== 'exists');
  const test = hasValueOps ? valueTest(c, lists) : null;
  const exists = c.exists;
  return (v) => {
    const x = read(v);
    const present = x !== undefined && x !== null && x !== '';
    if (exists !== undefined && exists !== present) return false;
    if (!test) return true;
    if (!present) return false;
    if (Array.isArray(x)) return x.some((e) => test(e));
    return test(x);
  };
}

export function compileMatch(m: MatchExpr, lists: Lists): Predicate {
  if ('and' in m) { const ps = m.and.map((x) => compileMatch(x, lists)); return (v) => ps.every((p) => p(v)); }
  if ('or' in m) { const ps = m.or.map((x) => compileMatch(x, lists)); return (v) => ps.some((p) => p(v)); }
  if ('not' in m) { const p = compileMatch(m.not, lists); return (v) => !p(v); }
  return compileCondition(m, lists);
}

/** Categories a rule can only ever match (from a top-level `category` equals/in), so the engine can index rules. */
export function requiredCategories(m: MatchExpr): string[] | null {
  const conds = 'and' in m ? m.and : [m];
  for (const c of conds) {
    if ('field' in c && c.field === 'category') {
      if (c.equals !== undefined) return [String(c.equals)];
      if (c.in) return c.in.map(String);
    }
  }
  return null;
}
