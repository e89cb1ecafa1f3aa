// Place-name normalisation shared by the gazetteer and location checks: "Kraków" = "krakow", "Land Berlin" ≈ "Berlin".

/** Words that name the kind of region, not the region: "Masovian Voivodeship", "State of Berlin". */
const REGION_WORDS = /\b(state|province|prefecture|voivodeship|region|county|land|oblast|krai|territory|district|department|autonomous|community|of|the)\b/g;

export function normPlace(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss')
    .toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function normRegion(s: string): string {
  return normPlace(s).replace(REGION_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

/** Two spellings of one first-level region ("Land Berlin" / "Berlin", "Mazovia" / "Masovia" stay apart). */
export function sameRegionName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = normRegion(a), y = normRegion(b);
  return x.length > 0 && x === y;
}
