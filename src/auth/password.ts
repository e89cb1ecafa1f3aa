// Password hashing with scrypt from node:crypto (memory-hard, nothing to download or compile), self-describing.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (pw: string, salt: Buffer, len: number, o: ScryptOptions) =>
  new Promise<Buffer>((res, rej) => scryptCb(pw, salt, len, o, (e, k) => (e ? rej(e) : res(k))));

/** N=2^15, r=8: 32 MiB and ~60 ms per hash on one core (OWASP's scrypt minimum is N=2^17 r=8 p=1 or equivalent cost). */
const DEFAULT = { N: 2 ** 15, r: 8, p: 1 };
const KEYLEN = 32;

export async function hashPassword(pw: string, cost = DEFAULT): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(pw, salt, KEYLEN, { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 });
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(pw: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? '').split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') {
    // Same work as a real check, so a missing account does not answer faster than a wrong password.
    await hashPassword(pw);
    return false;
  }
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const expected = Buffer.from(parts[5]!, 'base64url');
  const key = await scrypt(pw, Buffer.from(parts[4]!, 'base64url'), expected.length, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
  return timingSafeEqual(key, expected);
}

/** Minimum rules: long enough and not the username; length beats composition rules (NIST SP 800-63B). */
export function passwordProblem(pw: string, username: string): string | null {
  if (pw.length < 12) return 'a password needs at least 12 characters';
  if (pw.length > 512) return 'a password can have at most 512 characters';
  if (pw.toLowerCase().includes(username.toLowerCase())) return 'a password must not contain the username';
  return null;
}

export const randomSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
