import { createReadStream, existsSync } from 'node:fs';
import { oktaSource } from '../src/sources/okta/okta-source.js';
const file = '/tmp/perf/okta.jsonl';
const t = Date.now();
let n = 0;
for await (const item of oktaSource.parse(createReadStream(file), 'okta.jsonl')) { if (item.ok) n++; }
console.log(n, (Date.now() - t) / 1000);
