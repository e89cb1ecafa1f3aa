import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkShipments } from './shipments-check.js';
import { indexPeople } from './types.js';
import { person, shipment } from './test-builders.js';

const ana = person({ employee_id: 'E1', full_name: 'Ana García', residence_country: 'US', residence_city: 'San Jose', residence_region: 'CA', residence_postal_code: '95112', residence_address: '350 N 1st Street, Apt 12' });
const yui = person({ employee_id: 'E2', full_name: '佐藤 結衣', residence_country: 'JP', residence_city: '渋谷区', residence_region: '東京都', residence_postal_code: '150-0002', residence_address: '渋谷二丁目21番1号' });
const people = indexPeople([ana, yui]);
const rules = (xs: { ruleId: string }[]) => xs.map((x) => x.ruleId).sort();

test('shipped home, written differently: no alert', () => {
  const alerts = checkShipments([
    shipment({ asset_id: 'A1', employee_id: 'E1', ship_to_name: 'ANA GARCIA', ship_to_address: '350 North 1st St. #12', ship_to_city: 'San José', ship_to_region: 'CA', ship_to_postal_code: '95112-4505', ship_to_country: 'US' }),
    shipment({ asset_id: 'A2', employee_id: 'E2', ship_to_name: '佐藤 結衣', ship_to_address: '東京都渋谷区渋谷２－２１－１', ship_to_postal_code: '〒150-0002', ship_to_country: 'JP' }),
  ], people);
  assert.deepEqual(alerts, []);
});

test('another country, another name (c/o), unmanaged and re-shipped are each flagged', () => {
  const alerts = checkShipments([
    shipment({ asset_id: 'A3', employee_id: 'E1', serial_number: 'PF3XK2LM', shipped_at: '2025-03-01T10:00:00Z', ship_to_name: 'Ana Garcia c/o R. Chapman', ship_to_address: '1600 Main St', ship_to_city: 'Litchfield Park', ship_to_region: 'AZ', ship_to_postal_code: '85340', ship_to_country: 'US', managed: 'false' }),
    shipment({ asset_id: 'A3-R', employee_id: 'E1', serial_number: 'pf3xk2lm', shipped_at: '2025-03-09T10:00:00Z', ship_to_name: 'Ana Garcia', ship_to_address: 'Flat 2, 5 High Street', ship_to_city: 'Dover', ship_to_postal_code: 'CT16 1AA', ship_to_country: 'GB' }),
  ], people);
  assert.deepEqual(rules(alerts), ['onboard.reshipped', 'onboard.ship_to_not_residence', 'onboard.ship_to_not_residence', 'onboard.ship_to_other_name', 'onboard.unmanaged_device']);
  const mism = alerts.filter((a) => a.ruleId === 'onboard.ship_to_not_residence').map((a) => a.evidence.facts.mismatch).sort();
  assert.deepEqual(mism, ['city', 'country']);
  assert.equal(alerts.find((a) => a.ruleId === 'onboard.unmanaged_device')?.signals[0], 'O4');
});
