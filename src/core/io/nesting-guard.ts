/**
 * The YAML parser recurses once per nesting level, and a few hundred levels can make V8 abort the whole
 * process (a fatal out-of-memory while compiling a regular expression deep in the stack: not an
 * exception, so no try/catch helps). A Faultline model needs about six levels, so text nested far deeper
 * is refused before any parser sees it.
 */

/** Deepest bracket nesting accepted; a model needs about six. */
export const MAX_NESTING = 64;
/**
 * Block YAML nests by indentation, at least one column per level, or by compact `- - x` items; a line
 * whose indentation plus compact items reaches this is refused. Generous, as block-text lines may be indented.
 */
export const MAX_INDENT = 256;

/** The offset and message of the first place `text` nests too deeply, or undefined. */
export function findExcessiveNesting(text: string): { offset: number; message: string } | undefined {
  let brackets = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const lead = /^[ \t]*(?:[-?][ \t]+)*/.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_INDENT + 1)))?.[0].length ?? 0;
    if (lead > MAX_INDENT) return { offset: lineStart, message: `the text is indented or nested more than ${MAX_INDENT} levels deep` };
    // Quotes are ignored, so brackets inside strings count too: that can only make this stricter.
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5b || c === 0x7b) {
        if (++brackets > MAX_NESTING) return { offset: i, message: `the file is nested more than ${MAX_NESTING} levels deep` };
      } else if ((c === 0x5d || c === 0x7d) && brackets > 0) brackets--;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return undefined;
}
