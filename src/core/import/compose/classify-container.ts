/**
 * Decides what a compose service is — a datastore, a broker, a gateway, platform infrastructure or an
 * application service — from its image, then its build context, then its own name, and says why.
 */
import { APPLICATION_WORDS, ENGINE_ENV_PREFIXES, SIGNATURES } from './image-signatures.ts';
import type { Category, DatabaseEngine, Signature } from './image-signatures.ts';

export type Classified = Category | { kind: 'service'; label: 'service' };

export interface Classification {
  readonly category: Classified;
  /** Why, in words a user can check: `image mongo:3.4 → database (mongodb)`. */
  readonly reason: string;
}

export interface ContainerFacts {
  readonly name: string;
  readonly image?: string | undefined;
  readonly build?: string | undefined;
  readonly environmentKeys: readonly string[];
}

/** Classifies one compose service; the first source (image, build context, name) that says something wins. */
export function classifyContainer(facts: ContainerFacts): Classification {
  const sources: [what: string, words: string[]][] = [];
  if (facts.image !== undefined) sources.push([`image ${facts.image}`, imageWords(facts.image)]);
  if (facts.build !== undefined) sources.push([`build context ${facts.build}`, words(lastPathSegment(facts.build))]);
  sources.push([`service name "${facts.name}"`, words(facts.name)]);

  for (const [what, tokens] of sources) {
    const match = matchSignature(tokens);
    if (!match) continue;
    // Name the words that matched when they are only part of the name (`rs-mongodb`, `user-db`).
    const hint = tokens.length > match.words.length ? ` (“${match.words.join('-')}”)` : '';
    const fromEnv = engineFromEnvironment(match.category, facts.environmentKeys);
    if (fromEnv) {
      const category: Category = { kind: 'database', engine: fromEnv.engine, label: fromEnv.engine };
      return { category, reason: `${what}${hint} → database; env ${fromEnv.key} → ${fromEnv.engine}` };
    }
    // "other" says nothing to a reader; the word that matched (`memcached`, `pulsar`) does.
    const category = 'engine' in match.category && match.category.engine === 'other' ? { ...match.category, label: match.words.join(' ') } : match.category;
    return { category, reason: `${what}${hint} → ${describe(category)}` };
  }
  const first = sources[0]?.[0] ?? `service name "${facts.name}"`;
  return { category: { kind: 'service', label: 'service' }, reason: `${first} → service (no datastore, broker, proxy or infrastructure recognised)` };
}

/** `database (mongodb)`, `infrastructure (tracing)`: the category as the inferred text shows it. */
export function describe(category: Classified): string {
  switch (category.kind) {
    case 'database':
      return `database (${category.engine === undefined ? 'engine unknown' : category.engine === 'other' ? category.label : category.engine})`;
    case 'broker':
      return `broker (${category.engine === 'other' ? category.label : category.engine})`;
    case 'gateway':
      return 'gateway';
    case 'infrastructure':
      return `infrastructure (${category.role})`;
    case 'service':
      return 'service';
  }
}

/** Lower-case words of a name, with compose variables (`${TAG}`, `$REPO`) removed: they say nothing. */
export function words(text: string): string[] {
  return text
    .replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, ' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** The words of an image reference without its tag or digest (`mongo:3.4` → `mongo`). */
export function imageWords(image: string): string[] {
  let ref = image.split('@')[0] ?? image;
  const lastSlash = ref.lastIndexOf('/');
  const colon = ref.indexOf(':', lastSlash + 1);
  if (colon !== -1) ref = ref.slice(0, colon);
  return words(ref);
}

function lastPathSegment(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.' && p !== '..');
  return parts[parts.length - 1] ?? path;
}

/** A word matches itself or itself with a version number glued on (`postgres14`, `mongo4`). */
function same(token: string, word: string): boolean {
  if (token === word) return true;
  const bare = token.replace(/\d+$/, '');
  return bare.length >= 3 && bare === word;
}

function matchSignature(tokens: readonly string[]): Signature | undefined {
  for (const signature of SIGNATURES) {
    const n = signature.words.length;
    const starts = signature.exact ? (tokens.length === n ? [0] : []) : Array.from({ length: Math.max(0, tokens.length - n + 1) }, (_, i) => i);
    for (const start of starts) {
      if (!signature.words.every((w, j) => same(tokens[start + j] ?? '', w))) continue;
      const rest = [...tokens.slice(0, start), ...tokens.slice(start + n)];
      if (signature.category.kind !== 'gateway' && rest.some((t) => APPLICATION_WORDS.has(t))) continue;
      return signature;
    }
  }
  return undefined;
}

/** A datastore whose name does not say its engine may still say it in the variables its image reads. */
function engineFromEnvironment(category: Category, keys: readonly string[]): { key: string; engine: DatabaseEngine } | undefined {
  if (category.kind !== 'database' || category.engine !== undefined) return undefined;
  for (const key of keys) {
    const hit = ENGINE_ENV_PREFIXES.find(([prefix]) => key.toUpperCase().startsWith(prefix));
    if (hit) return { key, engine: hit[1] };
  }
  return undefined;
}
