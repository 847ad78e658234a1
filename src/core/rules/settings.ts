import type { RuleSettings } from '../model/index.ts';
import type { Rule, Severity } from './types.ts';

export interface ResolvedRuleConfig {
  readonly enabled: boolean;
  readonly severity: Severity;
  /** The rule's threshold after the model's override; undefined for rules without one. */
  readonly threshold: number | undefined;
}

/** A rule's effective configuration: the model's `settings.rules[id]` over the rule's defaults. */
export function resolveRuleConfig(rule: Rule, settings: RuleSettings | undefined): ResolvedRuleConfig {
  const own = settings?.rules?.[rule.id];
  return {
    enabled: own?.enabled ?? true,
    severity: own?.severity ?? rule.defaultSeverity,
    threshold: rule.defaultThreshold === undefined ? undefined : (own?.threshold ?? rule.defaultThreshold),
  };
}

export interface SettingsProblem {
  readonly path: string;
  readonly message: string;
}

/** Settings that name an unknown rule or target: the schema cannot know rule ids, so lint says it. */
export function settingsProblems(
  settings: RuleSettings | undefined,
  knownRules: ReadonlySet<string>,
  knownTargets: ReadonlySet<string>,
): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  for (const id of Object.keys(settings?.rules ?? {})) {
    if (!knownRules.has(id)) problems.push({ path: `settings.rules.${id}`, message: `unknown rule "${id}"` });
  }
  (settings?.suppressions ?? []).forEach((s, i) => {
    if (!knownRules.has(s.rule)) problems.push({ path: `settings.suppressions[${i}].rule`, message: `unknown rule "${s.rule}"` });
    if (!knownTargets.has(s.target)) {
      problems.push({ path: `settings.suppressions[${i}].target`, message: `no node, link or saga has the id "${s.target}"` });
    }
  });
  return problems;
}
