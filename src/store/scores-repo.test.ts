import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { testEngines } from '../../test/support/test-db.js';
import type { PersonScore } from '../score/types.js';
import type { Database } from './db.js';
import { getPersonScore, listPersonScores, loadIdentityDecisions, replacePersonScores, saveIdentityDecision } from './scores-repo.js';

const score = (id: string, value: number, level: PersonScore['level']): PersonScore => ({
  personId: `employee:${id}`, kind: 'employee', employeeId: id, candidateId: null, candidateIds: [], emails: [`${id.toLowerCase()}@corp.example`],
  name: `Person ${id}`, score: value, level, pillars: { identity: value, location: 0, device: 0, behaviour: 0 }, reasons: [], clusters: [], attack: [],
});

for (const engine of testEngines()) {
  describe(`stored scores on ${engine.name}`, async () => {
    const database: Database = await engine.open();
    after(() => database.close());
    const db = database.db;

    test('scores are replaced whole, ranked, filtered by level and found by any id form', async () => {
      await replacePersonScores(db, 'default', [score('E1', 20, 'low'), score('E2', 80, 'critical'), score('E3', 55, 'high')], '2026-10-01T00:00:00.000Z');
      assert.deepEqual((await listPersonScores(db, 'default')).map((s) => s.employeeId), ['E2', 'E3', 'E1']);
      assert.deepEqual((await listPersonScores(db, 'default', { levels: ['high', 'critical'] })).map((s) => s.employeeId), ['E2', 'E3']);
      assert.equal((await getPersonScore(db, 'default', 'E3'))?.score, 55);
      assert.equal((await getPersonScore(db, 'default', 'employee:E2'))?.level, 'critical');
      assert.equal(await getPersonScore(db, 'default', 'E9'), null);
      await replacePersonScores(db, 'default', [score('E1', 30, 'medium')], '2026-10-02T00:00:00.000Z');
      assert.deepEqual((await listPersonScores(db, 'default')).map((s) => [s.employeeId, s.level]), [['E1', 'medium']]);
      assert.equal((await listPersonScores(db, 'other-tenant')).length, 0, 'tenants never see each other');
    });

    test('an identity decision is kept, and a later decision on the same link replaces it', async () => {
      await saveIdentityDecision(db, 'default', { decision: 'confirm', personId: 'employee:E1', kind: 'account', system: 'github', value: 'octo', by: 'analyst' });
      await saveIdentityDecision(db, 'default', { decision: 'split', personId: 'employee:E1', kind: 'account', system: 'github', value: 'octo', by: 'lead' });
      const d = await loadIdentityDecisions(db, 'default');
      assert.equal(d.length, 1);
      assert.deepEqual([d[0]?.decision, d[0]?.by], ['split', 'lead']);
    });
  });
}
