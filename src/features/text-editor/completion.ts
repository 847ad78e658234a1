/**
 * Completion and hover for the YAML view, as plain data (the Monaco adapter turns it into suggestions).
 * Field names come from the schema for the object at the cursor — a node of its kind, a link of its
 * kind, a policy object — minus the fields already there; values come from the field's enum (`kind:`,
 * `engine:`, `backoff:`, `protocol:`, `access:`, `platform:`…), booleans, or the ids in the text for
 * references (`from:`, `to:`, `group:`…). Docs are the one-liners of core/model/field-docs.ts.
 */
import { docContextOf, enumDoc, fieldDoc, type DocPathSegment } from '../../core/model/field-docs.ts';
import { allowedValues, describeType, objectSchemasAt, type JsonSchema } from './schema-info.ts';
import { idsIn } from './text-entities.ts';
import { yamlCursorAt, yamlWordAt } from './yaml-context.ts';

export interface Candidate {
  label: string;
  kind: 'field' | 'value' | 'reference';
  /** Text to insert; a Monaco snippet (tab stops, choices) when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  /** The field's type or the value's field, shown beside the label. */
  detail?: string;
  documentation?: string;
  /** Orders candidates (required fields first, then schema order). */
  sortText: string;
}

export interface Completions {
  /** The text range the chosen candidate replaces (the word being typed). */
  from: number;
  to: number;
  items: Candidate[];
}

/** Objects written on one line, as the YAML view writes them. */
const INLINE_OBJECTS = new Set(['position', 'size', 'latency', 'healthChecks']);

/** Fields whose value is the id of another element, and where to find the candidates. */
const REFERENCES: Readonly<Record<string, readonly ('nodes' | 'groups' | 'links')[]>> = {
  from: ['nodes'],
  to: ['nodes'],
  service: ['nodes'],
  orchestrator: ['nodes'],
  entry: ['nodes'],
  group: ['groups'],
  target: ['nodes', 'links', 'groups'],
};

/** Completions for the cursor at `offset` in YAML text, or undefined when there is nothing to offer. */
export function yamlCompletions(text: string, offset: number): Completions | undefined {
  const cursor = yamlCursorAt(text, offset);
  if (!cursor) return undefined;
  const { path, siblings, spot } = cursor;
  const items =
    spot.type === 'key'
      ? fieldCandidates(path, siblings, spot.dashLine)
      : valueCandidates(text, path, siblings, spot.key, spot.needsSpace);
  return items.length > 0 ? { from: spot.from, to: spot.to, items } : undefined;
}

function fieldCandidates(path: readonly DocPathSegment[], siblings: ReadonlyMap<string, string>, dashLine: boolean): Candidate[] {
  const options = objectSchemasAt(path, siblings.get('kind'));
  const context = docContextOf(path);
  const seen = new Set<string>();
  const items: Candidate[] = [];
  for (const option of options) {
    const required = new Set(option.required ?? []);
    for (const [name, schema] of Object.entries(option.properties ?? {})) {
      if (seen.has(name) || siblings.has(name)) continue;
      seen.add(name);
      const doc = fieldDoc(name, context);
      items.push({
        label: name,
        kind: 'field',
        insertText: fieldSnippet(name, schema, dashLine),
        snippet: true,
        detail: `${describeType(schema)}${required.has(name) ? ' · required' : ''}`,
        ...(doc ? { documentation: doc } : {}),
        sortText: `${required.has(name) ? 0 : 1}${String(items.length).padStart(3, '0')}`,
      });
    }
  }
  return items;
}

