// O1/O4: company devices shipped away from the verified residence, to someone else's name, re-shipped, or unmanaged.
import type { Alert, Person, Shipment } from '../model/index.js';
import { compareAddresses, type PlaceMismatch } from './address-normalise.js';
import { makeAlert } from './make-alert.js';
import { isCareOf, sameName } from './names.js';
import { residenceOf, shipToOf } from './residence.js';

const MISMATCH_TEXT: Record<PlaceMismatch, { en: string; ja: string; severity: Alert['severity'] }> = {
  country: { en: 'a different country', ja: '別の国', severity: 'high' },
  region: { en: 'a different region', ja: '別の地域', severity: 'medium' },
  city: { en: 'a different city', ja: '別の市区町村', severity: 'medium' },
  postal: { en: 'a different postal code', ja: '別の郵便番号', severity: 'medium' },
  street: { en: 'a different street address in the same postal area', ja: '同じ郵便区域内の別の住所', severity: 'low' },
};

function assetLabel(s: Shipment): string {
  return [s.assetType, s.assetId].filter(Boolean).join(' ');
}

export function checkShipments(shipments: readonly Shipment[], people: ReadonlyMap<string, Person>): Alert[] {
  const alerts: Alert[] = [];
  for (const s of shipments) {
    const person = people.get(s.employeeId);
    const ship = shipToOf(s);
    const asset = assetLabel(s);
    if (person) {
      const home = residenceOf(person);
      const mismatch = compareAddresses(ship, home);
      if (mismatch) {
        const t = MISMATCH_TEXT[mismatch];
        alerts.push(makeAlert({
          ruleId: 'onboard.ship_to_not_residence', dedupKey: s.assetId, subjectId: s.employeeId, time: s.shippedAt,
          severity: t.severity, pillar: 'location', signals: ['O1'], attack: ['T1078'],
          en: `Company device ${asset} was shipped to ${t.en} (${ship.country ?? '?'} ${ship.city ?? ''} ${ship.postal?.value ?? ''}) than the verified residence (${home.country ?? '?'} ${home.city ?? ''} ${home.postal?.value ?? ''}).`.replace(/\s+/g, ' '),
          ja: `会社支給端末 ${asset} の配送先が確認済みの居住地と${t.ja}です(配送先 ${ship.country ?? '?'} ${ship.city ?? ''} ${ship.postal?.value ?? ''}、居住地 ${home.country ?? '?'} ${home.city ?? ''} ${home.postal?.value ?? ''})。`.replace(/\s+/g, ' '),
          facts: { mismatch, assetId: s.assetId, shipToCountry: ship.country, shipToCity: ship.city, shipToPostal: ship.postal?.value ?? null, residenceCountry: home.country, residenceCity: home.city, residencePostal: home.postal?.value ?? null },
        }));
      }
      if (s.shipToName && (!sameName(s.shipToName, person.fullName) || isCareOf(s.shipToName))) {
        alerts.push(makeAlert({
          ruleId: 'onboard.ship_to_other_name', dedupKey: s.assetId, subjectId: s.employeeId, time: s.shippedAt,
          severity: 'medium', pillar: 'identity', signals: ['O1'],
          en: `Company device ${asset} was addressed to "${s.shipToName}", not to the employee — someone else receives it.`,
          ja: `会社支給端末 ${asset} の宛名が本人ではなく「${s.shipToName}」でした(第三者が受け取っています)。`,
          facts: { assetId: s.assetId, shipToName: s.shipToName, careOf: isCareOf(s.shipToName) },
        }));
      }
    }
    if (s.managed === false) {
      alerts.push(makeAlert({
        ruleId: 'onboard.unmanaged_device', dedupKey: s.assetId, subjectId: s.employeeId, time: s.shippedAt,
        severity: 'low', pillar: 'device', signals: ['O4'],
        en: `Device ${asset} is not managed (BYOD or unenrolled): no attestation, no endpoint evidence.`,
        ja: `端末 ${asset} は管理対象外(BYOD または未登録)です。端末の証跡や認証が得られません。`,
        facts: { assetId: s.assetId, managed: false },
      }));
    }
  }
  alerts.push(...checkReshipping(shipments));
  return alerts;
}

/** The same asset (asset id or serial) shipped again to a different place: forwarding after first delivery. */
export function checkReshipping(shipments: readonly Shipment[]): Alert[] {
  const byAsset = new Map<string, Shipment[]>();
  for (const s of shipments) {
    const k = s.serialNumber ? `sn:${s.serialNumber.toUpperCase()}` : `id:${s.assetId}`;
    byAsset.set(k, [...(byAsset.get(k) ?? []), s]);
  }
  const alerts: Alert[] = [];
  for (const [k, list] of byAsset) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => (a.shippedAt ?? '').localeCompare(b.shippedAt ?? ''));
    const keys = sorted.map((s) => shipToOf(s).key ?? shipToOf(s).display);
    if (new Set(keys).size < 2) continue;
    const last = sorted[sorted.length - 1]!;
    const people = [...new Set(sorted.map((s) => s.employeeId))];
    for (const who of people) {
      alerts.push(makeAlert({
        ruleId: 'onboard.reshipped', dedupKey: k, subjectId: who, time: last.shippedAt,
        severity: 'medium', pillar: 'location', signals: ['O1'],
        en: `Device ${assetLabel(last)} was shipped ${sorted.length} times to ${new Set(keys).size} different addresses (re-shipping).`,
        ja: `端末 ${assetLabel(last)} が ${new Set(keys).size} か所の異なる住所へ計 ${sorted.length} 回配送されています(転送)。`,
        facts: { asset: k, shipments: sorted.map((s) => ({ assetId: s.assetId, employeeId: s.employeeId, shippedAt: s.shippedAt, country: s.shipToCountry, city: s.shipToCity })) },
      }));
    }
  }
  return alerts;
}
