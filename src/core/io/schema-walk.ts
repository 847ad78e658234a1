/**
 * Just enough zod introspection to follow a value down the model schema: which object shape applies to
 * this value (resolving the discriminated unions by their `kind`), and in what order its keys are
 * declared. Serialization uses the order for stable output; error messages use the keys to suggest a fix
 * for a misspelt field. Reads `_zod.def`, zod 4's documented definition object.
 */
import type { PathSegment } from './types.ts';

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
  discriminator?: string;
  valueType?: unknown;
  values?: unknown[];
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

/** The concrete schema that applies to `value`: wrappers removed, a union narrowed to the matching option. */
function resolve(schema: unknown, value: unknown): Def | undefined {
  let def = defOf(schema);
  for (let guard = 0; def && guard < 20; guard++) {
    if (WRAPPERS.has(def.type)) def = defOf(def.innerType);
    else if (def.type === 'pipe') def = defOf(def.in);
    else if (def.type === 'union' && def.options) {
      const tag = def.discriminator;
      const wanted = tag && value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[tag] : undefined;
      const option = def.options.find((candidate) => {
        const literal = tag ? defOf(defOf(candidate)?.shape?.[tag]) : undefined;
        return literal?.values?.includes(wanted) ?? false;
      });
      if (!option) return undefined;
      def = defOf(option);
    } else return def;
  }
  return undefined;
}

/** The schema of `value[segment]`, or undefined when the schema says nothing about it. */
export function childSchema(schema: unknown, value: unknown, segment: PathSegment): unknown {
  const def = resolve(schema, value);
  if (!def) return undefined;
  if (def.type === 'object') return def.shape?.[String(segment)];
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

/** The schema at `path` below `schema`, following the values in `root` to pick union options. */
export function schemaAt(schema: unknown, root: unknown, path: readonly PathSegment[]): unknown {
  let current = schema;
  let value = root;
  for (const segment of path) {
    current = childSchema(current, value, segment);
    value = value !== null && typeof value === 'object' ? (value as Record<PathSegment, unknown>)[segment] : undefined;
  }
  return current;
}

/** The declared keys of the object shape that applies to `value`, in declaration order. */
export function declaredKeys(schema: unknown, value: unknown): string[] {
  const def = resolve(schema, value);
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The zod type name (`object`, `record`, `array`, …) of the schema that applies to `value`. */
export function schemaType(schema: unknown, value: unknown): string | undefined {
  return resolve(schema, value)?.type;
}
