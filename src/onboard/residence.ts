// A person's verified residence and a shipment's destination, as normalised addresses.
import type { Person, Shipment } from '../model/index.js';
import { normaliseAddress, type NormalisedAddress } from './address-normalise.js';

export function residenceOf(p: Person): NormalisedAddress {
  return normaliseAddress({
    line: p.residenceAddress, city: p.residenceCity, region: p.residenceRegion,
    postalCode: p.residencePostalCode, country: p.residenceCountry,
  });
}

export function shipToOf(s: Shipment): NormalisedAddress {
  return normaliseAddress({
    line: s.shipToAddress, city: s.shipToCity, region: s.shipToRegion,
    postalCode: s.shipToPostalCode, country: s.shipToCountry,
  });
}
