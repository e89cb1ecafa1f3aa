// Remote-access / RMM catalog (LOLRMM + our additions): executable, code-signer or domain → tool name.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RemoteToolFacts } from '../model/enrichment.js';

export const REMOTE_TOOL_FILES = { lolrmm: 'lolrmm/rmm_tools.json', extra: 'remote-tools/extra.json' } as const;

/** Only the LOLRMM fields we read; the rest of each entry is kept out of memory. */
const LolrmmTool = z.object({
  Name: z.string(),
  Category: z.string().nullish(),
  Details: z
    .object({
      PEMetadata: z.union([z.array(z.record(z.string(), z.unknown())), z.record(z.string(), z.unknown())]).nullish(),
      InstallationPaths: z.array(z.string()).nullish(),
    })
    .passthrough()
    .nullish(),
  Artifacts: z.object({ Network: z.array(z.object({ Domains: z.array(z.string()).nullish() }).passthrough()).nullish() }).passthrough().nullish(),
  CodeSigning: z.object({ certificates: z.array(z.object({ signer_name: z.string().nullish() }).passthrough()).nullish() }).passthrough().nullish(),
});
export const LolrmmFile = z.array(LolrmmTool.passthrough());

const ExtraFile = z.object({
  tools: z.array(z.object({ name: z.string(), category: z.string().optional(), executables: z.array(z.string()), signers: z.array(z.string()), domains: z.array(z.string()) })),
  genericSigners: z.array(z.string()),
  genericDomains: z.array(z.string()),
  genericExecutables: z.array(z.string()),
});

export interface RemoteToolQuery {
  /** Process file name or full path (Windows or POSIX). */
  processName?: string | null;
  signer?: string | null;
  /** Host name or URL contacted. */
  domain?: string | null;
}

export interface RemoteToolCatalog {
  match(q: RemoteToolQuery): RemoteToolFacts | null;
  tools(): string[];
  stats: { tools: number; executables: number; signers: number; domains: number };
}

const EXE_OK = /^[a-z0-9][a-z0-9 ._*+-]{2,}$/;

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return (parts[parts.length - 1] ?? '').trim().toLowerCase();
}

function globToRegex(glob: string): RegExp {
  const esc = glob.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${esc}$`, 'i');
}

function hostOf(value: string): string {
  const v = value.trim().toLowerCase();
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/.exec(v);
  return (m ? m[1]! : v.split(/[/:?#]/)[0]!).replace(/\.$/, '');
}

export function loadRemoteToolCatalog(dataDir: string): RemoteToolCatalog {
  const lolPath = join(dataDir, REMOTE_TOOL_FILES.lolrmm);
  const lol = existsSync(lolPath) ? LolrmmFile.parse(JSON.parse(readFileSync(lolPath, 'utf8'))) : [];
  const extra = ExtraFile.parse(JSON.parse(readFileSync(join(dataDir, REMOTE_TOOL_FILES.extra), 'utf8')));
  const genericSigner = new Set(extra.genericSigners.map((s) => s.toLowerCase()));
  const genericDomain = new Set(extra.genericDomains.map((s) => s.toLowerCase()));
  const genericExe = new Set(extra.genericExecutables.map((s) => s.toLowerCase()));

  const exact = new Map<string, string>();
  const globs: { re: RegExp; tool: string }[] = [];
  const signers = new Map<string, Set<string>>();
  const domains = new Map<string, string>(); // exact host → tool
  const suffixes = new Map<string, string>(); // "*.x.com" → tool, keyed "x.com"
  const names = new Set<string>();

  const addExe = (raw: string, tool: string): void => {
    const b = baseName(raw);
    if (!EXE_OK.test(b) || genericExe.has(b) || b === '*') return;
    // Only names a process could carry: Windows/macOS executables, or extension-less Unix binaries.
    if (b.includes('.') && !/\.(exe|app|scr)$/.test(b) && !b.includes('*')) return;
    if (b.includes('*')) {
      if (b.replace(/\*/g, '').length >= 5) globs.push({ re: globToRegex(b), tool });
    } else if (!exact.has(b)) exact.set(b, tool);
  };
  const addSigner = (s: string, tool: string): void => {
    const k = s.trim().toLowerCase();
    if (!k || genericSigner.has(k)) return;
    if (!signers.has(k)) signers.set(k, new Set());
    signers.get(k)!.add(tool);
  };
  const addDomain = (d: string, tool: string): void => {
    const k = d.trim().toLowerCase();
    if (!k || k.includes('<') || k.includes(' ') || k === 'user_managed' || !k.includes('.')) return;
    const base = k.startsWith('*.') ? k.slice(2) : k;
    if (genericDomain.has(base) || base.includes('*')) return;
    if (k.startsWith('*.')) { if (!suffixes.has(base)) suffixes.set(base, tool); } else if (!domains.has(k)) domains.set(k, tool);
  };

  // Our additions first: their names are the ones analysts know (e.g. "AnyDesk").
  for (const t of extra.tools) {
    names.add(t.name);
    t.executables.forEach((e) => addExe(e, t.name));
    t.signers.forEach((s) => addSigner(s, t.name));
    t.domains.forEach((d) => addDomain(d, t.name));
  }
  for (const t of lol) {
    names.add(t.Name);
    const pe = t.Details?.PEMetadata;
    for (const p of Array.isArray(pe) ? pe : pe ? [pe] : []) {
      for (const k of ['Filename', 'OriginalFileName']) if (typeof p[k] === 'string' && p[k]) addExe(p[k] as string, t.Name);
    }
    for (const p of t.Details?.InstallationPaths ?? []) addExe(p, t.Name);
    for (const c of t.CodeSigning?.certificates ?? []) if (c.signer_name) addSigner(c.signer_name, t.Name);
    for (const n of t.Artifacts?.Network ?? []) for (const d of n.Domains ?? []) addDomain(d, t.Name);
  }

  const matchDomain = (host: string): string | null => {
    const direct = domains.get(host);
    if (direct) return direct;
    for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1)) {
      const tool = suffixes.get(host.slice(i + 1));
      if (tool) return tool;
    }
    return null;
  };

  return {
    match(q) {
      if (q.processName) {
        const b = baseName(q.processName);
        const tool = exact.get(b) ?? globs.find((g) => g.re.test(b))?.tool;
        if (tool) return { tool, matchedOn: 'executable', value: b };
      }
      if (q.signer) {
        const tools = signers.get(q.signer.trim().toLowerCase());
        // A signer shared by several catalog tools names a vendor, not one tool: report them all.
        if (tools) return { tool: [...tools].slice(0, 3).join(' | '), matchedOn: 'signer', value: q.signer.trim() };
      }
      if (q.domain) {
        const host = hostOf(q.domain);
        const tool = matchDomain(host);
        if (tool) return { tool, matchedOn: 'domain', value: host };
      }
      return null;
    },
    tools: () => [...names].sort(),
    stats: { tools: names.size, executables: exact.size + globs.length, signers: signers.size, domains: domains.size + suffixes.size },
  };
}
