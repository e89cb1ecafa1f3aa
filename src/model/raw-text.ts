// The vendor's own JSON text of a parsed record, when it was read from one line: the store keeps that text as the
// raw record instead of serialising the parsed object again (byte-for-byte evidence, and no second JSON.stringify).
const texts = new WeakMap<object, string>();

export function rememberRawText(record: object, text: string): void {
  texts.set(record, text);
}

export function rawTextOf(record: unknown): string | undefined {
  return typeof record === 'object' && record !== null ? texts.get(record) : undefined;
}