/** What a field inserts: its key and a template for its value, with tab stops. */
export function fieldSnippet(name: string, schema: JsonSchema, dashLine = false): string {
  const values = allowedValues(schema);
  if (values.length > 0) return `${name}: \${1|${values.map(String).join(',')}|}`;
  // Inside `- key` the item's other keys sit two columns right of the dash, one indent level deeper.
  const indent = dashLine ? '\t\t' : '\t';
  if (schema.type === 'object' && schema.properties) {
    const required = (schema.required ?? []).filter((key) => schema.properties?.[key]);
    if (INLINE_OBJECTS.has(name)) {
      const keys = required.length > 0 ? required : Object.keys(schema.properties);
      return `${name}: { ${keys.map((key, i) => `${key}: ${placeholder(schema.properties?.[key], i + 1)}`).join(', ')} }`;
    }
    if (required.length === 0) return `${name}:\n${indent}$0`;
    return `${name}:\n${required.map((key, i) => `${indent}${key}: ${placeholder(schema.properties?.[key], i + 1)}`).join('\n')}`;
  }
  if (schema.type === 'object') return `${name}:\n${indent}$0`;
  if (schema.type === 'array') return `${name}:\n${indent}- $0`;
  return `${name}: $0`;
}

function placeholder(schema: JsonSchema | undefined, stop: number): string {
  const values = schema ? allowedValues(schema) : [];
  if (values.length > 0) return `\${${stop}|${values.map(String).join(',')}|}`;
  if (schema?.type === 'integer' || schema?.type === 'number') return `\${${stop}:${Math.max(0, schema.minimum ?? 0)}}`;
  return `\${${stop}}`;
}

function valueCandidates(
  text: string,
  path: readonly DocPathSegment[],
  siblings: ReadonlyMap<string, string>,
  key: string,
  needsSpace: boolean,
): Candidate[] {
  const lead = needsSpace ? ' ' : '';
  const references = REFERENCES[key];
  if (references) {
    const ids = idsIn(text);
    const found = new Set<string>();
    const items: Candidate[] = [];
    for (const collection of references) {
      for (const id of ids[collection]) {
        if (found.has(id)) continue;
        found.add(id);
        items.push({
          label: id,
          kind: 'reference',
          insertText: lead + id,
          snippet: false,
          detail: collection === 'groups' ? 'context' : collection === 'links' ? 'link' : 'node',
          sortText: String(items.length).padStart(4, '0'),
        });
      }
    }
    return items;
  }
  // The kind being typed must not narrow the choice of kinds.
  const options = objectSchemasAt(path, key === 'kind' ? undefined : siblings.get('kind'));
  const values: (string | boolean)[] = [];
  for (const option of options) {
    const field = option.properties?.[key];
    if (!field) continue;
    for (const value of allowedValues(field)) if (!values.includes(value)) values.push(value);
  }
  return values.map((value, i) => {
    const doc = typeof value === 'string' ? enumDoc(key, value) : undefined;
    return {
      label: String(value),
      kind: 'value' as const,
      insertText: lead + String(value),
      snippet: false,
      detail: key,
      ...(doc ? { documentation: doc } : {}),
      sortText: String(i).padStart(3, '0'),
    };
  });
}

export interface Hover {
  from: number;
  to: number;
  /** Markdown. */
  contents: string;
}

/** The doc for the field or enum value under `offset` in YAML text. */
export function yamlHover(text: string, offset: number): Hover | undefined {
  const word = yamlWordAt(text, offset);
  if (!word) return undefined;
  const context = docContextOf(word.path);
  if (word.isKey) {
    const doc = fieldDoc(word.word, context);
    if (!doc || !context) return undefined;
    const schema = objectSchemasAt(word.path, word.siblings.get('kind')).map((o) => o.properties?.[word.word]).find(Boolean);
    const type = schema ? ` · ${describeType(schema)}` : '';
    return { from: word.from, to: word.to, contents: `**${word.word}**${type}\n\n${doc}` };
  }
  if (word.valueKey === undefined) return undefined;
  const doc = enumDoc(word.valueKey, word.word);
  if (!doc) return undefined;
  return { from: word.from, to: word.to, contents: `**${word.word}** (${word.valueKey})\n\n${doc}` };
}
