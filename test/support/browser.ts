// A browser reduced to what sign-in flows need: fetch with redirects followed by hand and one cookie jar per host,
// so a test sees every hop (and can tamper with one) instead of trusting fetch's own redirect handling.

interface Cookie { value: string; path: string }

export interface Hop { url: string; status: number; location: string | null; body: string }

export class Browser {
  /** host → cookie name → cookie. */
  private readonly jars = new Map<string, Map<string, Cookie>>();

  /** The cookie's value as this browser holds it for `url`'s host, or undefined. */
  cookie(url: string, name: string): string | undefined {
    return this.jars.get(new URL(url).host)?.get(name)?.value;
  }

  setCookie(url: string, name: string, value: string, path = '/'): void {
    const host = new URL(url).host;
    if (!this.jars.has(host)) this.jars.set(host, new Map());
    this.jars.get(host)!.set(name, { value, path });
  }

  /** One request, no redirect followed; stores Set-Cookie, sends the cookies whose path matches. */
  async request(url: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Hop> {
    const u = new URL(url);
    const jar = this.jars.get(u.host);
    const cookies = jar ? [...jar].filter(([, c]) => u.pathname === c.path || u.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`)) : [];
    const headers: Record<string, string> = { ...init.headers };
    if (cookies.length) headers.cookie = cookies.map(([n, c]) => `${n}=${c.value}`).join('; ');
    let body: string | undefined;
    if (init.form) { body = new URLSearchParams(init.form).toString(); headers['content-type'] = 'application/x-www-form-urlencoded'; }
    const res = await fetch(u, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) this.store(u, line);
    const location = res.headers.get('location');
    return { url: u.href, status: res.status, location: location ? new URL(location, u).href : null, body: await res.text() };
  }

  /**
   * Follows redirects from `url`; `onPage` answers a 200 HTML page (a form to submit) with the next request, or null
   * to stop there. `stopAt` stops before requesting a URL it matches (to inspect or tamper with it).
   */
  async follow(url: string, opts: { onPage?: (hop: Hop) => { url: string; form: Record<string, string> } | null; stopAt?: (url: string) => boolean; max?: number } = {}): Promise<{ hops: Hop[]; next: string | null }> {
    const hops: Hop[] = [];
    let next: { url: string; form?: Record<string, string> } | null = { url };
    for (let i = 0; next && i < (opts.max ?? 20); i++) {
      if (!next.form && opts.stopAt?.(next.url)) return { hops, next: next.url };
      const hop = await this.request(next.url, next.form ? { form: next.form } : {});
      hops.push(hop);
      if (hop.status >= 300 && hop.status < 400 && hop.location) next = { url: hop.location };
      else if (hop.status === 200 && opts.onPage) next = opts.onPage(hop);
      else next = null;
    }
    return { hops, next: null };
  }

  private store(u: URL, line: string): void {
    const [pair = '', ...attrs] = line.split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    if (eq <= 0) return;
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    let path = '/';
    let expired = value === '';
    for (const a of attrs) {
      const [k = '', v = ''] = a.split('=');
      if (k.toLowerCase() === 'path') path = v || '/';
      if (k.toLowerCase() === 'max-age' && Number(v) <= 0) expired = true;
      if (k.toLowerCase() === 'expires' && Date.parse(v) < Date.now()) expired = true;
    }
    if (!this.jars.has(u.host)) this.jars.set(u.host, new Map());
    const jar = this.jars.get(u.host)!;
    if (expired) jar.delete(name);
    else jar.set(name, { value, path });
  }
}

/** The action URL and hidden inputs of the first form in an HTML page (enough for an IdP's login and consent pages). */
export function firstForm(html: string, base: string): { url: string; fields: Record<string, string> } {
  const form = /<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error(`no form in page: ${html.slice(0, 200)}`);
  const fields: Record<string, string> = {};
  for (const m of form[2]!.matchAll(/<input[^>]*>/gi)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const value = /value="([^"]*)"/.exec(m[0])?.[1];
    if (name) fields[name] = value ?? '';
  }
  return { url: new URL(form[1]!.replaceAll('&amp;', '&'), base).href, fields };
}
