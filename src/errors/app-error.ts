// The one error type: a code for machines, a message for people, an HTTP status, and where an input went wrong.
export interface InputLocation {
  file?: string;
  line?: number;
  field?: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly location?: InputLocation;
  readonly details?: unknown;

  constructor(code: string, message: string, opts: { status?: number; location?: InputLocation; details?: unknown; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = opts.status ?? 400;
    this.location = opts.location;
    this.details = opts.details;
  }
}

/** `file:line:field: reason` — the form every input error is printed in. */
export function formatLocation(loc: InputLocation): string {
  return [loc.file, loc.line, loc.field].filter((p) => p !== undefined && p !== '').join(':');
}
