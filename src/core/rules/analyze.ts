import type { Model } from '../model/index.ts';
import { createContext } from './context.ts';
import type { Decision } from './decision.ts';
import { compareFindings } from './findings.ts';
import { RULES } from './registry.ts';
import { resolveRuleConfig } from './settings.ts';
import type { Finding, Rule } from './types.ts';

export interface Suppression {
  readonly rule: string;
  readonly target: string;
  readonly reason: string;
}

/** A finding the model switched off, listed (not hidden) with the suppression that matched it. */
export interface SuppressedFinding {
  readonly finding: Finding;
  readonly suppression: Suppression;
}

export interface Analysis {
  /** Sorted: errors first, then by rule id. */
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  readonly decision: Decision;
}

/**
 * Runs every enabled rule over the model once, honouring `model.settings`: per-rule enabled, severity and
 * threshold, and suppressions `{ rule, target, reason }` that move a finding whose nodes or links (or saga,
 * for saga findings) include `target` into `suppressed`.
 */
export function analyze(model: Model, rules: readonly Rule[] = RULES): Analysis {
  const ctx = createContext(model);
  const byRule = new Map<string, Suppression[]>();
  for (const s of model.settings?.suppressions ?? []) {
    const list = byRule.get(s.rule) ?? [];
    list.push(s);
    byRule.set(s.rule, list);
  }
  const buckets: Finding[][] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const rule of rules) {
    if (!resolveRuleConfig(rule, model.settings).enabled) continue;
    const suppressions = byRule.get(rule.id);
    const produced = rule.check(ctx);
    if (!suppressions) {
      buckets.push(produced);
      continue;
    }
    const kept: Finding[] = [];
    for (const finding of produced) {
      const match = suppressions.find((s) => targets(finding, s.target));
      if (match) suppressed.push({ finding, suppression: match });
      else kept.push(finding);
    }
    buckets.push(kept);
  }
  // A rule's findings share one severity, so ordering the rules' buckets sorts them all in O(n).
  buckets.sort((a, b) => (a[0] && b[0] ? compareFindings(a[0], b[0]) : 0));
  const findings = buckets.flat();
  if (!isSorted(findings)) findings.sort(compareFindings);
  return { findings, suppressed, decision: ctx.decision };
}

function targets(finding: Finding, target: string): boolean {
  return finding.nodes.includes(target) || finding.links.includes(target) || finding.data?.['saga'] === target;
}

/** Guards the bucket shortcut: a custom rule list could emit mixed severities from one rule. */
function isSorted(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (compareFindings(findings[i - 1]!, findings[i]!) > 0) return false;
  return true;
}
