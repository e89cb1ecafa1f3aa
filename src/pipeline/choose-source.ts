// Picks the Source for a file: the one named with --source, or the single clear winner of auto-detection.
import { AppError } from '../errors/app-error.js';
import type { Sample, Source } from '../sources/types.js';

const MIN_CONFIDENCE = 0.5;
/** Two formats this close are ambiguous: ask the user rather than guess. */
const TIE_MARGIN = 0.1;

export function chooseSource(sample: Sample, sources: Source[], named?: string): Source {
  if (named) {
    const s = sources.find((x) => x.name === named);
    if (!s) throw new AppError('UNKNOWN_SOURCE', `unknown source "${named}"; known: ${sources.map((x) => x.name).join(', ')}`, { location: { file: sample.fileName } });
    return s;
  }
  const ranked = sources.map((source) => ({ source, score: safeDetect(source, sample) }))
    .filter((r) => r.score >= MIN_CONFIDENCE).sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best) {
    throw new AppError('UNKNOWN_FORMAT', `${sample.fileName}: format not recognised; name it with --source (${sources.map((x) => x.name).join(', ')})`, { location: { file: sample.fileName } });
  }
  if (second && best.score - second.score < TIE_MARGIN) {
    throw new AppError('AMBIGUOUS_FORMAT', `${sample.fileName}: could be ${best.source.name} or ${second.source.name}; name it with --source`, { location: { file: sample.fileName } });
  }
  return best.source;
}

function safeDetect(source: Source, sample: Sample): number {
  try { return source.detect(sample); } catch { return 0; }
}
