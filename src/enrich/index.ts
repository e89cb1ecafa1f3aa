// Public API of enrichment: offline facts about IPs, e-mail, phones, countries, remote tools and USB devices.
export { createEnricher, remoteToolQueryOf, usbQueryOf, type Enricher, type EnricherOptions } from './enricher.js';
export type { EmailFacts, EmailKind } from './email.js';
export { phoneFacts, type PhoneFacts } from './phone.js';
export { countryFacts, isHoliday, offsetMinutesAt, SANCTIONED_COUNTRIES, DPRK_CLAIMED_NATIONALITIES, type CountryFacts, type HolidayFacts } from './countries.js';
export { distanceKm, type LatLon } from './distance.js';
export type { RemoteToolQuery } from './remote-tools.js';
export { normUsbId, parsePnpDeviceId, type UsbQuery } from './ipkvm.js';
export { parseIp } from './ip-address.js';
export { defaultDataDir } from './data-paths.js';
export { readManifest, datasetStatus, updateDatasets, type Manifest, type DatasetStatus, type UpdateResult } from './manifest.js';
