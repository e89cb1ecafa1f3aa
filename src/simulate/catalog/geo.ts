// Countries the simulated organisation works in: cities, zones, dialing codes and their real ISP/mobile ASNs.

export interface City { name: string; region: string; lat: number; lon: number; tz: string; postal: string }
export interface Isp { asn: number; name: string; domain: string }
export interface CountryProfile {
  code: string;
  weight: number;
  dial: string;
  /** Pattern for local subscriber numbers after the dialing code ("#" = digit). */
  phone: string;
  currency: string;
  cities: City[];
  residential: Isp[];
  mobile: Isp[];
}

// Residential and mobile ASNs are the carriers' own networks (checked against @ip-location-db/asn).
export const COUNTRIES: CountryProfile[] = [
  {
    code: 'US', weight: 45, dial: '+1', phone: '### ### ####', currency: 'USD',
    cities: [
      { name: 'San Jose', region: 'California', lat: 37.339, lon: -121.895, tz: 'America/Los_Angeles', postal: '951##' },
      { name: 'Seattle', region: 'Washington', lat: 47.606, lon: -122.332, tz: 'America/Los_Angeles', postal: '981##' },
      { name: 'Denver', region: 'Colorado', lat: 39.739, lon: -104.99, tz: 'America/Denver', postal: '802##' },
      { name: 'Austin', region: 'Texas', lat: 30.267, lon: -97.743, tz: 'America/Chicago', postal: '787##' },
      { name: 'Chicago', region: 'Illinois', lat: 41.878, lon: -87.63, tz: 'America/Chicago', postal: '606##' },
      { name: 'Atlanta', region: 'Georgia', lat: 33.749, lon: -84.388, tz: 'America/New_York', postal: '303##' },
      { name: 'New York', region: 'New York', lat: 40.713, lon: -74.006, tz: 'America/New_York', postal: '100##' },
      { name: 'Boston', region: 'Massachusetts', lat: 42.36, lon: -71.059, tz: 'America/New_York', postal: '021##' },
      { name: 'Nashville', region: 'Tennessee', lat: 36.163, lon: -86.781, tz: 'America/Chicago', postal: '372##' },
      { name: 'Phoenix', region: 'Arizona', lat: 33.448, lon: -112.074, tz: 'America/Phoenix', postal: '850##' },
    ],
    residential: [
      { asn: 7922, name: 'Comcast Cable Communications', domain: 'comcast.net' },
      { asn: 7018, name: 'AT&T Internet', domain: 'att.net' },
      { asn: 701, name: 'Verizon Fios', domain: 'verizon.net' },
      { asn: 20115, name: 'Charter Communications', domain: 'spectrum.com' },
      { asn: 22773, name: 'Cox Communications', domain: 'cox.net' },
    ],
    mobile: [{ asn: 21928, name: 'T-Mobile USA', domain: 't-mobile.com' }, { asn: 22394, name: 'Verizon Wireless', domain: 'verizonwireless.com' }],
  },
  {
    code: 'JP', weight: 12, dial: '+81', phone: '90 #### ####', currency: 'JPY',
    cities: [
      { name: 'Tokyo', region: 'Tokyo', lat: 35.69, lon: 139.692, tz: 'Asia/Tokyo', postal: '1##-####' },
      { name: 'Osaka', region: 'Osaka', lat: 34.694, lon: 135.502, tz: 'Asia/Tokyo', postal: '5##-####' },
      { name: 'Fukuoka', region: 'Fukuoka', lat: 33.59, lon: 130.402, tz: 'Asia/Tokyo', postal: '81#-####' },
      { name: 'Yokohama', region: 'Kanagawa', lat: 35.444, lon: 139.638, tz: 'Asia/Tokyo', postal: '22#-####' },
    ],
    residential: [
      { asn: 4713, name: 'NTT OCN', domain: 'ocn.ne.jp' },
      { asn: 2516, name: 'KDDI', domain: 'dion.ne.jp' },
      { asn: 17676, name: 'SoftBank', domain: 'bbtec.net' },
      { asn: 2527, name: 'Sony Network Communications', domain: 'so-net.ne.jp' },
    ],
    mobile: [{ asn: 9605, name: 'NTT DOCOMO', domain: 'docomo.ne.jp' }],
  },
  {
    code: 'GB', weight: 10, dial: '+44', phone: '7### ######', currency: 'GBP',
    cities: [
      { name: 'London', region: 'England', lat: 51.507, lon: -0.128, tz: 'Europe/London', postal: 'SW# #AA' },
      { name: 'Manchester', region: 'England', lat: 53.48, lon: -2.242, tz: 'Europe/London', postal: 'M# #AA' },
      { name: 'Edinburgh', region: 'Scotland', lat: 55.953, lon: -3.188, tz: 'Europe/London', postal: 'EH# #AA' },
      { name: 'Bristol', region: 'England', lat: 51.455, lon: -2.588, tz: 'Europe/London', postal: 'BS# #AA' },
    ],
    residential: [
      { asn: 2856, name: 'BT', domain: 'btcentralplus.com' },
      { asn: 5089, name: 'Virgin Media', domain: 'virginm.net' },
      { asn: 5607, name: 'Sky Broadband', domain: 'sky.com' },
      { asn: 13285, name: 'TalkTalk', domain: 'talktalk.net' },
    ],
    mobile: [{ asn: 35228, name: 'O2 UK', domain: 'o2.co.uk' }, { asn: 206067, name: 'Three UK', domain: 'three.co.uk' }],
  },
  {
    code: 'DE', weight: 9, dial: '+49', phone: '15# ########', currency: 'EUR',
    cities: [
      { name: 'Berlin', region: 'Land Berlin', lat: 52.52, lon: 13.405, tz: 'Europe/Berlin', postal: '10###' },
      { name: 'Munich', region: 'Bavaria', lat: 48.135, lon: 11.582, tz: 'Europe/Berlin', postal: '80###' },
      { name: 'Hamburg', region: 'Hamburg', lat: 53.551, lon: 9.994, tz: 'Europe/Berlin', postal: '20###' },
      { name: 'Cologne', region: 'North Rhine-Westphalia', lat: 50.938, lon: 6.96, tz: 'Europe/Berlin', postal: '50###' },
    ],
    residential: [
      { asn: 3320, name: 'Deutsche Telekom', domain: 't-ipconnect.de' },
      { asn: 3209, name: 'Vodafone Germany', domain: 'vodafone.de' },
    ],
    mobile: [{ asn: 6805, name: 'Telefonica Germany', domain: 'telefonica.de' }],
  },
  {
    code: 'CA', weight: 7, dial: '+1', phone: '### ### ####', currency: 'CAD',
    cities: [
      { name: 'Toronto', region: 'Ontario', lat: 43.653, lon: -79.383, tz: 'America/Toronto', postal: 'M#A #A#' },
      { name: 'Vancouver', region: 'British Columbia', lat: 49.283, lon: -123.121, tz: 'America/Vancouver', postal: 'V#A #A#' },
      { name: 'Montreal', region: 'Quebec', lat: 45.502, lon: -73.567, tz: 'America/Toronto', postal: 'H#A #A#' },
    ],
    residential: [
      { asn: 812, name: 'Rogers', domain: 'rogers.com' },
      { asn: 577, name: 'Bell Canada', domain: 'bell.ca' },
      { asn: 6327, name: 'Shaw', domain: 'shawcable.net' },
    ],
    mobile: [{ asn: 852, name: 'TELUS', domain: 'telus.net' }],
  },
  {
    code: 'IN', weight: 7, dial: '+91', phone: '9#### #####', currency: 'INR',
    cities: [
      { name: 'Bengaluru', region: 'Karnataka', lat: 12.972, lon: 77.594, tz: 'Asia/Kolkata', postal: '560###' },
      { name: 'Pune', region: 'Maharashtra', lat: 18.52, lon: 73.857, tz: 'Asia/Kolkata', postal: '411###' },
      { name: 'Hyderabad', region: 'Telangana', lat: 17.385, lon: 78.487, tz: 'Asia/Kolkata', postal: '500###' },
    ],
    residential: [
      { asn: 24560, name: 'Bharti Airtel', domain: 'airtelbroadband.in' },
      { asn: 45609, name: 'Bharti Airtel', domain: 'airtel.in' },
    ],
    mobile: [{ asn: 55836, name: 'Reliance Jio', domain: 'jio.com' }],
  },
  {
    code: 'PL', weight: 5, dial: '+48', phone: '5## ### ###', currency: 'PLN',
    cities: [
      { name: 'Warsaw', region: 'Mazovia', lat: 52.23, lon: 21.012, tz: 'Europe/Warsaw', postal: '0#-###' },
      { name: 'Kraków', region: 'Lesser Poland', lat: 50.065, lon: 19.945, tz: 'Europe/Warsaw', postal: '3#-###' },
      { name: 'Wrocław', region: 'Lower Silesia', lat: 51.108, lon: 17.039, tz: 'Europe/Warsaw', postal: '5#-###' },
    ],
    residential: [
      { asn: 5617, name: 'Orange Polska', domain: 'neoplus.adsl.tpnet.pl' },
      { asn: 12741, name: 'Netia', domain: 'netia.com.pl' },
    ],
    mobile: [{ asn: 12912, name: 'T-Mobile Polska', domain: 't-mobile.pl' }],
  },
  {
    code: 'BR', weight: 5, dial: '+55', phone: '11 9#### ####', currency: 'BRL',
    cities: [
      { name: 'São Paulo', region: 'São Paulo', lat: -23.551, lon: -46.633, tz: 'America/Sao_Paulo', postal: '01###-###' },
      { name: 'Rio de Janeiro', region: 'Rio de Janeiro', lat: -22.907, lon: -43.173, tz: 'America/Sao_Paulo', postal: '20###-###' },
      { name: 'Curitiba', region: 'Paraná', lat: -25.429, lon: -49.271, tz: 'America/Sao_Paulo', postal: '80###-###' },
    ],
    residential: [
      { asn: 28573, name: 'Claro NET', domain: 'virtua.com.br' },
      { asn: 18881, name: 'Vivo', domain: 'vivo.com.br' },
    ],
    mobile: [{ asn: 26599, name: 'Vivo Movel', domain: 'vivo.com.br' }],
  },
];

