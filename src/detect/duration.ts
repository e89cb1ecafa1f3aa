// Parses the short durations rule files use ("15m", "24h", "30d") into milliseconds.
const UNIT: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export function parseDuration(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([smhdw])$/.exec(s.trim());
  if (!m) return null;
  return Number(m[1]) * (UNIT[m[2] as string] as number);
}
