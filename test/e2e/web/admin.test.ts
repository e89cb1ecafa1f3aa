// End-to-end: the administration screens in Debian's Chromium — users, API tokens, the audit log and its chain check —
// as the admin, and what an analyst and an auditor may (not) see; both languages, under the app's CSP.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { en } from '../../../web/src/i18n/en.js';
import { ja } from '../../../web/src/i18n/ja.js';
import { chromiumSkip, startHarness, type Harness } from './harness.js';

if (chromiumSkip) console.log(`# web admin e2e skipped: ${chromiumSkip}`);

const NEW_USER = 'kenji.sato';
const NEW_PASSWORD = 'a long passphrase of his own';
const ADMIN_NAV = [en.nav.users, en.nav.tokens, en.nav.audit];
/** Keys of the administration strings ("users.title"): shown raw on a page, one would be missing. */
const ADMIN_KEYS = (['users', 'tokens', 'audit'] as const).flatMap((s) => Object.keys(en[s]).map((k) => `${s}.${k}`));

describe('administration screens in Chromium', { skip: chromiumSkip, timeout: 120_000 }, () => {
  let h: Harness;
  let adminCtx: BrowserContext; let otherCtx: BrowserContext;
  let admin: Page; let other: Page;
  let oneTime = ''; let secret = '';
  const csp: string[] = []; const errors: string[] = [];

  const watch = (p: Page) => {
    p.on('pageerror', (e) => errors.push(String(e)));
    // A Content-Security-Policy violation is reported on the console: the app must not cause any.
    p.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) csp.push(m.text()); });
  };
  async function signIn(p: Page, user: string, password: string): Promise<void> {
    await p.goto(h.base);
    await p.waitForSelector('[data-testid=login-form]');
    await p.fill('[data-testid=login-username]', user);
    await p.fill('[data-testid=login-password]', password);
    await p.click('[data-testid=login-form] button[type=submit]');
  }
  async function open(p: Page, route: string): Promise<void> {
    await p.goto(`${h.base}/#/${route}`);
    await p.waitForSelector('main h1');
    await p.waitForFunction(() => !document.querySelector('main [aria-live="polite"]')?.textContent?.match(/Loading|読み込み中/));
  }
  const navTexts = (p: Page) => p.locator('header nav a').allInnerTexts();
  const status = (p: Page, path: string, method = 'GET') => p.evaluate(async ([u, m]) => (await fetch(u!, { method: m, headers: { 'content-type': 'application/json' }, body: m === 'GET' ? undefined : '{}' })).status, [path, method]);
  const api = async <T>(path: string) => { const r = await fetch(`${h.base}${path}`, { headers: h.auth }); assert.equal(r.status, 200, path); return await r.json() as T; };
  const auditActions = async (p: Page) => p.locator('[data-testid=audit-table] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));

  before(async () => {
    h = await startHarness({ seed: false });
    const opts = { viewport: { width: 1360, height: 900 }, locale: 'en-GB', permissions: ['clipboard-read', 'clipboard-write'] };
    adminCtx = await h.browser.newContext(opts);
    otherCtx = await h.browser.newContext(opts);
    for (const c of [adminCtx, otherCtx]) await c.addInitScript(() => { if (!localStorage.getItem('trustline.lang')) localStorage.setItem('trustline.lang', 'en'); });
    admin = await adminCtx.newPage(); other = await otherCtx.newPage();
    watch(admin); watch(other);
    await signIn(admin, h.user, h.password);
    await admin.waitForSelector('[data-testid=user]');
  });
  after(async () => { await adminCtx?.close(); await otherCtx?.close(); await h?.close(); });

  test('the admin sees Users, API tokens and Audit log; creating a user shows the one-time password once', async () => {
    for (const n of ADMIN_NAV) assert.ok((await navTexts(admin)).includes(n), n);
    await open(admin, 'users');
    assert.equal(await admin.locator('main h1').innerText(), en.users.title);
    await admin.fill('[data-testid=user-username]', NEW_USER);
    await admin.selectOption('[data-testid=user-role]', 'analyst');
    await admin.click('[data-testid=user-create] button[type=submit]');
    oneTime = await admin.locator('[data-testid=one-time-password]').innerText();
    assert.match(oneTime, /^[A-Za-z0-9_-]{24}$/);
    const row = admin.locator(`tr[data-user="${NEW_USER}"]`);
    await row.waitFor();
    assert.equal(await row.locator('[data-testid=role-select]').inputValue(), 'analyst');
    assert.match(await row.innerText(), /Active[\s\S]*must change password/);
    // Your own row cannot be demoted or disabled from here.
    const self = admin.locator(`tr[data-user="${h.user}"]`);
    assert.equal(await self.locator('[data-testid=role-select]').isDisabled(), true);
    assert.equal(await self.locator('[data-testid=toggle-disabled]').count(), 0);
    const users = await api<{ items: { username: string; role: string; mustChangePassword: boolean }[] }>('/api/users');
    const made = users.items.find((u) => u.username === NEW_USER)!;
    assert.deepEqual([made.role, made.mustChangePassword], ['analyst', true]);
    assert.ok(!JSON.stringify(users).includes(oneTime), 'the list never carries the password');
    await admin.reload();
    await admin.waitForSelector('[data-testid=users-table]');
    assert.equal(await admin.locator('[data-testid=one-time-password]').count(), 0, 'shown once: gone after a reload');
    // A name the server refuses is reported, and no password appears.
    await admin.fill('[data-testid=user-username]', NEW_USER);
    await admin.click('[data-testid=user-create] button[type=submit]');
    await admin.waitForSelector('[data-testid=user-create] ~ [role=alert]');
    assert.equal(await admin.locator('[data-testid=one-time-password]').count(), 0);
  });

  test('API tokens: created with a role, secret shown once and copied, revoked only when confirmed', async () => {
    await open(admin, 'tokens');
    await admin.fill('[data-testid=token-name]', 'okta connector');
    await admin.selectOption('[data-testid=token-role]', 'hr');
    await admin.click('[data-testid=token-create] button[type=submit]');
    secret = await admin.locator('[data-testid=token-secret]').innerText();
    assert.match(secret, /^tl_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    await admin.click('[data-testid=token-secret-copy]');
    await admin.getByText(en.common.copied).waitFor();
    assert.equal(await admin.evaluate(() => navigator.clipboard.readText()), secret);
    const bearer = { authorization: `Bearer ${secret}` };
    assert.equal((await fetch(`${h.base}/api/people`, { headers: bearer })).status, 200, 'an hr token reads people');
    assert.equal((await fetch(`${h.base}/api/users`, { headers: bearer })).status, 403, 'but is no admin');
    const id = secret.slice(3, 15);
    const row = admin.locator(`tr[data-token="${id}"]`);
    assert.match(await row.innerText(), /okta connector[\s\S]*HR[\s\S]*web-admin/);
    assert.match(await row.innerText(), /Active/);

    // Dismissing the confirmation revokes nothing.
    admin.once('dialog', (d) => void d.dismiss());
    await row.locator('[data-testid=revoke]').click();
    await admin.waitForTimeout(300);
    assert.equal((await fetch(`${h.base}/api/people`, { headers: bearer })).status, 200);
    assert.match(await row.innerText(), /Active/);

    let asked = '';
    admin.once('dialog', (d) => { asked = d.message(); void d.accept(); });
    await row.locator('[data-testid=revoke]').click();
    await row.getByText(/^Revoked /).waitFor();
    assert.match(asked, /okta connector/);
    assert.equal(await row.locator('[data-testid=revoke]').count(), 0);
    assert.equal((await fetch(`${h.base}/api/people`, { headers: bearer })).status, 401, 'a revoked token opens nothing');
    await admin.reload();
    await admin.waitForSelector('[data-testid=tokens-table]');
    assert.equal(await admin.locator('[data-testid=token-secret]').count(), 0, 'the secret is not shown again');
  });

  test('audit log: newest first, filtered by action, actor and time, paged, and the chain verifies', async () => {
    await open(admin, 'audit');
    await admin.waitForSelector('[data-testid=audit-table]');
    const actions = await auditActions(admin);
    assert.equal(actions[0], 'token.revoke', 'newest first');
    for (const a of ['user.create', 'token.create', 'token.revoke', 'auth.login']) assert.ok(actions.includes(a), a);

    const apply = async (f: { action?: string; actor?: string; from?: string; to?: string }) => {
      for (const k of ['action', 'actor', 'from', 'to'] as const) await admin.fill(`[data-testid=filter-${k}]`, f[k] ?? '');
      await admin.click('[data-testid=filter-apply]');
    };
    /** Waits for the filtered list to show exactly these actions (or "no records" for none). */
    const expectActions = async (expected: string[]) => {
      await admin.waitForFunction((want) => {
        const empty = document.querySelector('[data-testid=audit-empty]');
        const got = [...document.querySelectorAll('[data-testid=audit-table] tbody tr')].map((r) => r.getAttribute('data-action'));
        return want.length === 0 ? Boolean(empty) : JSON.stringify(got) === JSON.stringify(want);
      }, expected, { timeout: 5000 }).catch(async () => assert.deepEqual(await auditActions(admin), expected));
    };
    await apply({ action: 'token.revoke' });
    await expectActions(['token.revoke']);
    assert.match(await admin.locator('[data-testid=audit-table] tbody').innerText(), new RegExp(`token:${secret.slice(3, 15)}`));
    await apply({ action: 'token' });
    await expectActions(['token.revoke', 'token.create']);
    await apply({ actor: h.user, action: 'user' });
    await expectActions(['user.create']);
    await apply({ actor: 'nobody', action: 'user' });
    await expectActions([]);
    const utc = (ms: number) => new Date(ms).toISOString().slice(0, 16);
    await apply({ from: utc(Date.now() - 3_600_000), to: utc(Date.now() + 3_600_000), action: 'user.create' });
    await expectActions(['user.create']);
    await apply({ from: utc(Date.now() + 3_600_000) });
    await expectActions([]);
    await apply({ to: utc(Date.now() - 86_400_000) });
    await expectActions([]);

    // Paging: more than a page of records (50), then one page older continues where the first stopped.
    for (let i = 0; i < 55; i++) await fetch(`${h.base}/api/tokens`, { method: 'POST', headers: { ...h.auth, 'content-type': 'application/json' }, body: JSON.stringify({ name: `bulk ${i}`, role: 'analyst' }) });
    await admin.click('[data-testid=audit-filters] button[type=button]');
    await admin.waitForFunction(() => document.querySelectorAll('[data-testid=audit-table] tbody tr').length === 50);
    const seqs = async () => (await admin.locator('[data-testid=audit-table] tbody tr td:first-child').allInnerTexts()).map(Number);
    const first = await seqs();
    await admin.click('[data-testid=audit-older]');
    await admin.waitForFunction((s) => document.querySelector('[data-testid=audit-table] tbody td')?.textContent === String(s), first[49]! - 1);
    const second = await seqs();
    assert.equal(second[0], first[49]! - 1, 'the older page starts right below the first');
    assert.ok(second.every((s, i) => i === 0 || s < second[i - 1]!));

    await admin.click('[data-testid=verify-chain]');
    const verdict = admin.locator('[data-testid=verify-result]');
    await verdict.getByText(/Chain intact/).waitFor();
    const shown = Number((await verdict.innerText()).match(/([\d,]+) records/)![1]!.replace(/,/g, ''));
    const api1 = await api<{ verify: { ok: boolean; checked: number } }>('/api/audit?verify=1&limit=1');
    assert.equal(api1.verify.ok, true);
    assert.ok(shown >= 59 && shown <= api1.verify.checked, `${shown} records checked`);
  });

  test('an analyst sees no administration and is refused at its URLs; as auditor, the audit log only; disabled, signed out', async () => {
    await signIn(other, NEW_USER, oneTime);
    await other.waitForSelector('input[name=current]');
    await other.fill('input[name=current]', oneTime);
    await other.fill('input[name=password]', NEW_PASSWORD);
    await other.click('main button[type=submit]');
    await other.waitForSelector('header nav');
    assert.match(await other.locator('[data-testid=user]').innerText(), /kenji\.sato · Security analyst/);
    const nav = await navTexts(other);
    assert.ok(nav.includes(en.nav.overview), nav.join());
    for (const n of ADMIN_NAV) assert.ok(!nav.includes(n), `analyst nav has ${n}`);
    for (const r of ['users', 'tokens', 'audit']) {
      await open(other, r);
      assert.match(await other.locator('[data-testid=refused]').innerText(), /not open to your role: Security analyst/, r);
      assert.equal(await other.locator('table').count(), 0, `${r}: nothing listed`);
    }
    for (const [path, method] of [['/api/users', 'GET'], ['/api/tokens', 'GET'], ['/api/audit', 'GET'], ['/api/tokens', 'POST'], ['/api/users/web-admin', 'PATCH']]) {
      assert.equal(await status(other, path!, method), 403, `${method} ${path}`);
    }

    // The admin makes them an auditor on the Users screen.
    await open(admin, 'users');
    await admin.locator(`tr[data-user="${NEW_USER}"] [data-testid=role-select]`).selectOption('auditor');
    await admin.waitForFunction((u) => (document.querySelector(`tr[data-user="${u}"] [data-testid=role-select]`) as HTMLSelectElement | null)?.value === 'auditor', NEW_USER);
    await other.reload();
    await other.waitForSelector('[data-testid=user]');
    const auditorNav = await navTexts(other);
    assert.ok(auditorNav.includes(en.nav.audit));
    assert.ok(!auditorNav.includes(en.nav.users) && !auditorNav.includes(en.nav.tokens));
    await open(other, 'audit');
    await other.waitForSelector('[data-testid=audit-table]');
    assert.equal(await other.locator('main form button[type=submit]').count(), 1, 'the filter form only: nothing to create or revoke');
    await other.click('[data-testid=verify-chain]');
    await other.locator('[data-testid=verify-result]').getByText(/Chain intact/).waitFor();
    await open(other, 'users');
    await other.locator('[data-testid=refused]').waitFor();
    assert.equal(await status(other, '/api/audit'), 200);
    assert.equal(await status(other, '/api/tokens', 'POST'), 403);

    // Disabled: the session ends at once; enabled again: signs in.
    await open(admin, 'users');
    const row = admin.locator(`tr[data-user="${NEW_USER}"]`);
    await row.locator('[data-testid=toggle-disabled]').click();
    await row.getByText('Disabled', { exact: true }).waitFor();
    await other.reload();
    await other.waitForSelector('[data-testid=login-form]');
    await signIn(other, NEW_USER, NEW_PASSWORD);
    await other.waitForSelector('[data-testid=login-form] [role=alert]');
    await row.locator('[data-testid=toggle-disabled]').click();
    await row.getByText('Active', { exact: true }).waitFor();
    await signIn(other, NEW_USER, NEW_PASSWORD);
    await other.waitForSelector('[data-testid=user]');
    const audit = await api<{ items: { action: string; target: string; detail: Record<string, unknown> }[] }>(`/api/audit?order=desc&limit=20&actor=${h.user}&action=user`);
    assert.deepEqual(audit.items.map((i) => i.action).slice(0, 3), ['user.enable', 'user.disable', 'user.create']);
    const change = (await api<{ items: { target: string; detail: Record<string, unknown> }[] }>('/api/audit?order=desc&action=role.change')).items[0]!;
    assert.deepEqual([change.target, change.detail.from, change.detail.to], [`user:${NEW_USER}`, 'analyst', 'auditor']);
  });

  test('in Japanese the administration pages, their navigation and the refusal are Japanese', async () => {
    await open(admin, 'users');
    await admin.selectOption('[data-testid=lang]', 'ja');
    await admin.waitForFunction(() => document.documentElement.lang === 'ja');
    const nav = await navTexts(admin);
    for (const n of [ja.nav.users, ja.nav.tokens, ja.nav.audit]) assert.ok(nav.includes(n), n);
    for (const [r, heading] of [['users', ja.users.title], ['tokens', ja.tokens.title], ['audit', ja.audit.title]] as const) {
      await open(admin, r);
      const h1 = await admin.locator('main h1').innerText();
      assert.equal(h1, heading);
      assert.match(h1, /[\u3040-\u30ff\u4e00-\u9fff]/, `${r}: heading is not Japanese`);
      assert.match(await admin.locator('main p').first().innerText(), /[\u3040-\u30ff\u4e00-\u9fff]/, `${r}: introduction is not Japanese`);
      const text = await admin.locator('body').innerText();
      assert.deepEqual(ADMIN_KEYS.filter((k) => text.includes(k)), [], `${r}: raw keys shown`);
      assert.deepEqual(await admin.evaluate(() => (window as unknown as { __missingKeys?: string[] }).__missingKeys ?? []), [], `${r}: untranslated keys`);
    }
    await admin.click('[data-testid=verify-chain]');
    await admin.locator('[data-testid=verify-result]').getByText(/チェーンは正常です/).waitFor();
    await open(admin, 'users');
    assert.match(await admin.locator(`tr[data-user="${NEW_USER}"]`).innerText(), /有効/);

    await other.selectOption('[data-testid=lang]', 'ja');
    await open(other, 'tokens');
    assert.equal(await other.locator('main h1').innerText(), ja.common.refusedTitle);
    assert.equal(await other.locator('[data-testid=refused]').innerText(), ja.common.refused.replace('{{role}}', ja.role.auditor));
  });

  test('no CSP violation or page error; the server logs hold neither the one-time password nor the token', async () => {
    assert.deepEqual(csp, [], 'the app runs under its Content-Security-Policy');
    assert.deepEqual(errors, []);
    const text = h.logs.join('');
    assert.ok(h.logs.length > 50);
    for (const s of [oneTime, NEW_PASSWORD, secret]) assert.ok(s && !text.includes(s), 'a secret in the logs');
  });
});
