// CLI: `trustline lookup <ip|email|phone> [--json]` prints every fact Trustline knows offline about one value.
import type { Command } from 'commander';
import { countryFacts, createEnricher, parseIp, phoneFacts } from '../../enrich/index.js';

type Kind = 'ip' | 'email' | 'phone';

function kindOf(value: string): Kind | null {
  if (parseIp(value)) return 'ip';
  if (value.includes('@')) return 'email';
  if (/^[+\d(][\d\s().-]{5,}$/.test(value.trim())) return 'phone';
  return null;
}

export function lookupValue(value: string, opts: { country?: string; corporate?: string[]; dataDir?: string } = {}): { kind: Kind; facts: unknown } | null {
  const kind = kindOf(value);
  if (!kind) return null;
  const enricher = createEnricher({ corporateRanges: opts.corporate ?? [], dataDir: opts.dataDir });
  if (kind === 'ip') {
    const ip = enricher.ipFacts(value);
    return { kind, facts: ip && { ...ip, countryInfo: ip.country ? countryFacts(ip.country) : null } };
  }
  if (kind === 'email') return { kind, facts: enricher.emailFacts(value) };
  const p = phoneFacts(value, opts.country);
  return { kind, facts: p && { ...p, countryInfo: p.country ? countryFacts(p.country) : null } };
}

export function register(program: Command): void {
  program
    .command('lookup <value>')
    .description('print every offline fact about an IP address, e-mail address or phone number')
    .option('--country <cc>', 'default country for phone numbers without +code')
    .option('--corporate <cidr...>', "the customer's own ranges, to class them corporate")
    .option('--data-dir <dir>', 'dataset folder (default: the product data/)')
    .option('--json', 'print JSON')
    .action((value: string, opts: { country?: string; corporate?: string[]; dataDir?: string; json?: boolean }) => {
      const res = lookupValue(value, opts);
      if (!res || res.facts === null) {
        process.stderr.write(`not a recognisable IP address, e-mail address or phone number\n`);
        process.exitCode = 2;
        return;
      }
      if (opts.json) { process.stdout.write(`${JSON.stringify(res, null, 2)}\n`); return; }
      process.stdout.write(`${res.kind}\n`);
      for (const [k, v] of Object.entries(res.facts as Record<string, unknown>)) {
        if (k === 'countryInfo' && v && typeof v === 'object') {
          const c = v as { name: string; timeZones: { name: string; currentOffsetMinutes: number | null }[]; sanctioned: boolean };
          const zones = c.timeZones.slice(0, 6).map((z) => `${z.name} (UTC${(z.currentOffsetMinutes ?? 0) >= 0 ? '+' : ''}${(z.currentOffsetMinutes ?? 0) / 60})`);
          const more = c.timeZones.length > 6 ? ` and ${c.timeZones.length - 6} more` : '';
          process.stdout.write(`  countryInfo ${c.name}; zones ${zones.join(', ')}${more}${c.sanctioned ? '; SANCTIONED (OFAC country program)' : ''}\n`);
        } else process.stdout.write(`  ${k.padEnd(11)} ${v === null ? '—' : String(v)}\n`);
      }
    });
}
