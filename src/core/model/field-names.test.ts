import { describe, expect, it } from 'vitest';
import { LINK_KINDS, NODE_KINDS } from './constants.ts';
import { DECISION_FIELD_NAMES, GROUP_FIELD_NAMES, LINK_FIELD_NAMES, NODE_FIELD_NAMES, SAGA_FIELD_NAMES } from './field-names.ts';
import { decisionSchema, groupSchema, linkSchema, nodeSchema, sagaSchema } from './schema.ts';

/** The declared keys of the union option whose `kind` is `kind`. */
function keysOfKind(union: { options: readonly { shape: { kind: { value: unknown } } }[] }, kind: string): string[] {
  const option = union.options.find((candidate) => candidate.shape.kind.value === kind);
  return option ? Object.keys(option.shape) : [];
}

// The lists restate the schema so the ops need no zod; these keep the two from drifting apart.
describe('field names match the schema, key for key and in order', () => {
  it.each(NODE_KINDS)('%s node', (kind) => {
    expect(NODE_FIELD_NAMES[kind]).toEqual(keysOfKind(nodeSchema, kind));
  });

  it.each(LINK_KINDS)('%s link', (kind) => {
    expect(LINK_FIELD_NAMES[kind]).toEqual(keysOfKind(linkSchema, kind));
  });

  it.each([
    ['decision inputs', DECISION_FIELD_NAMES, decisionSchema],
    ['group', GROUP_FIELD_NAMES, groupSchema],
    ['saga', SAGA_FIELD_NAMES, sagaSchema],
  ] as const)('%s', (_, names, schema) => {
    expect(names).toEqual(Object.keys(schema.shape));
  });
});
