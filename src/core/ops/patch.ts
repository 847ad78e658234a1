/**
 * Field patches for entity updates. `undefined` deletes an optional field; required fields can be set
 * but not deleted, and identity fields (id, kind, ends) cannot be patched at all, so a patch cannot
 * produce a shape the schema rejects.
 */
import { deepEqual } from './equal.ts';

type OptionalKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? K : never }[keyof T];

/** A partial update of `T` without the `Fixed` keys; optional fields accept `undefined` to delete them. */
export type Patch<T, Fixed extends keyof T = never> = {
  [K in Exclude<keyof T, Fixed>]?: K extends OptionalKeys<T> ? T[K] | undefined : T[K];
};

/** `target` with `patch` applied, only for keys `allowed` accepts; the same object when nothing changes. */
export function applyPatch<T extends object>(target: T, patch: object, allowed: (key: string) => boolean): T {
  let next: Record<string, unknown> | null = null;
  const current = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (!allowed(key)) continue;
    if (value === undefined) {
      if (!Object.hasOwn(current, key)) continue;
      next ??= { ...current };
      delete next[key];
    } else if (!deepEqual(current[key], value)) {
      next ??= { ...current };
      next[key] = value;
    }
  }
  return (next ?? target) as T;
}
