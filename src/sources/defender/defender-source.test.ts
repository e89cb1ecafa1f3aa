// Defender advanced-hunting parser: conformance for API results and streamed records, process/network/logon/USB.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { NormalizedEvent } from '../../model/event.js';
import { collect, runSourceConformance } from '../conformance.js';
import { defenderSource } from './defender-source.js';

const fx = (f: string) => fileURLToPath(new URL(`../../../test/fixtures/defender/${f}`, import.meta.url));
const rec = (table: string, action: unknown, reportId: number) => JSON.stringify({
  time: '2024-05-20T03:14:15Z', category: `AdvancedHunting-${table}`, operationName: 'Publish',
  properties: { Timestamp: '2024-05-20T03:14:15.1234567Z', DeviceId: 'd1', DeviceName: 'lt-1', ActionType: action, ReportId: reportId, FileName: 'x.exe' },
});

runSourceConformance(defenderSource, {
  fixtures: [fx('defender-api-results.json'), fx('defender-streamed.jsonl')],
  goodLine: rec('DeviceProcessEvents', 'ProcessCreated', 1),
  unknownTypeLine: rec('DeviceEvents', 'QuantumFluxDetected', 2),
  wrongTypeLine: rec('DeviceProcessEvents', 7, 3),
  wrongTypeField: 'properties.ActionType',
});

const all = async (f: string) => (await collect(defenderSource, fx(f))).flatMap((i) => (i.ok ? [i.record as NormalizedEvent] : []));

it('infers tables for API rows and maps process, network, logon and USB fields', async () => {
  const evs = await all('defender-api-results.json');
  assert.deepEqual(evs.map((e) => e.attrs.table), ['DeviceProcessEvents', 'DeviceNetworkEvents', 'DeviceLogonEvents', 'DeviceLogonEvents', 'DeviceEvents', 'DeviceEvents']);
  const [proc, net, logonFail, logon, usb, mount] = evs;
  assert.equal(proc!.category, 'endpoint.process');
  assert.equal(proc!.attrs.processName, 'AnyDesk.exe');
  assert.equal(proc!.attrs.processCommandLine, '"AnyDesk.exe" --control');
  assert.equal(proc!.attrs.signer, 'AnyDesk Software GmbH');
  assert.equal(proc!.attrs.parentProcessName, 'explorer.exe');
  assert.equal(proc!.actor, 'mika.tanaka@example.com');
  assert.equal(proc!.deviceId, 'b7c4e1f0a9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4');
  assert.equal(proc!.time, '2024-05-20T03:14:15.926Z');
  assert.equal(net!.category, 'endpoint.network');
  assert.equal(net!.attrs.remoteIp, '45.76.1.2');
  assert.equal(net!.attrs.remoteUrl, 'relay-7f3a.net.anydesk.com');
  assert.equal(net!.attrs.processName, 'AnyDesk.exe');
  assert.equal(net!.ip, null, 'network events carry no actor IP');
  assert.equal(logonFail!.outcome, 'failure');
  assert.equal(logonFail!.attrs.logonType, 'Network');
  assert.equal(logon!.category, 'endpoint.logon');
  assert.equal(logon!.attrs.logonType, 'RemoteInteractive');
  assert.equal(logon!.ip, '198.51.100.77');
  assert.equal(logon!.actor, 'mtanaka');
  assert.equal(usb!.category, 'endpoint.usb');
  assert.equal(usb!.attrs.usbVendorId, '1D6B');
  assert.equal(usb!.attrs.usbProductId, '0104');
  assert.equal(usb!.attrs.deviceDescription, 'TinyPilot USB Composite Device');
  assert.equal(usb!.attrs.manufacturer, 'Linux Foundation');
  assert.equal(usb!.attrs.classId, '{36fc9e60-c465-11cf-8056-444553540000}');
  assert.equal(mount!.category, 'endpoint.usb');
  assert.equal(mount!.attrs.usbVendorId, null);
  assert.equal(mount!.attrs.manufacturer, 'SanDisk');
  assert.equal(proc!.attrs.usbVendorId, undefined);
});

it('reads streamed AdvancedHunting-* records with the table from category', async () => {
  const evs = await all('defender-streamed.jsonl');
  assert.deepEqual(evs.map((e) => e.category), ['endpoint.process', 'endpoint.network', 'endpoint.logon', 'endpoint.usb']);
  const api = await all('defender-api-results.json');
  assert.notEqual(evs[0]!.id, api[0]!.id, 'different ReportIds, different ids');
});
