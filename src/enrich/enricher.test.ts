import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import type { NormalizedEvent } from '../model/event.js';
import { createEnricher } from './index.js';
import { makeTestDataDir } from './test-data-dir.js';

const data = makeTestDataDir({ 'tor/exit-addresses': readFileSync(new URL('./fixtures/tor-exit-addresses.txt', import.meta.url), 'utf8') });
after(() => data.cleanup());
const enricher = createEnricher({ dataDir: data.dir, corporateRanges: ['198.51.100.0/24', '81.2.69.0/24'] });

function event(over: Partial<NormalizedEvent>): NormalizedEvent {
  return {
    id: 'e1', time: '2026-11-01T09:00:00Z', source: 'defender', sourceEventId: 'r1', type: 'x', category: 'other',
    outcome: 'success', attrs: {}, raw: {}, ...over,
  };
}

test('public resolvers: ASN, organisation, geo and time zone', () => {
  const g = enricher.ipFacts('8.8.8.8')!;
  assert.equal(g.asn, 15169);
  assert.equal(g.asOrg, 'Google LLC');
  assert.equal(g.country, 'US');
  assert.equal(g.timeZone, 'America/Los_Angeles');
  assert.equal(g.networkClass, 'hosting');
  const c = enricher.ipFacts('1.1.1.1')!;
  assert.equal(c.asn, 13335);
  assert.match(c.asOrg ?? '', /Cloudflare/);
  assert.notEqual(c.networkClass, 'residential');
});

test('IPv6 addresses get ASN and location', () => {
  const f = enricher.ipFacts('2606:4700:4700::1111')!;
  assert.equal(f.version, 6);
  assert.equal(f.asn, 13335);
  assert.ok(f.country && f.lat !== null && f.timeZone);
  assert.equal(enricher.ipFacts('2001:4860:4860::8888')!.asn, 15169);
});

test('a DigitalOcean address is hosting; a Comcast address is not', () => {
  const h = enricher.ipFacts('104.131.0.1')!;
  assert.equal(h.asn, 14061);
  assert.equal(h.networkClass, 'hosting');
  const r = enricher.ipFacts('24.5.1.1')!;
  assert.equal(r.asn, 7922);
  assert.equal(r.networkClass, 'residential');
});

test('listed Tor exits are tor (IPv4 and IPv6); unlisted neighbours are not', () => {
  assert.equal(enricher.ipFacts('198.98.51.189')!.networkClass, 'tor');
  assert.equal(enricher.ipFacts('198.98.51.189')!.classSource, 'tor-exit-list');
  assert.equal(enricher.ipFacts('2a0b:f4c2::21')!.networkClass, 'tor');
  assert.notEqual(enricher.ipFacts('198.98.51.188')!.networkClass, 'tor');
});

test('Starlink is satellite, Apple relay egress is relay', () => {
  assert.equal(enricher.ipFacts('98.97.0.1')!.networkClass, 'satellite');
  const relay = enricher.ipFacts('172.224.226.5')!;
  assert.equal(relay.networkClass, 'relay');
  assert.equal(relay.provider, 'Apple iCloud Private Relay');
});

test('private and reserved addresses: class private, never located', () => {
  for (const ip of ['10.0.0.1', '192.168.1.20', '127.0.0.1', 'fd00::1', '100.64.0.9']) {
    const f = enricher.ipFacts(ip)!;
    assert.equal(f.networkClass, 'private', ip);
    assert.equal(f.country, null);
    assert.equal(f.lat, null);
    assert.equal(f.asn, null);
  }
});

test('corporate ranges from config win over every list', () => {
  const f = enricher.ipFacts('81.2.69.160')!;
  assert.equal(f.networkClass, 'corporate');
  assert.equal(f.classSource, 'config:corporate');
  assert.notEqual(enricher.ipFacts('81.2.70.1')!.networkClass, 'corporate');
});

test('junk is not an address', () => {
  assert.equal(enricher.ipFacts('not-an-ip'), null);
  assert.equal(enricher.ipFacts('300.1.1.1'), null);
});

test('Defender PnP event for a PiKVM on the gadget id is IP-KVM strong', () => {
  const e = event({
    category: 'endpoint.usb', type: 'PnpDeviceConnected',
    attrs: { pnpDeviceId: 'USB\\VID_1D6B&PID_0104\\CAFEBABE', deviceDescription: 'PiKVM Composite Device', manufacturer: 'PiKVM' },
  });
  const u = enricher.enrich(e).usbDevice!;
  assert.equal(u.device, 'PiKVM');
  assert.equal(u.strength, 'strong');
});

