// `trustline person <id>`: one person's dossier in the terminal — score, pillars, every reason with its evidence, ATT&CK.
import type { Command } from 'commander';
import { techniqueName } from '../../score/index.js';
import { getPersonScore } from '../../store/scores-repo.js';
import { withDatabase } from '../context.js';

const LABELS = {
  en: { score: 'Score', level: 'Level', pillars: 'Pillars', reasons: 'Reasons', clusters: 'Clusters', attack: 'ATT&CK', none: 'none', notFound: 'no scored person' },
  ja: { score: 'スコア', level: 'レベル', pillars: '4つの柱', reasons: '根拠', clusters: 'クラスタ', attack: 'ATT&CK', none: 'なし', notFound: 'スコアのある人物が見つかりません' },
};

export function register(program: Command): void {
  program.command('person')
    .description('show one person\'s dossier: score, pillars, reasons and evidence (employee id, candidate id or employee:<id>)')
    .argument('<id>', 'person id')
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'en or ja', 'en')
    .action(async (id: string, opts: { json?: boolean; lang?: string }) => {
      const lang = opts.lang === 'ja' ? 'ja' : 'en';
      const L = LABELS[lang];
      await withDatabase('person', async ({ env, database }) => {
        const p = await getPersonScore(database.db, env.TRUSTLINE_TENANT, id);
        if (!p) { process.stderr.write(`${L.notFound}: ${id}\n`); process.exitCode = 1; return; }
        if (opts.json) { process.stdout.write(`${JSON.stringify(p, null, 2)}\n`); return; }
        const out = [
          `${p.name}  (${p.personId})  ${p.emails.join(', ')}`,
          `${L.score}: ${Math.round(p.score)}   ${L.level}: ${p.level}`,
          `${L.pillars}: identity ${Math.round(p.pillars.identity)} · location ${Math.round(p.pillars.location)} · device ${Math.round(p.pillars.device)} · behaviour ${Math.round(p.pillars.behaviour)}`,
          `${L.reasons}:`,
          ...(p.reasons.length ? p.reasons.map((r) => `  +${r.points}  [${r.signal}] ${r.rule}  ${r.at.slice(0, 16).replace('T', ' ')}  ${r.summary[lang]}`) : [`  ${L.none}`]),
          `${L.clusters}: ${p.clusters.length ? p.clusters.join(', ') : L.none}`,
          `${L.attack}: ${p.attack.length ? p.attack.map((t) => `${t} ${techniqueName(t) ?? ''}`.trim()).join('; ') : L.none}`,
        ];
        process.stdout.write(`${out.join('\n')}\n`);
      });
    });
}
