import { describe, expect, it } from 'vitest';
import { fieldDoc } from '../../core/model/field-docs.ts';
import { describeType, objectSchemasAt, withDocs, type JsonSchema } from './schema-info.ts';

function everyProperty(schema: JsonSchema, visit: (name: string, child: JsonSchema) => void): void {
  for (const option of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) everyProperty(option, visit);
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    visit(name, child);
    everyProperty(child, visit);
  }
  if (schema.items) everyProperty(schema.items, visit);
  if (typeof schema.additionalProperties === 'object') everyProperty(schema.additionalProperties, visit);
}

describe('schema info', () => {
  it('adds a description to every property and enum descriptions to every enum', () => {
    const documented = withDocs();
    let count = 0;
    everyProperty(documented, (name, child) => {
      count++;
      expect(child.description, name).toBeTruthy();
      if (child.enum) expect(child.enumDescriptions?.every(Boolean), name).toBe(true);
    });
    expect(count).toBeGreaterThan(100);
    const retry = objectSchemasAt(['links', 0], 'sync')[0]?.properties?.retry;
    expect(retry?.description).toBeUndefined(); // the original is left alone
  });

  it('narrows unions by kind', () => {
    expect(objectSchemasAt(['nodes', 0])).toHaveLength(6);
    expect(objectSchemasAt(['nodes', 0], 'database')).toHaveLength(1);
    expect(objectSchemasAt(['nodes', 0], 'no-such-kind')).toHaveLength(6);
    expect(objectSchemasAt(['links', 3, 'retry'])[0]?.required).toEqual(['attempts', 'backoff']);
  });

  it('describes types briefly', () => {
    expect(describeType({ type: 'integer', minimum: 1, maximum: 20 })).toBe('whole number 1–20');
    expect(describeType({ type: 'string', enum: ['a', 'b'] })).toBe('a | b');
    expect(describeType({ type: 'boolean' })).toBe('boolean');
    expect(describeType({ type: 'array' })).toBe('list');
    expect(fieldDoc('retry')).toBeTruthy();
  });
});
