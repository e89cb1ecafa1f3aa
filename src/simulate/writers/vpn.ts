// Corporate VPN gateway log as CSV (connect/disconnect rows), plus the column mapping file the VPN importer reads.
import { stringify } from 'csv-stringify/sync';
import type { Rng } from '../prng.js';
import type { World } from '../types.js';
import { byTime, iso, peopleById } from './common.js';

export const VPN_COLUMNS = ['timestamp', 'username', 'source_ip', 'assigned_ip', 'gateway', 'event', 'duration_s', 'bytes_in', 'bytes_out', 'client_version', 'os'];
/** Mapping file in the format of src/sources/vpn/mapping.ts (`trustline import --mapping vpn/mapping.json vpn/vpn.csv`). */
export const VPN_MAPPING = {
  name: 'corporate-vpn',
  columns: { time: 'timestamp', user: 'username', ip: 'source_ip', type: 'event', outcome: 'event', assignedIp: 'assigned_ip', gateway: 'gateway', bytesIn: 'bytes_in', bytesOut: 'bytes_out' },
  outcomes: { success: ['connected', 'disconnected'], failure: ['auth_failed'] },
  timeFormat: 'auto',
};

export function vpnWriter(world: World, rng: Rng): string {
  const people = peopleById(world);
  const rows: { t: number; k: string; r: (string | number)[] }[] = [];
  for (const s of world.sessions) {
    const p = people.get(s.personId);
    if (!p || !s.vpnFrom) continue;
    const gw = s.net.ip;
    const assigned = `10.${rng.int(64, 95)}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
    const client = p.laptop.os === 'Windows' ? 'Windows' : 'macOS';
    const ver = rng.pick(['10.1.9', '10.1.11', '10.2.4']);
    const connect = s.start - rng.int(20, 120) * 1000;
    if (rng.bool(0.03)) rows.push({ t: connect - 60_000, k: `${s.id}f`, r: [iso(connect - 60_000), p.email, s.vpnFrom.ip, '', gw, 'auth_failed', 0, 0, 0, ver, client] });
    rows.push({ t: connect, k: `${s.id}c`, r: [iso(connect), p.email, s.vpnFrom.ip, assigned, gw, 'connected', 0, 0, 0, ver, client] });
    const dur = Math.round((s.end - connect) / 1000);
    rows.push({ t: s.end, k: `${s.id}d`, r: [iso(s.end), p.email, s.vpnFrom.ip, assigned, gw, 'disconnected', dur, rng.int(5e6, 9e8), rng.int(1e6, 2e8), ver, client] });
  }
  return stringify([VPN_COLUMNS, ...byTime(rows, (x) => x.t, (x) => x.k).map((x) => x.r)]);
}
