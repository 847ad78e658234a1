/**
 * What the cursor is on in YAML text that is usually half-typed and so often does not parse: read from
 * the indentation of the lines above, the way a person reads it. Handles block mappings, block
 * sequences of mappings (`- id: …`) and one-line flow mappings (`position: { x: 1, y: 2 }`), which is
 * everything the YAML view writes.
 */
import type { DocPathSegment } from '../../core/model/field-docs.ts';

export interface Line {
  /** Offset of the line's first character in the text. */
  start: number;
  text: string;
  /** Comment-only or empty. */
  blank: boolean;
  indent: number;
  /** Starts with `- ` (a sequence item). */
  dash: boolean;
  /** Column (0-based) where the line's key, or its content after the dash, starts. */
  keyCol: number;
  key?: string;
  /** What follows `key:` (trimmed, comment removed). */
  value?: string;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'[^']*'|[\w$.-]+)[ \t]*:(?=\s|$)/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    lines.push(analyseLine(line, start));
    start += raw.length + 1;
  }
  return lines;
}

function analyseLine(text: string, start: number): Line {
  const m = /^( *)(-(?: +|$))?(.*)$/.exec(text);
  const indent = m?.[1]?.length ?? 0;
  const dashText = m?.[2] ?? '';
  const rest = m?.[3] ?? '';
  const blank = dashText === '' && /^\s*(#.*)?$/.test(rest);
  const line: Line = { start, text, blank, indent, dash: dashText !== '', keyCol: indent + dashText.length };
  const key = KEY.exec(rest);
  if (key?.[1] !== undefined) {
    line.key = unquote(key[1]);
    line.value = stripComment(rest.slice(key[0].length)).trim();
  }
  return line;
}

export function unquote(token: string): string {
  if (token.length >= 2 && ((token.startsWith('"') && token.endsWith('"')) || (token.startsWith("'") && token.endsWith("'")))) {
    return token.slice(1, -1);
  }
  return token;
}

function stripComment(value: string): string {
  const hash = value.search(/(^|\s)#/);
  return hash < 0 ? value : value.slice(0, hash);
}

/** Where the mapping holding a key at column `col` of line `index` starts. */
type MappingStart = { type: 'item'; line: number } | { type: 'child'; parent: number } | { type: 'root' };

function mappingStart(lines: readonly Line[], index: number, col: number): MappingStart {
  const own = lines[index];
  if (own?.dash && own.keyCol === col) return { type: 'item', line: index };
  for (let j = index - 1; j >= 0; j--) {
    const line = lines[j];
    if (!line || line.blank) continue;
    if (line.keyCol > col) continue;
    if (line.keyCol === col) {
      if (line.dash) return { type: 'item', line: j };
      continue;
    }
    // A line further left: the key that opens this mapping (or the item that holds that key).
    return line.key !== undefined ? { type: 'child', parent: j } : { type: 'root' };
  }
  return { type: 'root' };
}

/** The path of the object that holds a key at column `col` of line `index`. */
export function containerPath(lines: readonly Line[], index: number, col: number, depth = 0): DocPathSegment[] {
  if (depth > 64) return [];
  const start = mappingStart(lines, index, col);
  if (start.type === 'root') return [];
  if (start.type === 'child') {
    const parent = lines[start.parent];
    if (!parent?.key) return [];
    return [...containerPath(lines, start.parent, parent.keyCol, depth + 1), parent.key];
  }
  // A sequence item: find the key that holds the sequence, counting the items before this one.
  const item = lines[start.line];
  if (!item) return [];
  const dashCol = item.indent;
  let count = 0;
  for (let j = start.line - 1; j >= 0; j--) {
    const line = lines[j];
    if (!line || line.blank) continue;
    if (line.dash && line.indent === dashCol) {
      count++;
      continue;
    }
    if (line.keyCol > dashCol || (line.dash && line.indent > dashCol)) continue;
    if (!line.key) return [];
    return [...containerPath(lines, j, line.keyCol, depth + 1), line.key, count];
  }
  return [];
}

/** The keys (and their one-line values) of the mapping holding column `col` of line `index`. */
export function siblingsOf(lines: readonly Line[], index: number, col: number, skipLine?: number): Map<string, string> {
  const start = mappingStart(lines, index, col);
  const first = start.type === 'item' ? start.line : start.type === 'child' ? start.parent + 1 : 0;
  const siblings = new Map<string, string>();
  for (let k = first; k < lines.length; k++) {
    const line = lines[k];
    if (!line || line.blank) continue;
    // Left of the mapping, or the next item of the same sequence: the mapping has ended.
    if (k > first && (line.keyCol < col || (line.dash && line.indent < col))) break;
    if (line.keyCol === col && line.key !== undefined && k !== skipLine) siblings.set(line.key, unquote(line.value ?? ''));
  }
  return siblings;
}

export type CursorSpot =
  | { type: 'key'; prefix: string; from: number; to: number; dashLine: boolean }
  | { type: 'value'; key: string; prefix: string; from: number; to: number; needsSpace: boolean };

export interface YamlCursor {
  /** Path of the object the cursor is in (`['links', 2, 'retry']`). */
  path: DocPathSegment[];
  /** The other keys of that object and their values (the cursor's own line excluded). */
  siblings: Map<string, string>;
  spot: CursorSpot;
}

const WORD = /[\w$.-]*$/;
const WORD_AFTER = /^[\w$.-]*/;

/** What the cursor at `offset` is typing: a key of some object, or the value of some key. */
export function yamlCursorAt(text: string, offset: number): YamlCursor | undefined {
  const lines = splitLines(text);
  const index = lineIndexAt(lines, offset);
  const line = lines[index];
  if (!line) return undefined;
  const col = offset - line.start;
  const before = line.text.slice(0, col);
  const after = line.text.slice(col);
  const wordAfter = WORD_AFTER.exec(after)?.[0].length ?? 0;

  // Inside a one-line flow mapping: `position: { x: 1, y| }`.
  const flow = /^( *)(- +)?([\w$.-]+)[ \t]*:[ \t]*\{([^}]*)$/.exec(before);
  if (flow) {
    const blockCol = (flow[1]?.length ?? 0) + (flow[2]?.length ?? 0);
    const path = [...containerPath(lines, index, blockCol), flow[3] ?? ''];
    const siblings = flowPairs(line.text.slice(line.text.indexOf('{') + 1));
    const segment = (flow[4] ?? '').split(',').pop() ?? '';
    const key = /^\s*([\w$.-]*)$/.exec(segment);
    if (key) {
      const prefix = key[1] ?? '';
      siblings.delete(prefix + (WORD_AFTER.exec(after)?.[0] ?? ''));
      return { path, siblings, spot: { type: 'key', prefix, from: offset - prefix.length, to: offset + wordAfter, dashLine: false } };
    }
    const value = /^\s*([\w$.-]+)\s*:(\s*)([^,\s]*)$/.exec(segment);
    if (value) {
      const prefix = value[3] ?? '';
      return {
        path,
        siblings,
        spot: { type: 'value', key: value[1] ?? '', prefix, from: offset - prefix.length, to: offset + wordAfter, needsSpace: (value[2] ?? '') === '' && prefix === '' },
      };
    }
    return undefined;
  }

  const key = /^( *)(- +)?([\w$.-]*)$/.exec(before);
  if (key) {
    const keyCol = (key[1]?.length ?? 0) + (key[2]?.length ?? 0);
    const prefix = key[3] ?? '';
    return {
      path: containerPath(lines, index, keyCol),
      siblings: siblingsOf(lines, index, keyCol, index),
      spot: { type: 'key', prefix, from: offset - prefix.length, to: offset + wordAfter, dashLine: Boolean(key[2]) },
    };
  }

  const value = /^( *)(- +)?("[^"]*"|'[^']*'|[\w$.-]+)[ \t]*:([ \t]*)([^#{[]*)$/.exec(before);
  if (value) {
    const keyCol = (value[1]?.length ?? 0) + (value[2]?.length ?? 0);
    const typed = value[5] ?? '';
    const prefix = WORD.exec(typed)?.[0] ?? '';
    // Only a single word is completed; `name: Web ap` is free text.
    if (typed.slice(0, typed.length - prefix.length).trim() !== '') return undefined;
    return {
      path: containerPath(lines, index, keyCol),
      siblings: siblingsOf(lines, index, keyCol, index),
      spot: { type: 'value', key: unquote(value[3] ?? ''), prefix, from: offset - prefix.length, to: offset + wordAfter, needsSpace: (value[4] ?? '') === '' && typed === '' },
    };
  }
  return undefined;
}

/** `k: v` pairs of a flow mapping's text (up to its closing brace). */
function flowPairs(text: string): Map<string, string> {
  const body = text.split('}')[0] ?? '';
  const pairs = new Map<string, string>();
  for (const part of body.split(',')) {
    const m = /^\s*([\w$.-]+)\s*:\s*(.*?)\s*$/.exec(part);
    if (m?.[1]) pairs.set(m[1], m[2] ?? '');
  }
  return pairs;
}

export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface WordAt {
  word: string;
  from: number;
  to: number;
  /** The word is a key (followed by a colon). */
  isKey: boolean;
  /** The path of the object holding the key, or holding the key whose value this word is. */
  path: DocPathSegment[];
  /** For a value: the key it belongs to. */
  valueKey?: string;
  siblings: Map<string, string>;
}

/** The key or value word under `offset`, with the object it belongs to (for hover). */
export function yamlWordAt(text: string, offset: number): WordAt | undefined {
  const lines = splitLines(text);
  const index = lineIndexAt(lines, offset);
  const line = lines[index];
  if (!line || line.blank) return undefined;
  const col = offset - line.start;
  const left = /[\w$.-]*$/.exec(line.text.slice(0, col))?.[0] ?? '';
  const right = /^[\w$.-]*/.exec(line.text.slice(col))?.[0] ?? '';
  const word = left + right;
  if (!word) return undefined;
  const fromCol = col - left.length;
  const toCol = col + right.length;
  const from = line.start + fromCol;
  const to = line.start + toCol;
  const isKey = /^[ \t]*:(\s|$)/.test(line.text.slice(toCol)) || (/^["'][ \t]*:(\s|$)/.test(line.text.slice(toCol)) && /["']$/.test(line.text.slice(0, fromCol)));
  const blockPath = () => containerPath(lines, index, line.keyCol);
  const blockSiblings = () => siblingsOf(lines, index, line.keyCol);

  const brace = line.text.indexOf('{');
  const inFlow = line.key !== undefined && brace >= 0 && fromCol > brace && !line.text.slice(brace, fromCol).includes('}');
  if (inFlow) {
    const path = [...blockPath(), line.key ?? ''];
    const siblings = flowPairs(line.text.slice(brace + 1));
    if (isKey) return { word, from, to, isKey, path, siblings };
    const pair = /([\w$.-]+)\s*:\s*$/.exec(line.text.slice(0, fromCol));
    return pair?.[1] ? { word, from, to, isKey, path, siblings, valueKey: pair[1] } : undefined;
  }
  const keyStart = line.keyCol + (line.text[line.keyCol] === '"' || line.text[line.keyCol] === "'" ? 1 : 0);
  if (isKey && fromCol === keyStart) return { word, from, to, isKey, path: blockPath(), siblings: blockSiblings() };
  if (line.key !== undefined && !isKey) {
    const colon = line.text.indexOf(':', line.keyCol);
    if (colon >= 0 && fromCol > colon) return { word, from, to, isKey, path: blockPath(), siblings: blockSiblings(), valueKey: line.key };
  }
  return undefined;
}
