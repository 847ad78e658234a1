/** Model-level edits: name, description, decision inputs, rule settings, and whole-model replacement. */
import { DECISION_FIELD_NAMES } from '../model/field-names.ts';
import type { DecisionInputs, Model, RuleSettings } from '../model/types.ts';
import { deepEqual } from './equal.ts';
import { diffModels } from './diff-models.ts';
import type { MetaFields, MetaKey } from './diff-types.ts';
import { applyPatch, type Patch } from './patch.ts';
import { commit, unchanged, type OpResult } from './result.ts';

/** A patch of the decision-framework answers; `undefined` clears an answer. */
export type DecisionPatch = Patch<DecisionInputs>;

const DECISION_FIELDS: ReadonlySet<string> = new Set(DECISION_FIELD_NAMES);

/** Renames the model. */
export function renameModel(model: Model, name: string): OpResult {
  return setMeta(model, 'name', name);
}

/** Sets the model's description; `undefined` removes it. */
export function setModelDescription(model: Model, description: string | undefined): OpResult {
  return setMeta(model, 'description', description);
}

/** Answers or clears decision-framework questions; when no answer is left the field goes away. */
export function setDecision(model: Model, patch: DecisionPatch): OpResult {
  const current = model.decision ?? {};
  const next = applyPatch(current, patch, (key) => DECISION_FIELDS.has(key));
  return setMeta(model, 'decision', Object.keys(next).length === 0 ? undefined : next);
}

/** Replaces the rule settings; `undefined` removes them. */
export function setSettings(model: Model, settings: RuleSettings | undefined): OpResult {
  return setMeta(model, 'settings', settings);
}

/** Replaces the whole model (text edit, quick fix, layout) with a diff of only what differs. */
export function replaceModel(model: Model, next: Model): OpResult {
  return { model: next, diff: diffModels(model, next) };
}

function setMeta<K extends MetaKey>(model: Model, key: K, value: MetaFields[K] | undefined): OpResult {
  const before = model[key];
  if (deepEqual(before, value)) return unchanged(model);
  return commit(model, [{ collection: 'meta', key, before, after: value }]);
}
