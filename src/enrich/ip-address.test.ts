import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatIpv6, parseCidr, parseIp, parseIpv4 } from './ip-address.js';
import { reservedReason } from './special-ranges.js';
import { buildRangeTable, lookupValue } from './range-table.js';

test('parses IPv4 strictly', () => {
  assert.equal(parseIpv4('8.8.8.8'), 0x08080808);
  assert.equal(parseIpv4('255.255.255.255'), 0xffffffff);
  for (const bad of ['256.1.1.1', '1.2.3', '1.2.3.4.5', '1..2.3', 'a.b.c.d', '1.2.3.4 ', '']) assert.equal(parseIpv4(bad), -1, bad);
});

test('parses IPv6 forms and folds IPv4-mapped addresses to IPv4', () => {
  assert.deepEqual(parseIp('2001:4860:4860::8888'), { version: 6, v6: [0x20014860, 0x48600000, 0, 0x8888] });
  assert.deepEqual(parseIp('::ffff:8.8.4.4'), { version: 4, v4: 0x08080404 });
  assert.deepEqual(parseIp('[fe80::1%eth0]'), { version: 6, v6: [0xfe800000, 0, 0, 1] });
  assert.equal(formatIpv6([0x20014860, 0x48600000, 0, 0x8888]), '2001:4860:4860::8888');
  for (const bad of ['1::2::3', '12345::', 'g::1', '1:2:3:4:5:6:7:8:9']) assert.equal(parseIp(bad), null, bad);
});

test('CIDR to inclusive ranges, IPv4 and IPv6', () => {
  assert.deepEqual(parseCidr('10.1.2.3/8'), { version: 4, start: 0x0a000000, end: 0x0affffff });
  const r = parseCidr('2001:db8::/33');
  assert.deepEqual(r, { version: 6, start: [0x20010db8, 0, 0, 0], end: [0x20010db8, 0x7fffffff, 0xffffffff, 0xffffffff] });
  assert.equal(parseCidr('1.2.3.4/33'), null);
});

test('reserved blocks are found, public addresses are not', () => {
  assert.equal(reservedReason(parseIp('10.0.0.1')!), 'rfc1918');
  assert.equal(reservedReason(parseIp('192.168.20.7')!), 'rfc1918');
  assert.equal(reservedReason(parseIp('100.100.1.1')!), 'cgnat');
  assert.equal(reservedReason(parseIp('fd12::1')!), 'unique-local');
  assert.equal(reservedReason(parseIp('8.8.8.8')!), null);
  assert.equal(reservedReason(parseIp('172.32.0.1')!), null);
  assert.equal(reservedReason(parseIp('2606:4700::1')!), null);
});

test('range table: overlaps keep the earlier entry, edges are inclusive', () => {
  const t = buildRangeTable([
    { ...parseCidr('10.0.0.0/24')!, value: 1 },
    { ...parseCidr('10.0.0.128/25')!, value: 2 },
    { ...parseCidr('10.0.1.0/24')!, value: 3 },
    { ...parseCidr('2001:db8::/48')!, value: 4 },
  ]);
  assert.equal(lookupValue(t, parseIp('10.0.0.200')!), 1);
  assert.equal(lookupValue(t, parseIp('10.0.1.255')!), 3);
  assert.equal(lookupValue(t, parseIp('10.0.2.0')!), -1);
  assert.equal(lookupValue(t, parseIp('2001:db8:0:ffff::1')!), 4);
  assert.equal(lookupValue(t, parseIp('2001:db8:1::')!), -1);
});
