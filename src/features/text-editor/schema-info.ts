/**
 * The generated JSON Schema (schema/faultline.schema.json, kept equal to the zod schema by a test) as
 * data the text editor can query: which fields an object at a path may have, what values a field takes,
 * and the same schema with one-line docs added as descriptions for Monaco's JSON hover and completion.
 */
import generated from '../../../schema/faultline.schema.json';
import { docContextOf, enumDoc, fieldDoc, type DocPathSegment } from '../../core/model/field-docs.ts';

export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  enumDescriptions?: string[];
  [extra: string]: unknown;
}

export const MODEL_JSON_SCHEMA = generated as unknown as JsonSchema;

/** Union members flattened, so `oneOf` of node kinds becomes the list of node object schemas. */
function flatten(schemas: readonly JsonSchema[]): JsonSchema[] {
  return schemas.flatMap((s) => (s.oneOf ?? s.anyOf ? flatten(s.oneOf ?? s.anyOf ?? []) : [s]));
}

/** The schemas that may apply at `path` (several when a union has not been narrowed down). */
export function schemasAt(path: readonly DocPathSegment[], root: JsonSchema = MODEL_JSON_SCHEMA): JsonSchema[] {
  let current = flatten([root]);
  for (const segment of path) {
    const next: JsonSchema[] = [];
    for (const schema of current) {
      if (typeof segment === 'number') {
        if (schema.items) next.push(schema.items);
      } else if (schema.properties && Object.hasOwn(schema.properties, segment)) {
        next.push(schema.properties[segment] as JsonSchema);
      } else if (typeof schema.additionalProperties === 'object') {
        next.push(schema.additionalProperties);
      }
    }
    current = flatten(next);
  }
  return current;
}

/** The object schemas at `path`, narrowed to the option whose `kind` matches when the object has one. */
export function objectSchemasAt(path: readonly DocPathSegment[], kind?: string): JsonSchema[] {
  const objects = schemasAt(path).filter((s) => s.properties);
  if (kind === undefined) return objects;
  const matching = objects.filter((s) => s.properties?.kind?.const === kind || (s.properties?.kind?.enum ?? []).includes(kind));
  return matching.length > 0 ? matching : objects;
}

/** The string (or boolean) values a field schema allows. */
export function allowedValues(schema: JsonSchema): (string | boolean)[] {
  const values = [...(schema.enum ?? []), ...(schema.const !== undefined ? [schema.const] : [])];
  if (schema.type === 'boolean') values.push(true, false);
  return values.filter((v): v is string | boolean => typeof v === 'string' || typeof v === 'boolean');
}

/** A short description of what a field holds: `1–20`, `exponential | fixed | none`, `list`, … */
export function describeType(schema: JsonSchema): string {
  const values = allowedValues(schema);
  if (values.length > 0 && schema.type !== 'boolean') return values.join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  if (type === 'integer' || type === 'number') {
    const range = schema.minimum !== undefined && schema.maximum !== undefined ? ` ${schema.minimum}–${schema.maximum}` : '';
    return `${type === 'integer' ? 'whole number' : 'number'}${range}`;
  }
  if (type === 'array') return 'list';
  if (type === 'object') return 'object';
  return type ?? 'value';
}

/**
 * A copy of `schema` with a `description` on every property (from field-docs) and `enumDescriptions`
 * on every enum, so Monaco's JSON mode shows the same docs as YAML mode.
 */
export function withDocs(schema: JsonSchema = MODEL_JSON_SCHEMA): JsonSchema {
  return annotate(schema, [], undefined);
}

function annotate(schema: JsonSchema, path: readonly DocPathSegment[], field: string | undefined): JsonSchema {
  const out: JsonSchema = { ...schema };
  if (field !== undefined) {
    const doc = fieldDoc(field, docContextOf(path.slice(0, -1)));
    if (doc && out.description === undefined) out.description = doc;
    if (Array.isArray(schema.enum)) out.enumDescriptions = schema.enum.map((v) => (typeof v === 'string' ? enumDoc(field, v) ?? '' : ''));
    if (typeof schema.const === 'string') {
      const valueDoc = enumDoc(field, schema.const);
      if (valueDoc) out.description = `${doc ?? ''} ${schema.const}: ${valueDoc}`.trim();
    }
  }
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, child]) => [key, annotate(child, [...path, key], key)]),
    );
  }
  if (schema.items) out.items = annotate(schema.items, [...path, 0], undefined);
  if (typeof schema.additionalProperties === 'object') out.additionalProperties = annotate(schema.additionalProperties, [...path, '*'], undefined);
  if (schema.oneOf) out.oneOf = schema.oneOf.map((s) => annotate(s, path, field));
  if (schema.anyOf) out.anyOf = schema.anyOf.map((s) => annotate(s, path, field));
  return out;
}
