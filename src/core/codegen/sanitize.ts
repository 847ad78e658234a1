/**
 * Everything user-written that reaches generated text passes through here. Names become identifiers,
 * file names, package names and hosts by keeping ASCII letters and digits only (so no quote, backtick,
 * `${`, `*\/`, newline or emoji survives); free text goes only into string literals (JSON-escaped) and
 * single-line comments (line breaks and pragmas defused). Uniqueness after sanitising is NameScope's job.
 */

/** The words of `text`: runs of ASCII letters/digits, also split where lower case meets upper case. */
export function words(text: string): string[] {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const out: string[] = [];
  for (const run of ascii.match(/[A-Za-z0-9]+/g) ?? []) {
    // "reserveInventory" → reserve Inventory; "HTTPServer" → HTTP Server; "v2Api" → v2 Api.
    for (const part of run.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+[a-z]*/g) ?? []) out.push(part);
  }
  return out;
}

const MAX_IDENTIFIER = 60;
const MAX_SLUG = 48;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function joinIdentifier(parts: string[], first: (w: string) => string): string {
  let id = parts.map((w, i) => (i === 0 ? first(w) : capitalise(w))).join('').slice(0, MAX_IDENTIFIER);
  // An identifier cannot start with a digit: "3d printing" → N3dPrinting.
  if (/^[0-9]/.test(id)) id = `N${id}`.slice(0, MAX_IDENTIFIER);
  return id;
}

/** `reserve inventory` → `reserveInventory`; `fallback` when nothing usable is left. */
export function camelCase(text: string, fallback = 'unnamed'): string {
  const parts = words(text);
  if (parts.length === 0) return camelCase(fallback, 'unnamed');
  const id = joinIdentifier(parts, (w) => w.toLowerCase());
  return /^N[0-9]/.test(id) ? `n${id.slice(1)}` : id;
}

/** `order created` → `OrderCreated`; `fallback` when nothing usable is left. */
export function pascalCase(text: string, fallback = 'Unnamed'): string {
  const parts = words(text);
  if (parts.length === 0) return pascalCase(fallback, 'Unnamed');
  return joinIdentifier(parts, capitalise);
}

/** `Order Service` → `order-service`: for file, directory, package and host names. */
export function kebabCase(text: string, fallback = 'unnamed'): string {
  const slug = words(text)
    .map((w) => w.toLowerCase())
    .join('-')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug || (fallback === '' ? 'unnamed' : kebabCase(fallback, 'unnamed'));
}

/** `orders db` → `orders_db`: database names (Postgres/MySQL accept these unquoted). */
export function snakeCase(text: string, fallback = 'app'): string {
  const snake = kebabCase(text, fallback).replace(/-/g, '_');
  return /^[0-9]/.test(snake) ? `db_${snake}` : snake;
}

/** `inventory-service` → `INVENTORY_SERVICE`: environment variable names. */
export function constantCase(text: string, fallback = 'VALUE'): string {
  const name = kebabCase(text, fallback).replace(/-/g, '_').toUpperCase();
  return /^[0-9]/.test(name) ? `N_${name}` : name;
}

/** A TypeScript/JavaScript string literal for any text (JSON is valid JS since ES2019). */
export function jsString(text: string): string {
  return JSON.stringify(text);
}

/**
 * Text safe inside a `//` comment: every JS line terminator becomes a space (so the comment cannot end
 * early and run the rest as code) and `@` is defused (so `@ts-ignore`/`@ts-nocheck` in a name is not a pragma).
 */
export function commentText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/@/g, '(at)')
    .trim();
}

/** Text safe in a YAML `#` comment: one line, no control characters. */
export function yamlCommentText(text: string): string {
  return commentText(text).replace(/[\u0080-\u009f\ufeff]/g, '');
}

/** Text safe inside a Markdown table cell or paragraph: one line, no markup, no HTML. */
export function markdownText(text: string): string {
  return commentText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#~]/g, '\\$&');
}

/** Text safe inside a quoted Mermaid label: anything unusual becomes a `#code;` entity. */
export function mermaidText(text: string): string {
  let out = '';
  for (const ch of commentText(text)) out += /[A-Za-z0-9 ,.\-/:()]/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}

/**
 * Words JavaScript or TypeScript give a meaning to (reserved words, strict-mode names, built-in type
 * names), plus Object.prototype members and `then` (an object with a `then` method is a thenable).
 */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
  'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null',
  'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
  'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'await', 'async',
  'arguments', 'eval', 'undefined', 'NaN', 'Infinity', 'any', 'unknown', 'never', 'number', 'string', 'boolean',
  'symbol', 'bigint', 'object', 'type', 'as', 'satisfies', 'keyof', 'infer', 'is', 'declare', 'module',
  'namespace', 'readonly', 'abstract', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty',
  'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'then',
]);

/** Device names Windows will not create as files, whatever the extension. */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * Hands out unique names in one namespace: the first claim of `base` gets it, later ones `base2`,
 * `base3`, … (or `base-2` for slugs). Reserved names are never handed out.
 */
export class NameScope {
  private readonly taken = new Set<string>();
  private readonly byKey = new Map<string, string>();

  constructor(
    reserved: Iterable<string> = [],
    private readonly separator = '',
  ) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  /** A unique name based on `base`; the same `key` always gets the same name back. */
  claim(base: string, key?: string): string {
    return this.claimFamily(base, (b) => [b], key)[0]!;
  }

  /**
   * Claims a whole family of names derived from one base (e.g. `OrderCreatedEvent`, `onOrderCreated`)
   * so that no member of it clashes; returns the family.
   */
  claimFamily(base: string, derive: (base: string) => string[], key?: string): string[] {
    if (key !== undefined) {
      const known = this.byKey.get(key);
      if (known !== undefined) return derive(known);
    }
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}${this.separator}${n}`;
      const family = derive(candidate);
      // Case-insensitive: files differing only in case collide on macOS and Windows.
      if (family.some((name) => this.taken.has(name.toLowerCase()) || WINDOWS_DEVICES.test(name.toLowerCase()))) continue;
      for (const name of family) this.taken.add(name.toLowerCase());
      if (key !== undefined) this.byKey.set(key, candidate);
      return family;
    }
  }
}

/** A scope for identifiers: reserved words and `extra` (the generator's own names) are never handed out. */
export function identifierScope(extra: Iterable<string> = []): NameScope {
  return new NameScope([...RESERVED_WORDS, ...extra]);
}

/** A scope for file, directory and host names: `name`, `name-2`, … */
export function slugScope(reserved: Iterable<string> = []): NameScope {
  return new NameScope(reserved, '-');
}
