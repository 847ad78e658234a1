import type { Analysis } from '../analyze.ts';
import type { DecisionReason, Verdict } from '../decision.ts';
import type { RuleId, Severity } from '../types.ts';

/** The CLI's `--format json` document; its shape is part of the interface (issue 3, section 4). */
export interface JsonReport {
  findings: { rule: RuleId; severity: Severity; message: string; nodes: string[]; links: string[] }[];
  decision: { verdict: Verdict; reasons: DecisionReason[] };
}

/** The analysis in the documented JSON shape, and nothing else (no data, no suppressed). */
export function toJsonReport(analysis: Analysis): JsonReport {
  return {
    findings: analysis.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, nodes: [...f.nodes], links: [...f.links] })),
    decision: { verdict: analysis.decision.verdict, reasons: analysis.decision.reasons.map((r) => ({ row: r.row, then: r.then })) },
  };
}
