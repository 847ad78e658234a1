/** Helpers over findings that the panel, the worker and the CLI share. */
import { getRule } from './registry.ts';
import type { Finding, QuickFix, Severity } from './types.ts';

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Most severe first, then by rule id; equal findings keep their order (Array.prototype.sort is stable). */
export function compareFindings(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** How many findings of each severity, for count badges. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** True when `severity` is at least as severe as `bar` (error ≥ warning ≥ info). */
export function atLeast(severity: Severity, bar: Severity): boolean {
  return RANK[severity] <= RANK[bar];
}

/** A key that stays the same while the finding does, for React lists and "seen" state across re-analyses. */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.nodes.join(',')}|${f.links.join(',')}`;
}

/** The id to point at for a finding: its link when it is about one link (a call's policy), else its first node. */
export function primarySubject(f: Finding): string | undefined {
  return f.links.length === 1 ? f.links[0] : (f.nodes[0] ?? f.links[0]);
}

/** The quick fixes that apply to this finding, the rule's main fix first. */
export function quickFixesFor(finding: Finding): QuickFix[] {
  const rule = getRule(finding.rule);
  if (!rule) return [];
  const all = [...(rule.quickFix ? [rule.quickFix] : []), ...(rule.alternativeFixes ?? [])];
  return all.filter((fix) => fix.appliesTo?.(finding) ?? true);
}

