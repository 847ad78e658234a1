/** The rules engine: the decision framework, the anti-pattern rules, their quick fixes. Pure; no UI. */
export { analyze } from './analyze.ts';
export type { Analysis, SuppressedFinding, Suppression } from './analyze.ts';
export { RULES, getRule, isRuleId } from './registry.ts';
export { RULE_IDS, SEVERITIES } from './types.ts';
export type { Finding, FindingData, PatternRef, QuickFix, Rule, RuleId, Severity } from './types.ts';
export { atLeast, compareFindings, countBySeverity, findingKey, primarySubject, quickFixesFor } from './findings.ts';
export { decide, advisesMonolith, DECISION_ROWS, RULE_OF_THUMB, VERDICT_LABELS } from './decision.ts';
export type { Decision, DecisionReason, Verdict } from './decision.ts';
export { resolveRuleConfig, settingsProblems } from './settings.ts';
export type { ResolvedRuleConfig, SettingsProblem } from './settings.ts';
export { createContext } from './context.ts';
export type { FindingDraft, RuleContext, RuleUse } from './context.ts';
export { toJsonReport } from './report/json.ts';
export type { JsonReport } from './report/json.ts';
export { toSarif } from './report/sarif.ts';
export type { SarifOptions } from './report/sarif.ts';
export { formatText } from './report/text.ts';
export type { TextOptions } from './report/text.ts';
// locateIds (report/locate-ids.ts) is imported from its own file: it parses YAML, and a re-export here
// would put the YAML parser in the app's first download.
