import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, createWatchlistIndex, emptyEntry, parseOfacCsv, parseOfacXml, parseStixBundle, romanizeKana, romanizeToken, watchlistAlerts } from './index.js';

test('romanises Hangul and kana', () => {
  assert.equal(romanizeToken('김정은'), 'gimjeongeun');
  assert.equal(romanizeToken('박'), 'bak');
  assert.equal(romanizeKana('さとう'), 'satou');
  assert.equal(romanizeKana('キョウコ'), 'kyouko');
  assert.equal(romanizeKana('はっとり'), 'hattori');
});

test('transliteration variants of one name match', () => {
  const same: [string, string][] = [
    ['KIM, Jong Un', 'Kim Jong-un'], ['Kim Jong Un', 'Gim Jeong-eun'], ['김정은', 'KIM Jong Un'], ['Pak Hwa Song', 'Park Hwa-song'],
    ['Pak Hwa Song', 'Bak Hwa Song'], ['Ri Yong Ho', 'Lee Yong-ho'], ['Ri Yong Ho', 'Yi Yongho'], ['Rhee Yong Ho', 'Ri Yong Ho'],
    ['Choe Un Jong', 'Choi Eun-jung'], ['Jong Myong Hak', 'Jeong Myeong-hak'], ['Chong Myong Hak', 'Jong Myong Hak'],
    ['Jong Un Kim', 'KIM Jong Un'], ['Ri Song Chol', 'Lee Sung-chul'], ['さとう ゆうこ', 'Sato Yuko'], ['Satoh Yuuko', 'Sato Yuko'],
  ];
  for (const [a, b] of same) {
    const m = compareNames(a, b);
    assert.ok(m, `${a} ~ ${b} should match`);
    assert.ok(m.reasons.length > 0);
  }
  assert.equal(compareNames('KIM, Jong Un', 'Kim Jong-un')?.strength, 'exact');
  assert.equal(compareNames('Kim Jong Un', 'Gim Jeong-eun')?.strength, 'strong');
});

test('the blocking index finds every pair compareNames accepts', () => {
  const names = ['Kim Jong Un', 'Gim Jeong-eun', '김정은', 'Pak Hwa Song', 'Park Hwa-song', 'Ri Song Chol', 'Lee Sung-chul', 'Choe Un Jong', 'Choi Eun-jung',
    'Kim Song Il', 'Kim Sung Il', 'Han Jong Hui', 'Han Jeong-hee', 'John Michael Smith', 'Smith, John', 'さとう ゆうこ', 'Satoh Yuuko', 'Kim Jong Il', 'Pak Hyon Song'];
  const entries = names.map((n, i) => ({ ...emptyEntry(`e${i}`, 't', 'individual'), names: [{ name: n, kind: 'primary' }] }));
  const idx = createWatchlistIndex(entries);
  for (const q of names) {
    const expected = names.map((n, i) => (compareNames(q, n) ? `e${i}` : null)).filter(Boolean).sort();
    const got = idx.screen({ names: [q] }).map((m) => m.entryId).sort();
    assert.deepEqual(got, expected, q);
  }
});

test('different given or family names do not match', () => {
  const different: [string, string][] = [
    ['Kim Jong Un', 'Kim Jong Il'], ['Kim Jong Un', 'Kim Jong Nam'], ['Pak Hwa Song', 'Pak Hyon Song'], ['Ri Song Chol', 'Ri Song Il'],
    ['John Smith', 'Jane Smith'], ['Kim Jong Un', 'Pak Jong Un'], ['Sato Yuko', 'Kato Yuko'], ['Ri Yong Ho', 'Ri Yong Nam'], ['Kim', 'Kim Jong Un'],
  ];
  for (const [a, b] of different) assert.equal(compareNames(a, b), null, `${a} vs ${b} must not match`);
});

const SDN = [
  '36,"KIM, Jong Un","individual","DPRK3","-0-","-0-","-0-","-0-","-0-","-0-","-0-","DOB 08 Jan 1984; nationality Korea, North; Email Address kju@example.kp; Digital Currency Address - ETH 0xAbCdEf0123456789abcdef0123456789ABCDEF01."',
  '37,"CHOSON EXPO","-0-","DPRK4","-0-","-0-","-0-","-0-","-0-","-0-","-0-","Website www.chosonexpo.com."',
  '38,"PAK, Hwa Song","individual","DPRK2","-0-","-0-","-0-","-0-","-0-","-0-","-0-","-0-"',
].join('\n');
const ALT = '36,101,"aka","KIM, Jong-eun","-0-"\n38,102,"weak aka","PAK, Hwa-song","-0-"\n';
const ADD = '36,201,"-0-","Pyongyang","Korea, North","-0-"\n';

