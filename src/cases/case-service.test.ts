import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { testEngines } from '../../test/support/test-db.js';
import type { Alert } from '../model/alert.js';
import { insertAlerts } from '../store/analysis-repo.js';
import type { Database } from '../store/db.js';
import { benignSuppressions, caseService } from './case-service.js';

const alert = (id: string, subjectId: string): Alert => ({
  id, ruleId: 'impossible-travel', subjectKind: 'employee', subjectId, time: '2026-01-05T10:00:00.000Z', severity: 'medium',
  pillar: 'location', signals: ['M4'], attack: ['T1078'], summary: { en: 'Impossible travel', ja: '移動不可能な速度' },
  evidence: { eventIds: ['e1'], facts: {} },
});

for (const engine of testEngines()) {
  describe(`cases on ${engine.name}`, async () => {
    const database: Database = await engine.open();
    after(() => database.close());
    const svc = caseService(database.db, 'default');

    test('a case keeps every action in order, and legal hold blocks closing', async () => {
      const c = await svc.create({ title: 'Review E1 logins', subjectKind: 'employee', subjectId: 'E1' }, 'analyst@corp');
      assert.match(c.id, /^CASE-\d{8}-[0-9A-F]{6}$/);
      assert.equal(c.status, 'open');
      await svc.update(c.id, { status: 'investigating', assignee: 'sec-lead' }, 'analyst@corp');
      await svc.addNote(c.id, 'Called the employee via the main number', 'hr@corp');
      await svc.update(c.id, { legalHold: true }, 'legal@corp');
      await assert.rejects(svc.update(c.id, { status: 'closed_confirmed' }, 'analyst@corp'), /legal hold/);
      await svc.update(c.id, { legalHold: false }, 'legal@corp');
      await svc.update(c.id, { status: 'closed_confirmed' }, 'analyst@corp');
      const got = await svc.get(c.id);
      assert.equal(got.status, 'closed_confirmed');
      assert.deepEqual(got.history.map((h) => h.action),
        ['created', 'status_changed', 'assigned', 'note', 'legal_hold_changed', 'legal_hold_changed', 'status_changed']);
      assert.deepEqual(got.history[1]?.detail, { from: 'open', to: 'investigating' });
      await assert.rejects(svc.get('CASE-NOPE'), /no case/);
      await assert.rejects(svc.update(c.id, {}, 'x'), /nothing to change/);
    });

    test('a benign close suppresses the evidence that existed then, not other people\'s', async () => {
      await insertAlerts(database.db, 'default', [alert('a1', 'E2'), alert('a2', 'E2'), alert('a3', 'E3')]);
      const c = await svc.create({ title: 'E2 travel', subjectKind: 'employee', subjectId: 'E2' }, 'analyst@corp');
      assert.deepEqual(await benignSuppressions(database.db, 'default'), []);
      await svc.update(c.id, { status: 'closed_benign' }, 'analyst@corp');
      const s = await benignSuppressions(database.db, 'default');
      assert.deepEqual(s.map((x) => `${x.personId}:${x.alertId}`).sort(), ['E2:a1', 'E2:a2']);
    });
  });
}
