import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { docContextOf, enumDoc, fieldDoc, type DocPathSegment } from './field-docs.ts';
import { modelSchema } from './schema.ts';

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
}

interface Field {
  path: readonly DocPathSegment[];
  name: string;
  schema: JsonSchema;
}

/** Every property of the file format with the path of the object it belongs to. */
function collectFields(schema: JsonSchema, path: readonly DocPathSegment[], out: Field[]): Field[] {
  for (const option of [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])]) collectFields(option, path, out);
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    out.push({ path, name, schema: child });
    collectFields(child, [...path, name], out);
  }
  if (schema.items) collectFields(schema.items, [...path, 0], out);
  if (typeof schema.additionalProperties === 'object') collectFields(schema.additionalProperties, [...path, 'some-rule-id'], out);
  return out;
}

/** The string values a field may take: its enum, or the discriminating `kind` constants. */
function enumValues(schema: JsonSchema): string[] {
  const own = [...(schema.enum ?? []), ...(typeof schema.const === 'string' ? [schema.const] : [])];
  const nested = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].flatMap(enumValues);
  return [...own, ...nested].filter((v): v is string => typeof v === 'string');
}

const fields = collectFields(z.toJSONSchema(modelSchema, { io: 'input' }) as JsonSchema, [], []);

describe('field docs', () => {
  it('finds the fields of the schema (sanity check of the walk)', () => {
    expect(fields.length).toBeGreaterThan(100);
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['retry', 'attempts', 'engine', 'platform', 'x']));
  });

  it('knows what kind of object every field belongs to', () => {
    const missing = fields.filter((f) => docContextOf(f.path) === undefined).map((f) => `${f.path.join('.')}.${f.name}`);
    expect(missing).toEqual([]);
  });

  it('documents every field of the schema', () => {
    const missing = fields.filter((f) => !fieldDoc(f.name, docContextOf(f.path))).map((f) => `${f.path.join('.')}.${f.name}`);
    expect(missing).toEqual([]);
  });

  it('documents every enum value (and every kind)', () => {
    const missing = fields
      .filter((f) => f.name !== 'format')
      .flatMap((f) => enumValues(f.schema).map((value) => ({ field: f.name, value })))
      .filter(({ field, value }) => !enumDoc(field, value))
      .map(({ field, value }) => `${field}: ${value}`);
    expect(missing).toEqual([]);
  });

  it('keeps every doc to one line', () => {
    for (const f of fields) expect(fieldDoc(f.name, docContextOf(f.path))).not.toMatch(/\n/);
  });

  it('prefers the doc of the field in its context', () => {
    expect(fieldDoc('kind', 'link')).toMatch(/sync/);
    expect(fieldDoc('kind', 'node')).toMatch(/service/);
    expect(fieldDoc('kind')).toBe('What kind of element this is.');
    expect(fieldDoc('attempts', 'retry')).toMatch(/attempts/);
    expect(fieldDoc('no-such-field')).toBeUndefined();
    expect(fieldDoc('toString')).toBeUndefined();
  });

  it('names the object at a path', () => {
    expect(docContextOf([])).toBe('model');
    expect(docContextOf(['nodes', 2])).toBe('node');
    expect(docContextOf(['links', 0, 'retry'])).toBe('retry');
    expect(docContextOf(['settings', 'rules', 'no-timeout'])).toBe('ruleSetting');
    expect(docContextOf(['scenarios', 0, 'load', 1, 'steps', 0])).toBe('loadStep');
    expect(docContextOf(['nodes', 'x'])).toBeUndefined();
  });

  it('documents enum values and nothing else', () => {
    expect(enumDoc('backoff', 'exponential')).toMatch(/multiplier/);
    expect(enumDoc('engine', 'redis-streams')).toBeDefined();
    expect(enumDoc('backoff', 'linear')).toBeUndefined();
    expect(enumDoc('nothing', 'x')).toBeUndefined();
  });
});
