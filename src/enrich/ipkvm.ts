// IP-KVM / remote-access hardware recognition from USB ids, device strings and interface classes (T1219.003).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { UsbDeviceFacts } from '../model/enrichment.js';

export const IPKVM_FILE = 'ipkvm/devices.json';

const DevicesFile = z.object({
  devices: z.array(z.object({ device: z.string(), ids: z.array(z.string()), strings: z.array(z.string()), serials: z.array(z.string()) })),
  genericGadgetIds: z.array(z.string()),
  genericGadgetStrings: z.array(z.string()),
});

export interface UsbQuery {
  vendorId?: string | number | null;
  productId?: string | number | null;
  serial?: string | null;
  /** Any device strings: manufacturer, product, description, friendly name, Windows device id. */
  strings?: (string | null | undefined)[];
  /** USB interface/device classes seen on the one device (numbers or hex text such as "03", "08h"). */
  interfaceClasses?: (string | number)[];
}

export interface IpKvmCatalog {
  match(q: UsbQuery): UsbDeviceFacts | null;
}

/** "0x1D6B", "1d6b", 7531 → "1d6b". */
export function normUsbId(v: string | number | null | undefined): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return v.toString(16).padStart(4, '0');
  const m = /^(?:0x)?([0-9a-f]{1,4})h?$/i.exec(v.trim());
  return m ? m[1]!.toLowerCase().padStart(4, '0') : null;
}

/** Windows PnP ids carry the ids and serial: `USB\VID_1D6B&PID_0104\CAFEBABE`. */
export function parsePnpDeviceId(id: string): { vendorId: string; productId: string; serial: string | null } | null {
  const m = /VID_([0-9A-F]{4})&PID_([0-9A-F]{4})(?:[^\\]*\\([^\\&\s]+))?/i.exec(id);
  if (!m) return null;
  return { vendorId: m[1]!.toLowerCase(), productId: m[2]!.toLowerCase(), serial: m[3] ?? null };
}

function classNum(c: string | number): number | null {
  if (typeof c === 'number') return c;
  const m = /^(?:0x)?([0-9a-f]{1,2})h?$/i.exec(c.trim());
  return m ? parseInt(m[1]!, 16) : null;
}

export function loadIpKvmCatalog(dataDir: string): IpKvmCatalog {
  const data = DevicesFile.parse(JSON.parse(readFileSync(join(dataDir, IPKVM_FILE), 'utf8')));
  const genericIds = new Set(data.genericGadgetIds.map((s) => s.toLowerCase()));
  return {
    match(q) {
      let vid = normUsbId(q.vendorId);
      let pid = normUsbId(q.productId);
      let serial = q.serial ?? null;
      const strings = (q.strings ?? []).filter((s): s is string => typeof s === 'string' && s.length > 0);
      for (const s of strings) {
        const pnp = parsePnpDeviceId(s);
        if (pnp) { vid ??= pnp.vendorId; pid ??= pnp.productId; serial ??= pnp.serial; }
      }
      const id = vid && pid ? `${vid}:${pid}` : null;
      const text = strings.join(' \u0000 ').toLowerCase();

      // Strong: a device's own registered ids, its name in a device string, or its default serial on the gadget id.
      for (const d of data.devices) {
        if (id && d.ids.includes(id)) return { device: d.device, strength: 'strong', matchedOn: `vid:pid ${id}` };
        const named = d.strings.find((s) => text.includes(s));
        if (named) return { device: d.device, strength: 'strong', matchedOn: `device string "${named}"` };
        if (id && genericIds.has(id) && serial && d.serials.some((s) => s.toLowerCase() === serial!.toLowerCase())) {
          return { device: d.device, strength: 'strong', matchedOn: `vid:pid ${id} + default serial` };
        }
      }
      // Hints: the generic Linux gadget id is used by many hobby boards, not only KVMs.
      if (id && genericIds.has(id)) return { device: 'generic Linux USB gadget', strength: 'hint', matchedOn: `vid:pid ${id}` };
      const gadgetString = data.genericGadgetStrings.find((s) => text.includes(s));
      if (gadgetString) return { device: 'generic Linux USB gadget', strength: 'hint', matchedOn: `device string "${gadgetString}"` };
      // A keyboard (HID, 03h; or composite 00h named HID) does not carry a disk (mass storage, 08h): spoofed ids do not hide this.
      const classes = new Set((q.interfaceClasses ?? []).map(classNum));
      const hid = classes.has(3) || (classes.has(0) && /\bhid|keyboard|mouse/.test(text));
      if (hid && classes.has(8)) return { device: 'HID + mass-storage composite', strength: 'hint', matchedOn: 'hid+mass-storage' };
      return null;
    },
  };
}
