// Attributes events to people before publishing, with the same precedence as the store's attributeEvents.

/** What an event is about, beyond its actor: a membership add belongs to the member added. */
export interface EventSubject { category?: string | null; target?: string | null; targetType?: string | null }

export interface Attributor { (source: string, actor: string | null | undefined, about?: EventSubject): string | null }

/**
 * The actor is the person's e-mail; else an account listed for them on the same system; else an account name
 * that belongs to exactly one person on any system (ambiguous names stay unattributed, as in the store).
 */
export function createAttributor(people: { employeeId: string; email?: string | null }[], accounts: { employeeId: string; system: string; account: string }[]): Attributor {
  const byEmail = new Map<string, string>();
  for (const p of people) if (p.email) byEmail.set(p.email, p.employeeId);
  const bySystem = new Map<string, string>();
  const byName = new Map<string, Set<string>>();
  for (const a of accounts) {
    bySystem.set(`${a.system}\u0000${a.account}`, a.employeeId);
    let s = byName.get(a.account);
    if (!s) { s = new Set(); byName.set(a.account, s); }
    s.add(a.employeeId);
  }
  return (source, actor, about) => {
    // As the store does: an invitation or membership add is the invitee's (the C3 chain invite → token → surge).
    if (about?.category === 'iam.member_add' && about.targetType?.toLowerCase() === 'user' && about.target) {
      const t = about.target.toLowerCase();
      const m = byEmail.get(t) ?? bySystem.get(`${source}\u0000${t}`);
      if (m) return m;
    }
    if (!actor) return null;
    const e = byEmail.get(actor);
    if (e) return e;
    const s = bySystem.get(`${source}\u0000${actor}`);
    if (s) return s;
    const n = byName.get(actor);
    if (n && n.size === 1) return [...n][0]!;
    return null;
  };
}
