// Shapes of a parsed resume document: text, authoring metadata and the facts read from the text.

export type DocumentFormat = 'pdf' | 'docx' | 'text';

/** Authoring metadata from PDF Info/XMP or OOXML docProps; null = not present. */
export interface DocumentMeta {
  title: string | null;
  author: string | null;
  lastModifiedBy: string | null;
  /** PDF Creator / XMP CreatorTool / OOXML Application. */
  creatorTool: string | null;
  /** PDF Producer (the library that wrote the PDF). */
  producer: string | null;
  template: string | null;
  /** OOXML cp:revision. */
  revision: number | null;
  /** OOXML app.xml TotalTime (minutes of editing). */
  totalEditMinutes: number | null;
  created: string | null;
  modified: string | null;
  /** PDF: `%%EOF` markers beyond the first = incremental updates (edits appended after creation). */
  incrementalUpdates: number | null;
  startxrefCount: number | null;
  /** XMP xmpMM:History entries (saves recorded by the authoring tool). */
  xmpHistoryEvents: number | null;
  documentId: string | null;
  pages: number | null;
}

export interface DateRange {
  /** As written, e.g. "Jan 2019 – Present". */
  text: string;
  /** YYYY-MM (month 01 when only a year is given). */
  start: string;
  /** YYYY-MM, or null for "present". */
  end: string | null;
  section: string | null;
  /** The line it was found on (an employer or school line). */
  line: string;
}

export interface ResumeFacts {
  /** Canonical section names in order of appearance (experience, education, skills, …). */
  sectionOrder: string[];
  /** Section name → its text. */
  sections: Record<string, string>;
  /** Headings exactly as written (normalised whitespace) — part of the template fingerprint. */
  headings: string[];
  employers: string[];
  schools: string[];
  skills: string[];
  dateRanges: DateRange[];
  emails: string[];
  /** E.164 where parseable, else digits as written. */
  phones: string[];
  urls: string[];
  /** First non-empty line when it looks like a person's name. */
  nameLine: string | null;
}

export interface ParsedDocument {
  fileName: string;
  format: DocumentFormat;
  sha256: string;
  bytes: number;
  text: string;
  meta: DocumentMeta;
  facts: ResumeFacts;
}

export function emptyMeta(): DocumentMeta {
  return {
    title: null, author: null, lastModifiedBy: null, creatorTool: null, producer: null, template: null,
    revision: null, totalEditMinutes: null, created: null, modified: null, incrementalUpdates: null,
    startxrefCount: null, xmpHistoryEvents: null, documentId: null, pages: null,
  };
}