export const COUNTRY_BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

export function countryProfile(code: string): CountryProfile {
  const c = COUNTRY_BY_CODE.get(code);
  if (!c) throw new Error(`no simulator profile for country ${code}`);
  return c;
}

/** Hosting providers: VPS and cloud ranges (datacenter ASNs). */
export const HOSTING: Isp[] = [
  { asn: 14061, name: 'DigitalOcean', domain: 'digitalocean.com' },
  { asn: 16276, name: 'OVH SAS', domain: 'ovh.net' },
  { asn: 24940, name: 'Hetzner Online', domain: 'hetzner.com' },
  { asn: 20473, name: 'Vultr (The Constant Company)', domain: 'vultr.com' },
  { asn: 16509, name: 'Amazon.com', domain: 'amazonaws.com' },
];

/** Commercial VPN exits — ASNs named in X4BNet lists_vpn `input/vpn/ASN.txt`. */
export const VPN_PROVIDERS: Isp[] = [
  { asn: 9009, name: 'M247 (NordVPN, Surfshark exits)', domain: 'm247.com' },
  { asn: 136787, name: 'PacketHub (NordVPN)', domain: 'packethub.net' },
  { asn: 212238, name: 'Datacamp (CDN77, VPN exits)', domain: 'datacamp.co.uk' },
  { asn: 209854, name: 'Cyberzone (Surfshark)', domain: 'surfshark.com' },
  { asn: 208172, name: 'Proton AG (ProtonVPN)', domain: 'protonvpn.com' },
];

/** Where DPRK IT workers physically sit according to public reporting: Chinese and Russian networks. */
export const OPERATOR_NETWORKS: { country: string; isp: Isp }[] = [
  { country: 'CN', isp: { asn: 4837, name: 'China Unicom', domain: 'chinaunicom.cn' } },
  { country: 'RU', isp: { asn: 12389, name: 'Rostelecom', domain: 'rt.ru' } },
];

/** The company's own VPN concentrators egress from AWS — a datacenter ASN every remote employee shares. */
export const CORPORATE_EGRESS_ASN: Isp = { asn: 16509, name: 'Amazon.com', domain: 'amazonaws.com' };
