// Picks the one source that recognises a file from its head; refuses clearly when none or several do.
import type { Sample, Source } from './types.js';

/** Below this a source is not considered a match at all. */
export const MIN_CONFIDENCE = 0.3;
/** Scores closer than this are a tie: the file is ambiguous and the user must name the source. */
export const TIE_MARGIN = 0.05;

export type DetectResult =
  | { ok: true; source: Source; confidence: number }
  | { ok: false; error: string; candidates: { name: string; confidence: number }[] };

export function detectSource(sample: Sample, sources: readonly Source[]): DetectResult {
  const scored = sources
    .map((source) => {
      let confidence = 0;
      try { confidence = source.detect(sample); } catch { confidence = 0; }
      return { source, confidence: Number.isFinite(confidence) ? confidence : 0 };
    })
    .filter((s) => s.confidence >= MIN_CONFIDENCE)
    .sort((a, b) => b.confidence - a.confidence);
  const candidates = scored.map((s) => ({ name: s.source.name, confidence: Math.round(s.confidence * 100) / 100 }));
  const [best, second] = scored;
  if (!best) {
    return { ok: false, candidates, error: `${sample.fileName}: format not recognised by any source (${sources.map((s) => s.name).join(', ')}); name one with --source` };
  }
  if (second && best.confidence - second.confidence < TIE_MARGIN) {
    const tied = scored.filter((s) => best.confidence - s.confidence < TIE_MARGIN).map((s) => `${s.source.name} (${s.confidence.toFixed(2)})`);
    return { ok: false, candidates, error: `${sample.fileName}: ambiguous format, matches ${tied.join(' and ')}; name one with --source` };
  }
  return { ok: true, source: best.source, confidence: best.confidence };
}
