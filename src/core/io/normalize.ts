import type { Model } from '../model/types.ts';

const FALLBACK_NAME = 'Untitled architecture';

export interface Normalized {
  model: Model;
  warnings: string[];
  /** Some node has no position, so the canvas must lay the diagram out before showing it. */
  needsLayout: boolean;
}

/**
 * Tidies a valid model: names lose stray surrounding whitespace (a hand-edited file often has it, and
 * `"Payments "` would look like a different name to the rules). Nothing is removed; anything the
 * reader did not write is reported as a warning.
 */
export function normalizeModel(model: Model): Normalized {
  const warnings: string[] = [];
  let name = model.name.trim();
  if (name === '') {
    name = FALLBACK_NAME;
    warnings.push(`the model name was blank; it is now "${FALLBACK_NAME}"`);
  }
  const normalized: Model = {
    ...model,
    name,
    groups: model.groups.map((group) => withTrimmedName(group)),
    nodes: model.nodes.map((node) => withTrimmedName(node)),
    sagas: model.sagas.map((saga) => withTrimmedName(saga)),
  };
  return { model: normalized, warnings, needsLayout: model.nodes.some((node) => node.position === undefined) };
}

function withTrimmedName<T extends { name: string }>(item: T): T {
  const name = item.name.trim();
  return name === item.name ? item : { ...item, name };
}
