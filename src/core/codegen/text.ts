/** Small helpers for writing source text: a file is a list of lines, some of them conditional. */

export type Chunk = string | false | undefined | null | readonly Chunk[];

function flatten(chunks: readonly Chunk[], out: string[]): string[] {
  for (const chunk of chunks) {
    if (chunk === false || chunk === undefined || chunk === null) continue;
    if (typeof chunk === 'string') out.push(chunk);
    else flatten(chunk, out);
  }
  return out;
}

/** Joins the chunks as lines, skipping `false`/`undefined`/`null`, with one trailing newline. */
export function lines(...chunks: Chunk[]): string {
  return `${flatten(chunks, []).join('\n')}\n`;
}

/** The chunks as a flat list of lines, each indented by `spaces`. */
export function indent(spaces: number, ...chunks: Chunk[]): string[] {
  const pad = ' '.repeat(spaces);
  return flatten(chunks, []).map((line) => (line === '' ? '' : pad + line));
}

/** A number as source text; refuses NaN and infinities, which would not compile to what was drawn. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A file whose text never varies: built on first use, then shared by every service and every run. */
export function constant(build: () => string): () => string {
  let text: string | undefined;
  return () => (text ??= build());
}