test('OFAC CSV: parses names, aliases, remarks identifiers and countries', () => {
  const entries = parseOfacCsv({ sdn: SDN, alt: ALT, add: ADD });
  assert.equal(entries.length, 3);
  const kim = entries.find((e) => e.id === 'ofac-sdn:36');
  assert.ok(kim);
  assert.equal(kim.type, 'individual');
  assert.deepEqual(kim.programs, ['DPRK3']);
  assert.deepEqual(kim.names.map((n) => n.kind), ['primary', 'aka']);
  assert.deepEqual(kim.emails, ['kju@example.kp']);
  assert.deepEqual(kim.wallets, ['0xabcdef0123456789abcdef0123456789abcdef01']);
  assert.deepEqual(kim.countries, ['Korea, North']);
  assert.deepEqual(entries.find((e) => e.id === 'ofac-sdn:37')?.domains, ['chosonexpo.com']);
});

test('OFAC XML: parses entries, akas and id list', () => {
  const xml = `<?xml version="1.0"?><sdnList xmlns="http://tempuri.org/sdnList.xsd"><sdnEntry><uid>36</uid><firstName>Jong Un</firstName><lastName>KIM</lastName><sdnType>Individual</sdnType>
  <programList><program>DPRK3</program></programList><idList><id><uid>1</uid><idType>Email Address</idType><idNumber>kju@example.kp</idNumber></id>
  <id><uid>2</uid><idType>Digital Currency Address - XBT</idType><idNumber>1BoatSLRHtKNngkdXEeobR76b53LETtpyT</idNumber></id></idList>
  <akaList><aka><uid>9</uid><type>a.k.a.</type><category>strong</category><lastName>KIM</lastName><firstName>Jong-eun</firstName></aka></akaList></sdnEntry></sdnList>`;
  const [e] = parseOfacXml(xml);
  assert.ok(e);
  assert.equal(e.names[0]?.name, 'KIM, Jong Un');
  assert.equal(e.names[1]?.kind, 'aka');
  assert.deepEqual(e.wallets, ['1BoatSLRHtKNngkdXEeobR76b53LETtpyT']);
  assert.deepEqual(e.emails, ['kju@example.kp']);
});

test('STIX 2.1: indicator patterns and actor names', () => {
  const bundle = {
    type: 'bundle', id: 'bundle--1', objects: [
      { type: 'indicator', id: 'indicator--a', spec_version: '2.1', pattern_type: 'stix', pattern: "[email-addr:value = 'dev.ops@proton.me'] OR [ipv4-addr:value = '203.0.113.0/24']" },
      { type: 'indicator', id: 'indicator--b', spec_version: '2.1', pattern_type: 'stix', pattern: "[domain-name:value = 'fake-staffing.example']" },
      { type: 'threat-actor', id: 'threat-actor--c', name: 'Jasper Rhee', aliases: ['Ri Jae Song'] },
      { type: 'indicator', id: 'indicator--d', pattern_type: 'sigma', pattern: 'title: x' },
    ],
  };
  const entries = parseStixBundle(bundle);
  assert.equal(entries.length, 3);
  assert.deepEqual(entries[0]?.emails, ['dev.ops@proton.me']);
  assert.deepEqual(entries[0]?.ips, ['203.0.113.0/24']);
  const idx = createWatchlistIndex(entries);
  const hits = idx.screen({ names: ['Jae-song Lee'], emails: ['DEV.OPS@proton.me'], ips: ['203.0.113.77', '198.51.100.1'], domains: ['hr.fake-staffing.example'] });
  assert.deepEqual(hits.map((h) => h.field).sort(), ['domain', 'email', 'ip', 'name']);
  assert.ok(hits.find((h) => h.field === 'ip')?.reasons[0]?.includes('203.0.113.0/24'));
});

test('index screens names and identifiers, explains, and stays quiet on near-misses', () => {
  const idx = createWatchlistIndex(parseOfacCsv({ sdn: SDN, alt: ALT, add: ADD }));
  const hits = idx.screen({ names: ['Gim Jeong-eun'], emails: ['kju@example.kp'], wallets: ['0xABCDEF0123456789ABCDEF0123456789ABCDEF01'] });
  assert.ok(hits.some((h) => h.field === 'name' && h.entryId === 'ofac-sdn:36' && h.strength !== 'weak'));
  assert.ok(hits.some((h) => h.field === 'email' && h.strength === 'exact'));
  assert.ok(hits.some((h) => h.field === 'wallet'));
  const alerts = watchlistAlerts('cand-1', hits);
  assert.equal(alerts.length, 1);
  assert.deepEqual(alerts[0]?.signals, ['H10']);
  assert.equal(alerts[0]?.severity, 'critical');
  // Weak alias lowers strength; primary name still matches exactly.
  const pak = idx.screen({ names: ['Park Hwa Song'] }).filter((h) => h.entryId === 'ofac-sdn:38');
  assert.ok(pak.length >= 1);
  assert.deepEqual(idx.screen({ names: ['Kim Jong Il', 'Pak Hyon Song', 'Jane Doe'], emails: ['someone@example.kp'] }), []);
});
