// Lists files under src/ and test/ whose names end with a suffix (node_modules and dot-folders skipped), sorted.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir, suffix, out) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, suffix, out);
    else if (e.name.endsWith(suffix)) out.push(p);
  }
  return out;
}

export function findFiles(suffix, roots = ['src', 'test']) {
  return roots.flatMap((d) => walk(d, suffix, [])).sort();
}
