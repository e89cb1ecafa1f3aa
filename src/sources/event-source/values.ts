// Small coercions for vendor values that arrive as strings, numbers or nulls depending on the export path.

/** A non-empty string, or null. */
export function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null;
}

/** Vendors write booleans as `true`, `"true"`, `"True"` or 1 depending on the path. */
export function flag(v: unknown): boolean | null {
  if (v === true || v === 1) return true;
  if (v === false || v === 0) return false;
  if (typeof v === 'string') { const s = v.toLowerCase(); if (s === 'true') return true; if (s === 'false') return false; }
  return null;
}

/** A finite number from a number or numeric string, or null. */
export function num(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** Entra's modifiedProperties values are JSON-encoded strings ("\"Global Administrator\""); unwrap them. */
export function unquote(v: unknown): string | null {
  const s = str(v);
  if (!s) return null;
  try { const p: unknown = JSON.parse(s); return typeof p === 'string' ? p : Array.isArray(p) && typeof p[0] === 'string' ? p[0] : s; } catch { return s; }
}
