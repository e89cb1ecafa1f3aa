// M12: any activity by a person after their termination date — extortion and data theft watch.
import type { Detector } from '../types.js';
import { DAY } from '../types.js';
import { finding, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'activity-after-termination', pillar: 'identity', signals: ['M12'], attack: ['T1078', 'T1567'], windowMs: DAY };

export function postTermination(): Detector<Record<string, never>> {
  return {
    id: 'post-termination',
    init: () => ({}),
    onEvent(_st, { ev, t, person }) {
      const end = person.terminationEndMs;
      if (end === null || t < end || ev.type === 'endpoint.metric') return;
      const days = Math.floor((t - end) / DAY) + 1;
      const ok = ev.outcome !== 'failure';
      return [finding(META, {
        severity: ok ? 'high' : 'medium', key: ok ? 'success' : 'failure', eventIds: [ev.id],
        facts: { terminationDate: person.ctx.terminationDate, daysAfter: days, category: ev.category, outcome: ev.outcome, ip: ev.ip ?? null },
        en: `${ok ? 'Activity' : 'Failed attempt'} (${ev.category}) ${days} day(s) after termination`,
        ja: `退職 ${days} 日後の${ok ? '活動' : '失敗した試行'} (${ev.category})`,
      })];
    },
  };
}
