/**
 * Every shipped lesson, played (issue 8 §5): the start fails the first step, each step fails until its
 * scripted solution is applied, and after the whole script every step passes — with the model valid
 * (it survives the file loader) at every stage.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../io/load-model.ts';
import { serializeModel } from '../../io/serialize-model.ts';
import type { Model } from '../../model/types.ts';
import { evaluateCheck, evaluateChecks } from '../checks/evaluate.ts';
import { describeCheck } from '../checks/describe.ts';
import { SOLUTIONS } from './__fixtures__/solutions.ts';
import { LESSONS, getLesson } from './index.ts';
import { loadLesson } from './load-lesson.ts';

/** The model must stay loadable: what autosave writes, the app reads back. */
function expectValid(model: Model, where: string): void {
  const result = loadModel(serializeModel(model));
  expect(result.ok ? [] : result.errors, where).toEqual([]);
}

/** Lessons whose later steps change the situation an earlier step checked. */
const STORY_CHANGES = new Set(['should-this-be-microservices']);

describe('shipped lessons', () => {
  it('ships at least seven lessons with unique ids', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(7);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    expect(getLesson('stop-the-cascade')?.title).toBe('Stop the cascade');
    expect(getLesson('nope')).toBeUndefined();
  });

  it.each(LESSONS.map((l) => [l.id, l] as const))('%s loads back from its JSON file unchanged', (_id, lesson) => {
    const result = loadLesson(JSON.stringify(lesson, null, 2), { fileName: `${lesson.id}.json` });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.lesson).toEqual(lesson);
    expect(result.warnings).toEqual([]);
  });

  it.each(LESSONS.map((l) => [l.id, l] as const))('%s plays through with its scripted solution', (id, lesson) => {
    const script = SOLUTIONS[id];
    expect(script, 'every lesson has a scripted solution').toBeDefined();
    expect(script).toHaveLength(lesson.steps.length);
    let model = structuredClone(lesson.start);
    expectValid(model, 'start');
    lesson.steps.forEach((step, i) => {
      const before = evaluateCheck(step.check, { model });
      expect(before.passed, `step ${step.id} must fail before its solution: ${before.detail}`).toBe(false);
      expect(before.detail).not.toBe('');
      model = script![i]!(model);
      expectValid(model, `after step ${step.id}`);
      const after = evaluateCheck(step.check, { model });
      expect(after.passed, `step ${step.id} must pass after its solution: ${after.detail}`).toBe(true);
    });
    // Later steps do not undo earlier ones: the finished model passes every check at once — except in a
    // lesson whose story deliberately changes the facts (the team grows, so the verdict flips).
    if (STORY_CHANGES.has(id)) return;
    const results = evaluateChecks(lesson.steps.map((s) => s.check), { model });
    expect(results.filter((r) => !r.passed).map((r) => `${r.description}: ${r.detail}`)).toEqual([]);
  });

  it('describes every step’s check in words', () => {
    for (const lesson of LESSONS) {
      for (const step of lesson.steps) {
        const text = describeCheck(step.check);
        expect(text.length, `${lesson.id}/${step.id}`).toBeGreaterThan(10);
        expect(text).not.toMatch(/undefined|\[object/);
      }
    }
  });
});
