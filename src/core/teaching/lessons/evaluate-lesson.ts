/** Evaluating a lesson's steps against the learner's model: one step (the current one) or all of them. */
import type { CheckContext, CheckResult } from '../checks/context.ts';
import { evaluateCheck, evaluateChecks } from '../checks/evaluate.ts';
import type { Lesson } from './schema.ts';

export interface StepResult extends CheckResult {
  stepId: string;
}

/** The result of step `index`'s check (undefined past the last step). */
export function evaluateStep(lesson: Lesson, index: number, ctx: CheckContext): StepResult | undefined {
  const step = lesson.steps[index];
  return step ? { stepId: step.id, ...evaluateCheck(step.check, ctx) } : undefined;
}

/** Every step's result, sharing one analysis and one simulation cache (for a teacher's overview). */
export function evaluateLesson(lesson: Lesson, ctx: CheckContext): StepResult[] {
  return evaluateChecks(lesson.steps.map((s) => s.check), ctx).map((result, i) => ({ stepId: lesson.steps[i]!.id, ...result }));
}
