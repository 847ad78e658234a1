/** Lesson progress: plain data the UI stores, advanced and repaired by pure helpers. */
import { describe, expect, it } from 'vitest';
import { LESSONS } from './index.ts';
import { completeStep, currentStep, goToStep, isLessonComplete, progressFraction, resetProgress, restoreProgress, startProgress } from './progress.ts';

const lesson = LESSONS.find((l) => l.steps.length >= 3)!;
const [first, second, third] = lesson.steps.map((s) => s.id) as [string, string, string];

describe('lesson progress', () => {
  it('starts at the first step and advances as steps complete', () => {
    let p = startProgress(lesson);
    expect(p).toEqual({ lessonId: lesson.id, stepIndex: 0, completed: [] });
    expect(currentStep(lesson, p)?.id).toBe(first);
    p = completeStep(lesson, p, first);
    expect(p).toEqual({ lessonId: lesson.id, stepIndex: 1, completed: [first] });
    expect(progressFraction(lesson, p)).toBeCloseTo(1 / lesson.steps.length);
  });

  it('skips steps already done, and completing an earlier step does not move the learner', () => {
    let p = completeStep(lesson, startProgress(lesson), second);
    expect(p.stepIndex).toBe(0);
    p = completeStep(lesson, p, first);
    expect(p.stepIndex).toBe(2);
    expect(currentStep(lesson, p)?.id).toBe(third);
    expect(completeStep(lesson, p, first)).toEqual(p);
    expect(completeStep(lesson, p, 'no-such-step')).toBe(p);
  });

  it('finishes past the last step, and resets', () => {
    let p = startProgress(lesson);
    for (const step of lesson.steps) p = completeStep(lesson, p, step.id);
    expect(p.stepIndex).toBe(lesson.steps.length);
    expect(currentStep(lesson, p)).toBeUndefined();
    expect(isLessonComplete(lesson, p)).toBe(true);
    expect(progressFraction(lesson, p)).toBe(1);
    expect(resetProgress(lesson)).toEqual(startProgress(lesson));
  });

  it('jumps to a step, clamped', () => {
    const p = startProgress(lesson);
    expect(goToStep(lesson, p, 2).stepIndex).toBe(2);
    expect(goToStep(lesson, p, 99).stepIndex).toBe(lesson.steps.length);
    expect(goToStep(lesson, p, -3).stepIndex).toBe(0);
    expect(goToStep(lesson, p, Number.NaN)).toBe(p);
  });

  it('repairs stored progress it cannot trust', () => {
    expect(restoreProgress(lesson, null)).toEqual(startProgress(lesson));
    expect(restoreProgress(lesson, { lessonId: 'other', stepIndex: 2, completed: [first] })).toEqual(startProgress(lesson));
    expect(restoreProgress(lesson, { lessonId: lesson.id, stepIndex: 42, completed: [first, 'gone', 7, first] })).toEqual({
      lessonId: lesson.id,
      stepIndex: lesson.steps.length,
      completed: [first],
    });
    const saved = completeStep(lesson, startProgress(lesson), first);
    expect(restoreProgress(lesson, JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });
});
