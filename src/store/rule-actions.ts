/** Actions on findings: select and frame, quick fixes, suppressions and per-model rule settings. */
import * as ops from '../core/ops/index.ts';
import { primarySubject, type Finding, type QuickFix, type RuleId, type Severity } from '../core/rules/index.ts';
import type { RuleSettings } from '../core/model/index.ts';
import type { EditorStore } from './editor-store.ts';
import { replaceModel } from './actions.ts';

/** Selects a finding's subjects and asks the canvas to frame them. */
export function selectFinding(store: EditorStore, finding: Finding): void {
  const { model, setSelection, requestFocus } = store.getState();
  const endpoints = new Set(finding.nodes);
  for (const link of model.links) if (finding.links.includes(link.id)) endpoints.add(link.from).add(link.to);
  setSelection({ nodes: new Set(finding.nodes), links: new Set(finding.links) });
  requestFocus([...endpoints]);
}

/** Applies a quick fix as one undo step. */
export function applyQuickFix(store: EditorStore, finding: Finding, fix: QuickFix): void {
  const { model } = store.getState();
  replaceModel(store, fix.apply(model, finding), fix.label);
}

function settingsOf(store: EditorStore): RuleSettings {
  return store.getState().model.settings ?? {};
}

function commitSettings(store: EditorStore, settings: RuleSettings, label: string): void {
  const { model, commit } = store.getState();
  const empty = !settings.rules && (!settings.suppressions || settings.suppressions.length === 0);
  commit(ops.setSettings(model, empty ? undefined : settings), label);
}

/** Switches a rule off for a finding's main subject, with the reason the user gave. */
export function suppressFinding(store: EditorStore, finding: Finding, reason: string): void {
  const target = primarySubject(finding);
  if (!target || !reason.trim()) return;
  const settings = settingsOf(store);
  const suppressions = [...(settings.suppressions ?? []), { rule: finding.rule, target, reason: reason.trim() }];
  commitSettings(store, { ...settings, suppressions }, `Suppress ${finding.rule}`);
}

/** Removes one suppression (the finding comes back if it still applies). */
export function removeSuppression(store: EditorStore, rule: string, target: string): void {
  const settings = settingsOf(store);
  const suppressions = (settings.suppressions ?? []).filter((s) => !(s.rule === rule && s.target === target));
  const { suppressions: _old, ...rest } = settings;
  commitSettings(store, suppressions.length > 0 ? { ...rest, suppressions } : rest, `Restore ${rule}`);
}

export interface RuleConfigPatch {
  enabled?: boolean | undefined;
  severity?: Severity | undefined;
  threshold?: number | undefined;
}

/** Changes one rule's settings for this model; `undefined` returns a field to the rule's default. */
export function configureRule(store: EditorStore, rule: RuleId, patch: RuleConfigPatch): void {
  const settings = settingsOf(store);
  const current = settings.rules?.[rule] ?? {};
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  const rules = { ...(settings.rules ?? {}) };
  if (Object.keys(next).length === 0) delete rules[rule];
  else rules[rule] = next as NonNullable<RuleSettings['rules']>[string];
  const { rules: _old, ...rest } = settings;
  commitSettings(store, Object.keys(rules).length > 0 ? { ...rest, rules } : rest, `Configure ${rule}`);
}
