// Small formatting pieces every vendor writer shares: timestamps, vendor-style ids, JSON lines, per-person lookup.
import type { Rng } from '../prng.js';
import type { NetInfo } from '../networks.js';
import type { SimPerson, World } from '../types.js';

export const iso = (ms: number): string => new Date(ms).toISOString();

/** ISO with 7 fractional digits, as Microsoft Graph writes them. */
export const iso7 = (ms: number, rng: Rng): string => `${new Date(ms).toISOString().slice(0, 19)}.${String(ms % 1000).padStart(3, '0')}${rng.digits(4)}Z`;

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export function base64Id(rng: Rng, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += B64URL[rng.int(0, 63)];
  return s;
}

export const jsonl = (records: unknown[]): string => records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');

export function peopleById(world: World): Map<string, SimPerson> {
  return new Map(world.people.map((p) => [p.id, p]));
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
export const countryName = (code: string): string => (code ? regionNames.of(code) ?? code : '');

/** Sorts by time, then by a stable key, so equal timestamps never reorder between runs. */
export function byTime<T>(items: T[], time: (x: T) => number, key: (x: T) => string): T[] {
  return items.sort((a, b) => time(a) - time(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function uaParts(ua: string): { os: string; browser: string; osVersion: string } {
  const os = /iPhone/.test(ua) ? 'iOS' : /Android/.test(ua) ? 'Android' : /Mac OS X/.test(ua) ? 'Mac OS X' : /Windows/.test(ua) ? 'Windows 10' : 'Unknown';
  const browser = /Edg\//.test(ua) ? 'EDGE' : /Chrome\//.test(ua) ? 'CHROME' : /Safari\//.test(ua) ? 'SAFARI' : 'UNKNOWN';
  const osVersion = /iPhone OS (\d+)/.exec(ua)?.[1] ?? /Android (\d+)/.exec(ua)?.[1] ?? '';
  return { os, browser, osVersion };
}

export type Net = NetInfo;

/** Joins pre-serialised lines into UTF-8 bytes without building one giant (possibly two-byte) JS string. */
export function linesToBytes(lines: string[]): Buffer {
  const parts: Buffer[] = [];
  const nl = Buffer.from('\n');
  for (const l of lines) { parts.push(Buffer.from(l, 'utf8'), nl); }
  return Buffer.concat(parts);
}
