// Registry classification: which writes are autostart persistence or defense changes, and what program an entry starts.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { commandPath, registryFacts } from './registry.js';
import type { DefenderRow } from './schema.js';

const HKLM = 'HKEY_LOCAL_MACHINE';
const set = (key: string, name: string, data: string, action = 'RegistryValueSet') =>
  registryFacts({ ActionType: action, RegistryKey: key, RegistryValueName: name, RegistryValueData: data } as DefenderRow);

it('reads the program out of service ImagePaths and Run values, quoted or not', () => {
  assert.equal(commandPath('"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe" --service'), 'C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe');
  assert.equal(commandPath('C:\\Program Files\\TeamViewer\\TeamViewer_Service.exe -x'), 'C:\\Program Files\\TeamViewer\\TeamViewer_Service.exe');
  assert.equal(commandPath('\\??\\C:\\Windows\\system32\\drivers\\x.sys'), 'C:\\Windows\\system32\\drivers\\x.sys');
  assert.equal(commandPath('rundll32.exe C:\\Users\\a\\p.dll,Start'), 'rundll32.exe');
  assert.equal(commandPath('%SystemRoot%\\System32\\svchost.exe -k netsvcs'), '%SystemRoot%\\System32\\svchost.exe');
  assert.equal(commandPath(''), null);
  assert.equal(commandPath('"unterminated'), null);
});

it('classifies autostart writes, and leaves deletions, defaults and other keys alone', () => {
  const svc = set(`${HKLM}\\SYSTEM\\CurrentControlSet\\Services\\ScreenConnect Client (1a2b)`, 'ImagePath', '"C:\\Program Files (x86)\\ScreenConnect Client (1a2b)\\ScreenConnect.ClientService.exe" "?e=Access&y=Guest"');
  assert.equal(svc.category, 'endpoint.persistence');
  assert.equal(svc.attrs.persistedPath, 'C:\\Program Files (x86)\\ScreenConnect Client (1a2b)\\ScreenConnect.ClientService.exe');
  assert.equal(set(`${HKLM}\\SYSTEM\\ControlSet001\\Services\\AnyDesk`, 'Start', '2').category, 'other', 'a service Start value is not the program');
  assert.equal(set(`${HKLM}\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\RunOnce`, 'x', 'C:\\x.exe').attrs.persistence, 'run_key');
  assert.equal(set(`${HKLM}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run`, 'x', '', 'RegistryValueDeleted').category, 'other');
  const winlogon = `${HKLM}\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon`;
  assert.equal(set(winlogon, 'Userinit', 'C:\\Windows\\system32\\userinit.exe,').category, 'other', 'the default Userinit');
  const hijack = set(winlogon, 'Userinit', 'C:\\Windows\\system32\\userinit.exe, C:\\Users\\Public\\svc.exe');
  assert.equal(hijack.attrs.persistence, 'winlogon');
  assert.equal(hijack.attrs.persistedPath, 'C:\\Users\\Public\\svc.exe');
  assert.equal(set(`${HKLM}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer`, 'Run', 'x.exe').category, 'other');
});

it('classifies protection turned down, not turned up', () => {
  const rtp = `${HKLM}\\SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Real-Time Protection`;
  assert.equal(set(rtp, 'DisableRealtimeMonitoring', '1').attrs.defenseChange, 'av_disabled');
  assert.equal(set(rtp, 'DisableRealtimeMonitoring', '0').category, 'other', 're-enabling is not a defense change');
  assert.equal(set(`${HKLM}\\SOFTWARE\\Microsoft\\Windows Defender\\Exclusions\\Processes`, 'rustdesk.exe', '0').attrs.exclusionPath, 'rustdesk.exe');
  assert.equal(set(`${HKLM}\\SOFTWARE\\Microsoft\\Windows Defender\\Features`, 'TamperProtection', '4').attrs.defenseChange, 'tamper_protection_off');
  assert.equal(set(`${HKLM}\\SOFTWARE\\Microsoft\\Windows Defender\\Features`, 'TamperProtection', '5').category, 'other');
  assert.equal(set(`${HKLM}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System`, 'EnableLUA', '0').attrs.defenseChange, 'uac_disabled');
  assert.equal(set(`${HKLM}\\SOFTWARE\\Microsoft\\Windows Defender\\Exclusions\\Paths`, 'C:\\x', '', 'RegistryValueDeleted').category, 'other');
});
