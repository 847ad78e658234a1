/**
 * A learner's progress through one lesson, as plain data the UI persists (locally) and can reset. Pure
 * helpers: each returns a new progress and never trusts a stored one further than it can check it.
 */
import type { Lesson, LessonStep } from './schema.ts';

export interface LessonProgress {
  lessonId: string;
  /** The step being worked on; equal to the number of steps once the lesson is finished. */
  stepIndex: number;
  /** Ids of the steps whose check has passed, in the order they were completed. */
  completed: string[];
}

/** Progress at the first step with nothing done. */
export function startProgress(lesson: Lesson): LessonProgress {
  return { lessonId: lesson.id, stepIndex: 0, completed: [] };
}

/** Alias of startProgress, named for the "Reset" button. */
export const resetProgress = startProgress;

/** The step being worked on, or undefined when the lesson is finished. */
export function currentStep(lesson: Lesson, progress: LessonProgress): LessonStep | undefined {
  return lesson.steps[progress.stepIndex];
}

/** Marks `stepId` done and moves on to the next step not yet done after it (or to the end). */
export function completeStep(lesson: Lesson, progress: LessonProgress, stepId: string): LessonProgress {
  const index = lesson.steps.findIndex((s) => s.id === stepId);
  if (index < 0) return progress;
  const completed = progress.completed.includes(stepId) ? progress.completed : [...progress.completed, stepId];
  let next = index + 1;
  while (next < lesson.steps.length && completed.includes(lesson.steps[next]!.id)) next++;
  return { ...progress, completed, stepIndex: index === progress.stepIndex ? next : progress.stepIndex };
}

/** Jumps to a step (clamped to the lesson); what was completed stays completed. */
export function goToStep(lesson: Lesson, progress: LessonProgress, index: number): LessonProgress {
  const stepIndex = Math.max(0, Math.min(lesson.steps.length, Math.trunc(Number.isFinite(index) ? index : 0)));
  return stepIndex === progress.stepIndex ? progress : { ...progress, stepIndex };
}

/** True when every step's check has passed at some point. */
export function isLessonComplete(lesson: Lesson, progress: LessonProgress): boolean {
  return lesson.steps.every((s) => progress.completed.includes(s.id));
}

/** Completed steps ÷ steps, for a progress bar. */
export function progressFraction(lesson: Lesson, progress: LessonProgress): number {
  const done = lesson.steps.filter((s) => progress.completed.includes(s.id)).length;
  return lesson.steps.length === 0 ? 1 : done / lesson.steps.length;
}

/**
 * Reads progress back from storage for `lesson`: anything malformed, or saved for another lesson (or an
 * older edition whose steps changed), is repaired — unknown step ids dropped, the index clamped.
 */
export function restoreProgress(lesson: Lesson, stored: unknown): LessonProgress {
  if (stored === null || typeof stored !== 'object') return startProgress(lesson);
  const raw = stored as Partial<Record<keyof LessonProgress, unknown>>;
  if (raw.lessonId !== lesson.id) return startProgress(lesson);
  const ids = new Set(lesson.steps.map((s) => s.id));
  const completed = Array.isArray(raw.completed) ? [...new Set(raw.completed.filter((id): id is string => typeof id === 'string' && ids.has(id)))] : [];
  const index = typeof raw.stepIndex === 'number' ? raw.stepIndex : 0;
  return goToStep(lesson, { lessonId: lesson.id, stepIndex: 0, completed }, index);
}
