import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchema, SCHEMA_FILE } from './generate-schema.ts';

describe('schema/faultline.schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing src/core/model/schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generateSchema());
  });

  it('describes the file format: strict objects, the node kinds, optional collections', () => {
    const schema = JSON.parse(generateSchema()) as {
      $id: string;
      required: string[];
      additionalProperties: boolean;
      properties: { format: { const: string }; nodes: { items: { oneOf?: { properties: { kind: { const: string } } }[] } } };
    };
    expect(schema.$id).toMatch(/faultline/);
    expect(schema.properties.format.const).toBe('faultline');
    expect(schema.additionalProperties).toBe(false);
    expect([...schema.required].sort()).toEqual(['format', 'name', 'nodes', 'version']);
    expect(schema.properties.nodes.items.oneOf?.map((o) => o.properties.kind.const)).toEqual(['service', 'database', 'broker', 'gateway', 'client', 'external']);
  });
});
