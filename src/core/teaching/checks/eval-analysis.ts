/** The checks answered by the rules engine: `finding` (present or absent) and `decision` (the framework's verdict). */
import type { Analysis, Finding } from '../../rules/index.ts';
import { VERDICT_LABELS } from '../../rules/index.ts';
import type { Model } from '../../model/types.ts';
import { resolveNodes } from '../refs.ts';
import { fail, pass, type Outcome } from './outcome.ts';
import { describeRange, inRange } from './range.ts';
import type { DecisionCheck, FindingCheck } from './schema.ts';

/** Evaluates a `finding` check against the model's analysis. */
export function evaluateFinding({ finding: spec }: FindingCheck, model: Model, analysis: Analysis): Outcome {
  const on = spec.on;
  const ids = on === undefined ? undefined : new Set(resolveNodes(model, on).map((n) => n.id));
  const involves = (f: Finding) => on === undefined || f.links.includes(on) || f.nodes.some((id) => ids?.has(id) === true);
  const found = analysis.findings.filter((f) => f.rule === spec.rule && involves(f));
  const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
  if (spec.expect === 'absent') return found.length === 0 ? pass(`No ${spec.rule} finding.`) : fail(`${found[0]!.message}${more}`);
  return found.length > 0 ? pass(`${found[0]!.message}${more}`) : fail(`No ${spec.rule} finding${on === undefined ? '' : ` on ${on}`}.`);
}

/** Evaluates a `decision` check against the decision framework's verdict for the model's answers. */
export function evaluateDecision({ decision: spec }: DecisionCheck, analysis: Analysis): Outcome {
  const { verdict, answered, reasons } = analysis.decision;
  const why = reasons.length > 0 ? ` (${reasons.map((r) => r.row).join('; ')})` : '';
  const says = `The framework says “${VERDICT_LABELS[verdict]}”${why}, with ${answered} of 6 questions answered.`;
  if (spec.answered && !inRange(answered, spec.answered)) return fail(`${answered} of 6 decision questions answered; ${describeRange(spec.answered)} needed.`);
  if (spec.verdict !== undefined) {
    const wanted = Array.isArray(spec.verdict) ? spec.verdict : [spec.verdict];
    if (!wanted.includes(verdict)) return fail(says);
  }
  return pass(says);
}
