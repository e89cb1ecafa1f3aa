// E-mail address → free-mail / disposable / education / corporate, role account, canonical (dots, plus-tag) form.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataFile } from './data-paths.js';

export const EMAIL_FILES = {
  disposable: 'disposable-email-domains/disposable_email_blocklist.conf',
  roles: 'email/role-accounts.txt',
  education: 'email/education-suffixes.txt',
} as const;

export type EmailKind = 'disposable' | 'free' | 'education' | 'corporate';

export interface EmailFacts {
  /** Lower-cased address as given. */
  email: string;
  local: string;
  domain: string;
  kind: EmailKind;
  freeMail: boolean;
  disposable: boolean;
  education: boolean;
  /** A shared mailbox (info@, hr@, noreply@…), not a named person. */
  role: boolean;
  /** Address after the provider's own folding (Gmail dots, +tags): one mailbox, one canonical form. */
  canonical: string;
  plusTag: string | null;
}

export interface EmailCatalog {
  facts(email: string): EmailFacts | null;
}

/** Providers that ignore dots in the local part and deliver a+tag to a. */
const DOTLESS = new Set(['gmail.com', 'googlemail.com']);
/** Providers that deliver a+tag to a but keep dots. */
const PLUS = new Set(['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'icloud.com', 'me.com', 'mac.com', 'fastmail.com', 'proton.me', 'protonmail.com', 'pm.me', 'yandex.ru', 'yandex.com']);

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(/#.*$/, '').trim().toLowerCase()).filter(Boolean);
}

function readIf(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** The domain or any parent of it is in the set (mail.foo.edu → foo.edu → edu). */
function inSetOrParent(domain: string, set: Set<string>): boolean {
  for (let d = domain; ; ) {
    if (set.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0) return false;
    d = d.slice(dot + 1);
  }
}

const SYNTAX = /^[^\s@"(),:;<>[\]\\]+@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)+$/;

export function loadEmailCatalog(dataDir: string): EmailCatalog {
  const free = new Set((JSON.parse(readFileSync(resolveDataFile(dataDir, 'email', 'all.json', 'email-providers'), 'utf8')) as string[]).map((d) => d.toLowerCase()));
  const disposable = new Set(lines(readIf(join(dataDir, EMAIL_FILES.disposable))));
  const roles = new Set(lines(readIf(join(dataDir, EMAIL_FILES.roles))));
  const education = new Set(lines(readIf(join(dataDir, EMAIL_FILES.education))));
  return {
    facts(input) {
      const email = input.trim().toLowerCase().replace(/^mailto:/, '');
      if (!SYNTAX.test(email)) return null;
      const at = email.lastIndexOf('@');
      const local = email.slice(0, at);
      const domain = email.slice(at + 1);
      const isDisposable = inSetOrParent(domain, disposable);
      const isFree = free.has(domain);
      const isEdu = !isDisposable && !isFree && inSetOrParent(domain, education);
      const plus = local.indexOf('+');
      const foldsPlus = DOTLESS.has(domain) || PLUS.has(domain);
      const plusTag = foldsPlus && plus > 0 ? local.slice(plus + 1) : null;
      let canonLocal = plusTag !== null ? local.slice(0, plus) : local;
      let canonDomain = domain;
      if (DOTLESS.has(domain)) { canonLocal = canonLocal.replace(/\./g, ''); canonDomain = 'gmail.com'; }
      const base = (plus > 0 ? local.slice(0, plus) : local).replace(/[._-]/g, '');
      return {
        email,
        local,
        domain,
        kind: isDisposable ? 'disposable' : isFree ? 'free' : isEdu ? 'education' : 'corporate',
        freeMail: isFree,
        disposable: isDisposable,
        education: isEdu,
        role: roles.has(local) || roles.has(base),
        canonical: `${canonLocal}@${canonDomain}`,
        plusTag,
      };
    },
  };
}
