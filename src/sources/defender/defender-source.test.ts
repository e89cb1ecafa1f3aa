// Defender advanced-hunting parser: conformance for API results and streamed records, process/network/logon/USB,
// registry (persistence, defense changes) and file certificates.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { NormalizedEvent } from '../../model/event.js';
import { collect, runSourceConformance } from '../conformance.js';
import { formatProblem } from '../event-source/problems.js';
import { defenderSource } from './defender-source.js';

const fx = (f: string) => fileURLToPath(new URL(`../../../test/fixtures/defender/${f}`, import.meta.url));
const rec = (table: string, action: unknown, reportId: number) => JSON.stringify({
  time: '2024-05-20T03:14:15Z', category: `AdvancedHunting-${table}`, operationName: 'Publish',
  properties: { Timestamp: '2024-05-20T03:14:15.1234567Z', DeviceId: 'd1', DeviceName: 'lt-1', ActionType: action, ReportId: reportId, FileName: 'x.exe' },
});

runSourceConformance(defenderSource, {
  fixtures: [fx('defender-api-results.json'), fx('defender-streamed.jsonl'), fx('defender-registry-api.json'), fx('defender-registry-streamed.jsonl')],
  goodLine: rec('DeviceProcessEvents', 'ProcessCreated', 1),
  unknownTypeLine: rec('DeviceEvents', 'QuantumFluxDetected', 2),
  wrongTypeLine: rec('DeviceProcessEvents', 7, 3),
  wrongTypeField: 'properties.ActionType',
});

