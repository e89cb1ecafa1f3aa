// The shared test suite every event source passes (Hono-style): fixtures, envelope, errors, idempotence.
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { EventSchema, type NormalizedEvent } from '../model/event.js';
import { eventId } from './event-source/event-id.js';
import { formatProblem } from './event-source/problems.js';
import type { ParsedItem, Source } from './types.js';

export interface ConformanceOptions {
  /** Fixture files that must parse without a single error. */
  fixtures: string[];
  /** One valid record line of this format. */
  goodLine: string;
  /** A record line whose vendor event type Trustline does not know: must come out as category `other`. */
  unknownTypeLine: string;
  /** A record line with one field of the wrong type, and the field path the error must name. */
  wrongTypeLine: string;
  wrongTypeField: string;
  /** Header line for line formats that need one (CSV). */
  header?: string;
  /** Minimum detect() confidence on each fixture (fallback sources score lower on purpose). */
  minDetect?: number;
  /** Minimum share of fixture events mapped to a real category (not `other`). */
  minCategorized?: number;
}

export async function collect(source: Source, file: string): Promise<ParsedItem[]> {
  const out: ParsedItem[] = [];
  for await (const item of source.parse(createReadStream(file), basename(file))) out.push(item);
  return out;
}

function events(items: ParsedItem[]): NormalizedEvent[] {
  return items.filter((i): i is Extract<ParsedItem, { ok: true }> => i.ok).map((i) => i.record as NormalizedEvent);
}

export function runSourceConformance(source: Source, opts: ConformanceOptions): void {
  describe(`${source.name} source conformance`, () => {
    let dir: string | null = null;
    after(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });

    it('is an event source', () => assert.equal(source.target, 'events'));

    for (const fixture of opts.fixtures) {
      it(`parses ${basename(fixture)} without errors into valid events`, async () => {
        const items = await collect(source, fixture);
        const bad = items.filter((i) => !i.ok);
        assert.deepEqual(bad.map((b) => (b.ok ? '' : b.problems.map((p) => formatProblem(basename(fixture), p)).join('; '))), []);
        const evs = events(items);
        assert.ok(evs.length > 0, 'fixture yields events');
        for (const ev of evs) {
          const v = EventSchema.safeParse(ev);
          assert.ok(v.success, `event ${ev.sourceEventId} invalid: ${v.success ? '' : JSON.stringify(v.error.issues)}`);
          assert.equal(ev.source, source.name.split('-')[0]);
          assert.match(ev.id, /^[0-9a-f]{32}$/);
          assert.equal(ev.id, eventId(ev.source, ev.sourceEventId));
          assert.ok(ev.raw && typeof ev.raw === 'object', 'raw kept');
          assert.equal(ev.time, new Date(ev.time).toISOString(), 'time is UTC ISO');
          if (ev.actor) assert.equal(ev.actor, ev.actor.toLowerCase());
        }
        assert.equal(new Set(evs.map((e) => e.id)).size, evs.length, 'ids unique within the fixture');
        const categorized = evs.filter((e) => e.category !== 'other').length / evs.length;
        assert.ok(categorized >= (opts.minCategorized ?? 0.5), `only ${Math.round(categorized * 100)}% categorized`);
      });

      it(`detects ${basename(fixture)} from its head`, async () => {
        const head = (await readFile(fixture, 'utf8')).slice(0, 64 * 1024);
        assert.ok(source.detect({ fileName: basename(fixture), head }) >= (opts.minDetect ?? 0.5));
      });

      it(`re-parsing ${basename(fixture)} yields identical ids and events`, async () => {
        const a = events(await collect(source, fixture));
        const b = events(await collect(source, fixture));
        assert.deepEqual(b.map((e) => e.id), a.map((e) => e.id));
        assert.deepEqual(b, a);
      });
    }

    it('keeps unknown types as `other`, reports truncated and wrong-type lines as file:line, and goes on', async () => {
      dir ??= await mkdtemp(join(tmpdir(), 'trustline-conf-'));
      const file = join(dir, `${source.name}-errors.txt`);
      const truncated = opts.goodLine.slice(0, Math.floor(opts.goodLine.length / 2));
      const lines = [opts.unknownTypeLine, truncated, opts.wrongTypeLine, opts.goodLine];
      const offset = opts.header ? 1 : 0;
      await writeFile(file, [...(opts.header ? [opts.header] : []), ...lines].join('\n') + '\n');
      const items = await collect(source, file);
      const byLine = (n: number) => items.filter((i) => i.line === n + offset);

      const unknown = events(byLine(1));
      assert.ok(unknown.length >= 1, 'unknown event type kept');
      assert.ok(unknown.every((e) => e.category === 'other'));
      assert.ok(byLine(1).every((i) => i.ok));

      const trunc = byLine(2);
      assert.equal(trunc.length, 1);
      assert.equal(trunc[0]?.ok, false);
      if (trunc[0] && !trunc[0].ok) {
        assert.match(formatProblem(basename(file), trunc[0].problems[0]!), new RegExp(`^${source.name}-errors\\.txt:${2 + offset}\\b`));
      }

      const wrong = byLine(3);
      assert.equal(wrong.length, 1);
      assert.equal(wrong[0]?.ok, false);
      if (wrong[0] && !wrong[0].ok) {
        const msgs = wrong[0].problems.map((p) => formatProblem(basename(file), p));
        assert.ok(msgs.some((m) => m.startsWith(`${source.name}-errors.txt:${3 + offset}:${opts.wrongTypeField}`)), msgs.join('; '));
      }

      const last = events(byLine(4));
      assert.ok(last.length >= 1 && last.every((e) => e.category !== 'other'), 'parsing continues after errors');
      assert.equal(items.length, unknown.length + 2 + last.length, 'nothing else yielded');
    });
  });
}
