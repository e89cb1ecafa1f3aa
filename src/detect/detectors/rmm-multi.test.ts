import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvent } from '../event-builder.js';
import { rmmMulti } from './rmm-multi.js';
import { iso, runDetector } from './test-kit.js';

const run = (tool: string, minutes: number, deviceId = 'dev-1') => buildEvent({
  time: iso('2025-03-03T14:00:00Z', minutes), source: 'defender', type: 'ProcessCreated', category: 'endpoint.process', deviceId, deviceName: 'lt-0042',
  attrs: { processName: `${tool}.exe` }, enrichment: { remoteTool: { tool, matchedOn: 'executable', value: `${tool.toLowerCase()}.exe` } },
});

test('two then three remote tools on one host: medium then high', () => {
  const { findings } = runDetector(rmmMulti(), [run('AnyDesk', 0), run('AnyDesk', 5), run('TeamViewer', 60), run('RustDesk', 120)]);
  assert.deepEqual(findings.map((f) => f.severity), ['medium', 'high']);
  assert.deepEqual(findings[1]!.facts['tools'], ['AnyDesk', 'TeamViewer', 'RustDesk']);
});

test('one tool repeatedly, tools on different hosts, approved tools and tools a month apart do not fire', () => {
  assert.equal(runDetector(rmmMulti(), [run('AnyDesk', 0), run('AnyDesk', 10), run('AnyDesk', 20)]).findings.length, 0);
  assert.equal(runDetector(rmmMulti(), [run('AnyDesk', 0, 'a'), run('TeamViewer', 10, 'b')]).findings.length, 0);
  assert.equal(runDetector(rmmMulti({ approvedTools: ['TeamViewer'] }), [run('AnyDesk', 0), run('TeamViewer', 10)]).findings.length, 0);
  assert.equal(runDetector(rmmMulti(), [run('AnyDesk', 0), run('TeamViewer', 60 * 24 * 30)]).findings.length, 0);
});

test('a tool set to start by itself (service, Run key) counts as on the host; other autostart entries do not', () => {
  const autostart = (tool: string | null, minutes: number) => buildEvent({
    time: iso('2025-03-03T14:00:00Z', minutes), source: 'defender', type: 'RegistryValueSet', category: 'endpoint.persistence', deviceId: 'dev-1', deviceName: 'lt-0042',
    attrs: { persistence: 'service' }, enrichment: tool ? { remoteTool: { tool, matchedOn: 'executable', value: `${tool.toLowerCase()}.exe` } } : {},
  });
  const { findings } = runDetector(rmmMulti(), [run('AnyDesk', 0), autostart('RustDesk', 30)]);
  assert.deepEqual(findings[0]?.facts['tools'], ['AnyDesk', 'RustDesk']);
  assert.equal(runDetector(rmmMulti(), [run('AnyDesk', 0), autostart(null, 30)]).findings.length, 0);
});
