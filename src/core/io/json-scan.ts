/**
 * A strict JSON syntax check. JSON.parse says *that* a file is broken, but only some engines say
 * *where* (Node 20 often gives no position at all), and it silently keeps the last of two equal keys.
 * This scanner gives every engine the same plain-words message and offset, and reports duplicate keys
 * with their path. It validates only: values come from JSON.parse. It uses an explicit stack, not
 * recursion, so a deeply nested file cannot overflow the call stack.
 */
import { MAX_NESTING } from './nesting-guard.ts';
import type { PathSegment } from './types.ts';

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

export interface DuplicateKey {
  offset: number;
  key: string;
  /** Path of the object that holds the key twice. */
  path: PathSegment[];
}

/** Where a value, and the property name before it (inside an object), start in the text. */
export interface ValueOffsets {
  key?: number;
  value: number;
}

export interface JsonScan {
  error?: JsonSyntaxError;
  duplicates: DuplicateKey[];
  /** Offsets of the values whose path key (see pathKey) was asked for in `want`. */
  found: Map<string, ValueOffsets>;
}

export interface ScanOptions {
  /** Path keys (see pathKey) to find; must include every prefix of each, as the scan only descends into those. */
  want?: ReadonlySet<string>;
}

interface Frame {
  kind: 'object' | 'array';
  keys: Set<string>;
  /** The key or index of the value being read inside this container. */
  at: PathSegment;
  /** Where the current key starts (objects only). */
  keyOffset: number;
  /** This container's path key, when a wanted path runs through it; undefined stops the bookkeeping below it. */
  pathKey: string | undefined;
}

/** A string key for a path, cheap to extend one segment at a time while scanning. */
export function pathKey(path: readonly PathSegment[]): string {
  let key = '';
  for (const segment of path) key = extendKey(key, segment);
  return key;
}

function extendKey(key: string, segment: PathSegment): string {
  return `${key}\u0000${typeof segment === 'number' ? 'n' : 's'}${segment}`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;

/** Scans `text` as strict JSON (RFC 8259): the first syntax error, and every duplicate key. */
export function scanJson(text: string, options: ScanOptions = {}): JsonScan {
  const want = options.want;
  const found = new Map<string, ValueOffsets>();
  const duplicates: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const length = text.length;
  let i = 0;

  const skipSpace = (): void => {
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      i++;
    }
  };
  const describe = (at: number): string => {
    if (at >= length) return 'the end of the file';
    const c = text[at];
    if (c === '\n' || c === '\r') return 'a line break';
    return `"${c}"`;
  };
  const fail = (message: string, offset = i): JsonScan => ({ error: { offset, message }, duplicates, found });

  /** Reads a string starting at the opening quote; returns an error message or undefined. */
  const readString = (): JsonSyntaxError | undefined => {
    const start = i;
    i++;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, message: 'invalid \\u escape: expected four hex digits' };
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return { offset: i, message: `invalid escape "\\${next ?? ''}" in a string` };
        continue;
      }
      if (c < 0x20) return { offset: i, message: 'a line break or control character inside a string must be escaped (is a closing quote missing?)' };
      i++;
    }
    return { offset: start, message: 'this string is never closed: expected a closing "' };
  };

  /** Reads `"key":` inside an object and records duplicates. */
  const readKey = (frame: Frame): JsonSyntaxError | undefined => {
    skipSpace();
    if (text[i] !== '"') {
      const hint = text[i] === "'" ? ' (JSON needs double quotes)' : '';
      return { offset: i, message: `expected a property name in double quotes but found ${describe(i)}${hint}` };
    }
    const start = i;
    const error = readString();
    if (error) return error;
    const key = JSON.parse(text.slice(start, i)) as string;
    frame.keyOffset = start;
    if (frame.keys.has(key)) duplicates.push({ offset: start, key, path: pathOf(stack) });
    frame.keys.add(key);
    frame.at = key;
    skipSpace();
    if (text[i] !== ':') return { offset: i, message: `expected ":" after the property name "${key}" but found ${describe(i)}` };
    i++;
    return undefined;
  };

  skipSpace();
  if (i >= length) return fail('the file is empty: expected a JSON object');

  for (;;) {
    // Read one value.
    skipSpace();
    const c = text[i];
    if (c === undefined) return fail('unexpected end of the file: expected a value');
    let valueKey: string | undefined;
    if (want) {
      const parent = stack[stack.length - 1];
      valueKey = parent === undefined ? '' : parent.pathKey === undefined ? undefined : extendKey(parent.pathKey, parent.at);
      if (valueKey !== undefined && want.has(valueKey)) {
        found.set(valueKey, parent?.kind === 'object' ? { key: parent.keyOffset, value: i } : { value: i });
      } else valueKey = undefined;
    }
    if (c === '{' || c === '[') {
      const kind = c === '{' ? 'object' : 'array';
      i++;
      skipSpace();
      if (text[i] === (kind === 'object' ? '}' : ']')) {
        i++;
      } else {
        // The YAML parser used later to find lines cannot take deep nesting (see nesting-guard.ts).
        if (stack.length >= MAX_NESTING) return fail(`the file is nested more than ${MAX_NESTING} levels deep`, i - 1);
        const frame: Frame = { kind, keys: new Set(), at: 0, keyOffset: 0, pathKey: valueKey };
        stack.push(frame);
        if (kind === 'object') {
          const error = readKey(frame);
          if (error) return { error, duplicates, found };
        }
        continue;
      }
    } else if (c === '"') {
      const error = readString();
      if (error) return { error, duplicates, found };
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      const end = match ? i + match[0].length : i;
      if (!match || /[\w.+-]/.test(text[end] ?? '')) return fail('invalid number');
      i = end;
    } else {
      WORD.lastIndex = i;
      const word = WORD.exec(text)?.[0];
      if (word === 'true' || word === 'false' || word === 'null') i += word.length;
      else if (word !== undefined) return fail(`unexpected word "${word}": expected a value (text must be in double quotes; JSON has no ${word === 'NaN' || word === 'Infinity' ? word : 'bare words'})`);
      else if (c === "'") return fail('strings must use double quotes in JSON');
      else return fail(`unexpected ${describe(i)}: expected a value`);
    }

    // After a value: a comma, or the end of one or more containers.
    for (;;) {
      skipSpace();
      const frame = stack[stack.length - 1];
      if (frame === undefined) {
        return i < length ? fail(`unexpected ${describe(i)} after the end of the JSON value`) : { duplicates, found };
      }
      const close = frame.kind === 'object' ? '}' : ']';
      const next = text[i];
      if (next === ',') {
        i++;
        skipSpace();
        if (text[i] === '}' || text[i] === ']') return fail(`a trailing comma before "${text[i]}" is not allowed in JSON`, i);
        if (frame.kind === 'object') {
          const error = readKey(frame);
          if (error) return { error, duplicates, found };
        } else {
          frame.at = (frame.at as number) + 1;
        }
        break;
      }
      if (next === close) {
        i++;
        stack.pop();
        continue;
      }
      return fail(`expected "," or "${close}" but found ${describe(i)}`);
    }
  }
}

function pathOf(stack: readonly Frame[]): PathSegment[] {
  // The innermost frame is the object holding the duplicate; its own `at` is the key, not part of the path.
  return stack.slice(0, -1).map((frame) => frame.at);
}