// Certificate rows describe a file, not an action: they stay `other`, so they get their own run without the share check.
runSourceConformance(defenderSource, {
  fixtures: [fx('defender-certificates-api.json'), fx('defender-certificates-streamed.jsonl')],
  goodLine: rec('DeviceProcessEvents', 'ProcessCreated', 4),
  unknownTypeLine: rec('DeviceEvents', 'QuantumFluxDetected', 5),
  wrongTypeLine: rec('DeviceRegistryEvents', ['RegistryValueSet'], 6),
  wrongTypeField: 'properties.ActionType',
  minCategorized: 0,
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

it('maps DeviceRegistryEvents API rows: service and Run-key persistence, exclusions and firewall off, the rest other', async () => {
  const evs = await all('defender-registry-api.json');
  assert.ok(evs.every((e) => e.attrs.table === 'DeviceRegistryEvents'), 'table inferred from Registry* ActionType');
  assert.deepEqual(evs.map((e) => e.category), ['endpoint.persistence', 'other', 'endpoint.persistence', 'security.defense_change', 'security.defense_change', 'other', 'other']);
  const [svc, created, run, excl, fw, deleted, tweak] = evs;
  assert.equal(svc!.type, 'RegistryValueSet');
  assert.equal(svc!.outcome, 'success');
  assert.equal(svc!.attrs.persistence, 'service');
  assert.equal(svc!.attrs.persistedPath, 'C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe');
  assert.equal(svc!.attrs.registryKey, 'HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\AnyDesk');
  assert.equal(svc!.attrs.registryValueName, 'ImagePath');
  assert.equal(svc!.attrs.registryValueType, 'ExpandString');
  assert.equal(svc!.attrs.registryValueData, '"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe" --service');
  assert.equal(svc!.target, 'HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\AnyDesk\\ImagePath');
  assert.equal(svc!.targetType, 'registry_value');
  assert.equal(svc!.attrs.processName, 'AnyDesk.exe');
  assert.equal(svc!.attrs.sha1, '3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d');
  assert.equal(svc!.actor, 'mika.tanaka@example.com');
  assert.equal(svc!.deviceName, 'lt-0412.example.local');
  assert.equal(svc!.attrs.remoteSession, false);
  assert.equal(created!.targetType, 'registry_key');
  assert.equal(created!.attrs.persistence, undefined);
  assert.equal(run!.attrs.persistence, 'run_key');
  assert.equal(run!.attrs.persistedPath, 'C:\\Program Files\\RustDesk\\rustdesk.exe');
  assert.equal(run!.attrs.processName, 'reg.exe');
  assert.equal(excl!.attrs.defenseChange, 'av_exclusion');
  assert.equal(excl!.attrs.exclusionPath, 'C:\\Users\\mtanaka\\AppData\\Local\\Temp\\tools');
  assert.equal(excl!.actor, 'system');
  assert.equal(fw!.attrs.defenseChange, 'firewall_disabled');
  assert.equal(fw!.attrs.previousRegistryValueData, '1');
  assert.equal(deleted!.type, 'RegistryValueDeleted', 'removing a Run value is not persistence');
  assert.equal(deleted!.attrs.previousRegistryValueName, 'OneDrive');
  assert.equal(tweak!.attrs.defenseChange, undefined);
  assert.equal(svc!.attrs.usbVendorId, undefined);
  assert.equal(svc!.attrs.logonType, undefined);
});

it('maps streamed DeviceRegistryEvents with the RDP session the change came from', async () => {
  const evs = await all('defender-registry-streamed.jsonl');
  assert.deepEqual(evs.map((e) => e.category), ['security.defense_change', 'endpoint.persistence', 'endpoint.persistence', 'other']);
  const [av, run, ifeo] = evs;
  assert.equal(av!.attrs.defenseChange, 'av_disabled');
  assert.equal(av!.attrs.remoteSession, true);
  assert.equal(av!.attrs.remoteSessionIp, '198.51.100.77');
  assert.equal(av!.attrs.remoteSessionDeviceName, 'DESKTOP-7H2K9Q');
  assert.equal(av!.ip, null, 'the RDP client address stays in attrs');
  assert.equal(run!.attrs.persistedPath, 'C:\\Program Files\\RustDesk\\rustdesk.exe');
  assert.equal(ifeo!.attrs.persistence, 'ifeo_debugger');
  assert.equal(ifeo!.attrs.persistedPath, 'C:\\Windows\\System32\\cmd.exe');
  const api = await all('defender-registry-api.json');
  assert.notEqual(run!.id, api[2]!.id, 'same Run value on another day is another event');
});

it('maps DeviceFileCertificateInfo rows (no ActionType) in both shapes, joinable to processes on SHA1', async () => {
  const evs = await all('defender-certificates-api.json');
  assert.ok(evs.every((e) => e.attrs.table === 'DeviceFileCertificateInfo' && e.type === 'DeviceFileCertificateInfo' && e.category === 'other'));
  const [anydesk, windows, expired] = evs;
  assert.equal(anydesk!.attrs.signer, 'AnyDesk Software GmbH');
  assert.equal(anydesk!.attrs.issuer, 'DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1');
  assert.equal(anydesk!.attrs.isSigned, true);
  assert.equal(anydesk!.attrs.isTrusted, true);
  assert.equal(anydesk!.attrs.isRootSignerMicrosoft, false);
  assert.equal(anydesk!.attrs.signatureType, 'Embedded');
  assert.equal(anydesk!.attrs.certificateSerialNumber, '0dbf152deaf0b981a8a938d53f769db8');
  assert.equal(anydesk!.attrs.certificateExpirationTime, '2025-09-13T23:59:59.000Z');
  assert.deepEqual(anydesk!.attrs.crlDistributionPointUrls, [
    'http://crl3.digicert.com/DigiCertTrustedG4CodeSigningRSA4096SHA3842021CA1.crl', 'http://crl4.digicert.com/DigiCertTrustedG4CodeSigningRSA4096SHA3842021CA1.crl']);
  assert.equal(anydesk!.target, anydesk!.attrs.sha1);
  assert.equal(anydesk!.targetType, 'file');
  assert.equal(anydesk!.outcome, 'unknown');
  assert.equal(anydesk!.actor, null);
  assert.equal(anydesk!.attrs.processName, null);
  const proc = (await all('defender-api-results.json'))[0]!;
  assert.equal(proc.attrs.sha1, anydesk!.attrs.sha1, 'the process event carries the SHA1 its certificate row has');
  assert.equal(windows!.attrs.isRootSignerMicrosoft, true);
  assert.equal(windows!.attrs.certificateCountersignatureTime, null);
  assert.equal(expired!.attrs.isTrusted, false);
  const streamed = await all('defender-certificates-streamed.jsonl');
  assert.deepEqual(streamed.map((e) => e.attrs.signer), ['Purslane Ltd', 'Microsoft Windows']);
  assert.ok(streamed.every((e) => e.attrs.table === 'DeviceFileCertificateInfo'));
});

it('requires ActionType of event rows, not of certificate rows, and names the field', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'trustline-defender-'));
  try {
    const file = join(dir, 'rows.jsonl');
    const base = { Timestamp: '2024-05-20T03:14:15Z', DeviceId: 'd1', DeviceName: 'lt-1', ReportId: 9 };
    await writeFile(file, [
      JSON.stringify({ ...base, RegistryKey: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\X' }),
      JSON.stringify({ time: base.Timestamp, category: 'AdvancedHunting-DeviceRegistryEvents', properties: base }),
      JSON.stringify({ time: base.Timestamp, category: 'AdvancedHunting-DeviceFileCertificateInfo', properties: { ...base, SHA1: 'ab', Signer: 'X' } }),
      JSON.stringify({ ...base, SHA1: 'ab', IsSigned: true, Signer: 42 }),
    ].join('\n') + '\n');
    const items = await collect(defenderSource, file);
    const problems = items.map((i) => (i.ok ? 'ok' : i.problems.map((p) => formatProblem('rows.jsonl', p)).join('; ')));
    assert.equal(problems[0], 'rows.jsonl:1:ActionType required');
    assert.equal(problems[1], 'rows.jsonl:2:properties.ActionType required');
    assert.equal(problems[2], 'ok');
    assert.match(problems[3]!, /^rows\.jsonl:4:Signer /);
  } finally { await rm(dir, { recursive: true, force: true }); }
});
