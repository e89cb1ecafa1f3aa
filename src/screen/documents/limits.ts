// Caps that keep hostile files (huge, zip bombs, parser hangs) from taking the screener down.

export interface DocumentLimits {
  /** Largest input file accepted. */
  maxBytes: number;
  /** Most entries a DOCX (zip) may have. */
  maxZipEntries: number;
  /** Largest inflated size of one zip entry. */
  maxZipEntryBytes: number;
  /** Largest inflated size of all zip entries together. */
  maxZipTotalBytes: number;
  /** Largest inflated/compressed ratio tolerated for one entry. */
  maxZipRatio: number;
  /** Wall-clock limit for parsing one document. */
  timeoutMs: number;
  /** Longest text kept from one document. */
  maxTextChars: number;
}

export const DEFAULT_LIMITS: DocumentLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxZipEntries: 500,
  maxZipEntryBytes: 30 * 1024 * 1024,
  maxZipTotalBytes: 60 * 1024 * 1024,
  maxZipRatio: 200,
  timeoutMs: 15_000,
  maxTextChars: 500_000,
};

export type DocumentErrorCode = 'too_large' | 'zip_bomb' | 'timeout' | 'unsupported' | 'corrupt';

/** A document the screener refused or could not read; message is safe to show a user. */
export class DocumentError extends Error {
  constructor(readonly code: DocumentErrorCode, message: string, readonly fileName: string, options?: { cause?: unknown }) {
    super(`${fileName}: ${message}`, options);
    this.name = 'DocumentError';
  }
}

/** Rejects when `work` does not settle within `ms`; the timer never keeps the process alive. */
export async function withTimeout<T>(work: Promise<T>, ms: number, fileName: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DocumentError('timeout', `parsing took longer than ${ms} ms`, fileName)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}
