import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harvestToCandidates, mapSource } from './index.js';

// Shape as documented for GET /v1/candidates/{id} (Harvest API), trimmed to the fields Trustline reads plus some it ignores.
const candidate = {
  id: 53883394, first_name: 'Kevin', last_name: 'Walsh', company: 'Brightwave', title: 'Engineer', created_at: '2025-02-11T16:01:36.000Z',
  is_private: false, application_ids: [69306314, 69306315],
  phone_numbers: [{ value: '+1 312 555 0188', type: 'mobile' }],
  addresses: [{ value: 'Austin, TX', type: 'home' }],
  email_addresses: [{ value: 'k.walsh@work.example', type: 'work' }, { value: 'KWalsh.Dev@outlook.com', type: 'personal' }],
  website_addresses: [{ value: 'https://github.com/kwalsh-dev', type: 'portfolio' }],
  social_media_addresses: [{ value: 'https://linkedin.com/in/kwalsh' }],
  attachments: [{ filename: 'Kevin_Walsh_CV.pdf', url: 'https://example/att', type: 'resume', created_at: '2025-02-11T16:01:36.000Z' }],
  applications: [
    { id: 69306314, candidate_id: 53883394, prospect: false, applied_at: '2025-02-11T16:01:36.000Z', status: 'active', current_stage: { id: 1, name: 'Phone Screen' },
      source: { id: 7, public_name: 'Upwork' }, location: { address: 'Remote - US' }, jobs: [{ id: 107761, name: 'Senior React Engineer' }], attachments: [] },
  ],
};
const secondApplication = {
  id: 69306315, candidate_id: 53883394, prospect: false, applied_at: '2025-03-01T09:00:00.000Z', status: 'rejected', current_stage: null,
  source: { id: 3, public_name: 'LinkedIn (Prospecting)' }, location: null, jobs: [{ id: 107761, name: 'Senior React Engineer' }],
  attachments: [{ filename: 'resume_v2.docx', type: 'resume' }],
};

test('Harvest candidate + applications → canonical candidates', () => {
  const out = harvestToCandidates(candidate, [secondApplication]);
  assert.equal(out.length, 2);
  const [a, b] = out;
  assert.equal(a?.candidateId, 'greenhouse:53883394:69306314');
  assert.equal(a?.requisitionId, '107761');
  assert.equal(a?.fullName, 'Kevin Walsh');
  assert.equal(a?.email, 'kwalsh.dev@outlook.com');
  assert.equal(a?.phone, '+1 312 555 0188');
  assert.equal(a?.source, 'freelance_platform');
  assert.equal(a?.githubUrl, 'https://github.com/kwalsh-dev');
  assert.equal(a?.linkedinUrl, 'https://linkedin.com/in/kwalsh');
  assert.equal(a?.resumeFile, 'Kevin_Walsh_CV.pdf');
  assert.equal(a?.stage, 'Phone Screen');
  assert.equal(a?.claimedCity, 'Remote - US');
  assert.equal(a?.extra.greenhouse_candidate_id, '53883394');
  assert.equal(b?.source, 'job_board');
  assert.equal(b?.resumeFile, 'resume_v2.docx');
  assert.equal(b?.stage, 'rejected');
  assert.equal(mapSource('Some Meetup'), '');
  const prospect = harvestToCandidates({ ...candidate, applications: [] });
  assert.equal(prospect[0]?.candidateId, 'greenhouse:53883394:prospect');
  assert.equal(prospect[0]?.requisitionId, null);
  assert.throws(() => harvestToCandidates({ first_name: 'x' }));
});
