/**
 * evaluateCheck: the one function that turns a lesson check green or red. Pure and synchronous — a
 * simulation check runs the simulator inline, which is why lessons keep their scenarios to seconds.
 */
import { Session, type CheckContext, type CheckResult } from './context.ts';
import { describeCheck } from './describe.ts';
import { evaluateDecision, evaluateFinding } from './eval-analysis.ts';
import { evaluateLink } from './eval-links.ts';
import { evaluateNode, evaluateRoute } from './eval-nodes.ts';
import { evaluateSimulation } from './eval-simulation.ts';
import { evaluateDataOwnership, evaluateGroups, evaluateSaga } from './eval-structure.ts';
import type { Outcome } from './outcome.ts';
import type { Check } from './schema.ts';

/** Evaluates `check` on `ctx.model`: passed, the check in words, and what was found. */
export function evaluateCheck(check: Check, ctx: CheckContext): CheckResult {
  return run(check, new Session(ctx));
}

/** Evaluates several checks sharing one analysis and one simulation cache (a whole lesson at once). */
export function evaluateChecks(checks: readonly Check[], ctx: CheckContext): CheckResult[] {
  const session = new Session(ctx);
  return checks.map((check) => run(check, session));
}

function run(check: Check, session: Session): CheckResult {
  const description = describeCheck(check);
  if ('all' in check) {
    const children = check.all.map((c) => run(c, session));
    const failed = children.filter((c) => !c.passed);
    // Sibling checks often fail for one reason ("There is no gateway yet."): say it once.
    const details = [...new Set(failed.map((c) => c.detail))];
    return { passed: failed.length === 0, description, detail: failed.length === 0 ? 'All done.' : details.join(' '), children };
  }
  if ('any' in check) {
    const children = check.any.map((c) => run(c, session));
    const passed = children.find((c) => c.passed);
    return { passed: passed !== undefined, description, detail: passed ? passed.detail : children.map((c) => c.detail).join(' Or: '), children };
  }
  if ('not' in check) {
    const child = run(check.not, session);
    return { passed: !child.passed, description, detail: child.detail, children: [child] };
  }
  return { ...leaf(check, session), description };
}

function leaf(check: Exclude<Check, { all: unknown } | { any: unknown } | { not: unknown }>, session: Session): Outcome {
  const model = session.model;
  if ('finding' in check) return evaluateFinding(check, model, session.analysis);
  if ('decision' in check) return evaluateDecision(check, session.analysis);
  if ('link' in check) return evaluateLink(check, model);
  if ('node' in check) return evaluateNode(check, model);
  if ('route' in check) return evaluateRoute(check, model);
  if ('groups' in check) return evaluateGroups(check, model);
  if ('dataOwnership' in check) return evaluateDataOwnership(check, model);
  if ('saga' in check) return evaluateSaga(check, model);
  return evaluateSimulation(check, session);
}
