import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLessonSchema, generateSchema, LESSON_SCHEMA_FILE, SCHEMA_FILE } from './generate-schema.ts';

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

describe('schema/faultline-lesson.schema.json', () => {
  it('matches the zod lesson schema (run `npm run schema` after changing src/core/teaching)', () => {
    expect(readFileSync(LESSON_SCHEMA_FILE, 'utf8')).toBe(generateLessonSchema());
  });

  it('describes the lesson format: its marker, a start model and steps with checks', () => {
    const schema = JSON.parse(generateLessonSchema()) as {
      $id: string;
      required: string[];
      properties: { format: { const: string }; start: { required: string[] }; steps: { items: { properties: { check: { $ref: string } } } } };
      $defs: Record<string, { anyOf: unknown[] }>;
    };
    expect(schema.$id).toMatch(/lesson/);
    expect(schema.properties.format.const).toBe('faultline-lesson');
    expect([...schema.required].sort()).toEqual(['format', 'id', 'start', 'steps', 'summary', 'title', 'version']);
    expect(schema.properties.start.required).toEqual(expect.arrayContaining(['format', 'nodes']));
    expect(schema.properties.steps.items.properties.check.$ref).toBe('#/$defs/check');
    expect(schema.$defs['check']?.anyOf.length).toBe(12);
  });
});
