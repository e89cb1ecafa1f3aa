// DeviceRegistryEvents: which value changes make a program start by itself (persistence) and which turn protection
// down (defense changes), and the program an autostart entry runs — so the remote-tool catalog can name it.
import type { ActionCategory } from '../../model/event.js';
import type { DefenderRow } from './schema.js';

export const REGISTRY_ACTIONS = /^Registry(Key|Value)(Created|Deleted|Renamed|Set)$/;

/** Autostart locations (MITRE T1547.001 Run keys, T1543.003 services, T1547.004 Winlogon, T1546.012 IFEO). */
const PERSISTENCE: { kind: string; key: RegExp; value?: RegExp; notDefault?: RegExp }[] = [
  { kind: 'run_key', key: /\\Software\\(Wow6432Node\\)?Microsoft\\Windows\\CurrentVersion\\(Run|RunOnce|RunOnceEx|RunServices|RunServicesOnce|Policies\\Explorer\\Run)$/i },
  { kind: 'service', key: /\\(CurrentControlSet|ControlSet\d{3})\\Services\\[^\\]+$/i, value: /^ImagePath$/i },
  { kind: 'service', key: /\\(CurrentControlSet|ControlSet\d{3})\\Services\\[^\\]+\\Parameters$/i, value: /^ServiceDll$/i },
  // Windows writes the defaults itself on updates: only a changed Shell/Userinit is persistence.
  { kind: 'winlogon', key: /\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon$/i, value: /^(Shell|Userinit|Taskman)$/i, notDefault: /^(explorer\.exe|C:\\Windows\\system32\\userinit\.exe),?$/i },
  { kind: 'ifeo_debugger', key: /\\Image File Execution Options\\[^\\]+$/i, value: /^Debugger$/i },
];

const ONE = /^(1|0x0*1)$/i;
const ZERO = /^(0|0x0*0)$/i;
/** Value changes that turn endpoint protection down (T1562.001/.004, T1548.002). */
const DEFENSE: { change: string; key: RegExp; value?: RegExp; data?: RegExp }[] = [
  { change: 'av_exclusion', key: /\\Windows Defender\\Exclusions\\(Paths|Extensions|Processes|IpAddresses|TemporaryPaths)$/i },
  { change: 'av_disabled', key: /\\Windows Defender(\\Real-Time Protection|\\Spynet)?$/i, value: /^(DisableAntiSpyware|DisableAntiVirus|DisableRealtimeMonitoring|DisableBehaviorMonitoring|DisableIOAVProtection|DisableOnAccessProtection|DisableScanOnRealtimeEnable|DisableBlockAtFirstSeen)$/i, data: ONE },
  { change: 'tamper_protection_off', key: /\\Windows Defender\\Features$/i, value: /^TamperProtection$/i, data: /^(0|4|0x0*[04])$/i },
  { change: 'firewall_disabled', key: /\\(SharedAccess\\Parameters\\FirewallPolicy|Policies\\Microsoft\\WindowsFirewall)\\(Standard|Domain|Public)Profile$/i, value: /^EnableFirewall$/i, data: ZERO },
  { change: 'uac_disabled', key: /\\Microsoft\\Windows\\CurrentVersion\\Policies\\System$/i, value: /^EnableLUA$/i, data: ZERO },
];

/** The program a command line runs: `"C:\Program Files\X\x.exe" --service` → `C:\Program Files\X\x.exe`. */
export function commandPath(cmd: string | null | undefined): string | null {
  const s = (cmd ?? '').trim().replace(/^\\\?\?\\/, '');
  if (!s) return null;
  if (s.startsWith('"')) { const end = s.indexOf('"', 1); return end > 1 ? s.slice(1, end) : null; }
  const m = /^(.*?\.(exe|com|scr|bat|cmd|dll|sys|ps1|vbs|js))(?=[\s,]|$)/i.exec(s);
  return m ? m[1]! : s.split(/[\s,]+/)[0] ?? null;
}

export interface RegistryFacts {
  category: ActionCategory;
  attrs: Record<string, unknown>;
}

export function registryFacts(row: DefenderRow): RegistryFacts {
  const key = row.RegistryKey ?? '';
  const value = row.RegistryValueName ?? '';
  const data = row.RegistryValueData ?? '';
  const attrs: Record<string, unknown> = {
    registryKey: row.RegistryKey ?? null, registryValueName: row.RegistryValueName ?? null,
    registryValueType: row.RegistryValueType ?? null, registryValueData: row.RegistryValueData ?? null,
    previousRegistryKey: row.PreviousRegistryKey ?? null, previousRegistryValueName: row.PreviousRegistryValueName ?? null,
    previousRegistryValueData: row.PreviousRegistryValueData ?? null,
  };
  // Only a value being written sets something up; deleting a Run value or an exclusion is the opposite.
  if (row.ActionType !== 'RegistryValueSet') return { category: 'other', attrs };
  const defense = DEFENSE.find((d) => d.key.test(key) && (!d.value || d.value.test(value)) && (!d.data || d.data.test(data.trim())));
  if (defense) {
    attrs.defenseChange = defense.change;
    // The excluded path, extension or process is the value's name.
    if (defense.change === 'av_exclusion') attrs.exclusionPath = row.RegistryValueName ?? null;
    return { category: 'security.defense_change', attrs };
  }
  const p = PERSISTENCE.find((x) => x.key.test(key) && (!x.value || x.value.test(value)) && !(x.notDefault && x.notDefault.test(data.trim())));
  if (p && data.trim()) {
    attrs.persistence = p.kind;
    // Winlogon values are comma lists: the added program is the entry that is not the default.
    const entries = p.kind === 'winlogon' ? data.split(',').map((x) => x.trim()).filter(Boolean) : [data];
    attrs.persistedPath = commandPath(entries.find((x) => !p.notDefault?.test(x)) ?? entries[0]);
    return { category: 'endpoint.persistence', attrs };
  }
  return { category: 'other', attrs };
}