test('gadget id alone is only a hint; HID + mass storage is a hint; a Logitech keyboard is nothing', () => {
  const gadget = enricher.usbDeviceFor({ vendorId: '1D6B', productId: '0104', strings: ['USB Composite Device'] })!;
  assert.equal(gadget.strength, 'hint');
  assert.equal(gadget.device, 'generic Linux USB gadget');
  assert.equal(enricher.usbDeviceFor({ vendorId: '0x1d6b', productId: '0x0104', serial: '6b65796d696d6570690' })!.device, 'TinyPilot');
  const combo = enricher.usbDeviceFor({ vendorId: '046D', productId: 'C52B', interfaceClasses: ['03', '08'] })!;
  assert.equal(combo.matchedOn, 'hid+mass-storage');
  const logi = event({
    category: 'endpoint.usb',
    attrs: { usbVendorId: '046D', usbProductId: 'C52B', deviceDescription: 'Logitech USB Input Device', manufacturer: 'Logitech', usbInterfaceClasses: '03' },
  });
  assert.equal(enricher.enrich(logi).usbDevice, undefined);
});

test('AnyDesk process event names the tool; notepad does not', () => {
  const any = enricher.enrich(event({ category: 'endpoint.process', attrs: { processName: 'C:\\Users\\a\\Downloads\\AnyDesk.exe', signer: 'philandro Software GmbH' } }));
  assert.deepEqual(any.remoteTool, { tool: 'AnyDesk', matchedOn: 'executable', value: 'anydesk.exe' });
  // Renamed binary: the signer still tells.
  const renamed = enricher.remoteToolFor({ processName: 'update-helper.exe', signer: 'philandro Software GmbH' })!;
  assert.equal(renamed.tool, 'AnyDesk');
  assert.equal(renamed.matchedOn, 'signer');
  const np = enricher.enrich(event({ category: 'endpoint.process', attrs: { processName: 'C:\\Windows\\System32\\notepad.exe', signer: 'Microsoft Corporation' } }));
  assert.equal(np.remoteTool, undefined);
});

test('an autostart entry names the remote tool it starts, even when reg.exe or services.exe wrote it', () => {
  const run = enricher.enrich(event({
    category: 'endpoint.persistence', type: 'RegistryValueSet',
    attrs: { processName: 'reg.exe', signer: 'Microsoft Corporation', persistence: 'run_key', persistedPath: 'C:\\Program Files\\RustDesk\\rustdesk.exe' },
  }));
  assert.deepEqual(run.remoteTool, { tool: 'RustDesk', matchedOn: 'executable', value: 'rustdesk.exe' });
  // The program started is ordinary, the writer is a remote tool: the writer still tells.
  const byTool = enricher.enrich(event({ category: 'endpoint.persistence', attrs: { processName: 'AnyDesk.exe', persistedPath: 'C:\\Tools\\helper.exe' } }));
  assert.equal(byTool.remoteTool?.tool, 'AnyDesk');
  const plain = enricher.enrich(event({ category: 'endpoint.persistence', attrs: { processName: 'OneDriveSetup.exe', persistedPath: 'C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe' } }));
  assert.equal(plain.remoteTool, undefined);
});

test('remote-tool domains match on host and parents, not on look-alikes', () => {
  assert.equal(enricher.remoteToolFor({ domain: 'https://relay-1.net.anydesk.com:443/x' })!.tool, 'AnyDesk');
  assert.equal(enricher.remoteToolFor({ domain: 'router15.teamviewer.com' })!.tool, 'TeamViewer');
  assert.equal(enricher.remoteToolFor({ domain: 'notteamviewer.com' }), null);
  assert.equal(enricher.remoteToolFor({ domain: 'github.com' }), null);
});

test('enrich() of an event with a corporate IP and no endpoint facts', () => {
  const out = enricher.enrich(event({ source: 'okta', category: 'auth.login', ip: '198.51.100.10' }));
  // 198.51.100.0/24 is a documentation block: reserved beats corporate config.
  assert.equal(out.ip?.networkClass, 'private');
  assert.equal(out.remoteTool, undefined);
  assert.equal(out.usbDevice, undefined);
});
