// Company laptops and phones with the identifiers each vendor reports (Defender id, Okta fingerprint, Entra device id).
import type { Rng } from './prng.js';
import type { Device, PhoneDevice } from './types.js';

const CHROME = ['126.0.0.0', '127.0.0.0', '128.0.0.0', '129.0.0.0'];

export function windowsUa(rng: Rng): string {
  const v = rng.pick(CHROME);
  return rng.bool(0.35)
    ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36 Edg/${v}`
    : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36`;
}

export function macUa(rng: Rng): string {
  return rng.bool(0.3)
    ? 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'
    : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36`;
}

export function makeLaptop(rng: Rng, index: number, os: 'Windows' | 'macOS', managed = true): Device {
  const prefix = os === 'Windows' ? 'KST-WL' : 'KST-MB';
  return {
    defenderId: rng.hex(40),
    name: managed ? `${prefix}-${String(index).padStart(5, '0')}` : `DESKTOP-${rng.hex(7).toUpperCase()}`,
    os,
    fingerprint: rng.hex(32),
    entraDeviceId: rng.uuid(),
    userAgent: os === 'Windows' ? windowsUa(rng) : macUa(rng),
    managed,
    serial: os === 'Windows' ? `PF${rng.hex(6).toUpperCase()}` : `C02${rng.hex(9).toUpperCase()}`,
  };
}

export function makePhone(rng: Rng): PhoneDevice {
  if (rng.bool(0.55)) {
    const v = rng.pick(['17_5', '17_6', '18_0']);
    return { os: 'iOS', fingerprint: rng.hex(32), userAgent: `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.replace('_', '.')} Mobile/15E148 Safari/604.1` };
  }
  const model = rng.pick(['Pixel 8', 'SM-S921B', 'SM-A546E', 'Pixel 7a']);
  return { os: 'Android', fingerprint: rng.hex(32), userAgent: `Mozilla/5.0 (Linux; Android 14; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Mobile Safari/537.36` };
}

/** "+1 ### ### ####" patterns filled with digits (first digit non-zero). */
export function fillPattern(rng: Rng, pattern: string): string {
  let first = true;
  return pattern.replace(/[#A]/g, (ch) => {
    if (ch === 'A') return String.fromCharCode(65 + rng.int(0, 25));
    const d = first ? rng.int(2, 9) : rng.int(0, 9);
    first = false;
    return String(d);
  });
}
