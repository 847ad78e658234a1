/** Property tests for the diff algebra: squashing, whole-model diffs and rebasing agree with step-by-step application. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Model } from '../model/types.ts';
import { applyDiff, composeDiffs, diffModels, emptyDiff, invertDiff, rebaseForUndo, type ModelDiff } from './diff.ts';
import { opSpecArb, runOp, startModelArb } from './test-support.ts';

const RUNS = 200;
const opsArb = fc.array(opSpecArb, { minLength: 1, maxLength: 20, size: 'max' });

function runAll(start: Model, specs: readonly Parameters<typeof runOp>[1][]): { model: Model; diffs: ModelDiff[] } {
  let model = start;
  const diffs: ModelDiff[] = [];
  for (const spec of specs) {
    const result = runOp(model, spec);
    diffs.push(result.diff);
    model = result.model;
  }
  return { model, diffs };
}

describe('diff algebra (property)', () => {
  it('a squashed sequence replays the whole edit and its inverse restores the start, order included', () => {
    fc.assert(
      fc.property(startModelArb, opsArb, (start, specs) => {
        const { model, diffs } = runAll(start, specs);
        const squashed = diffs.reduce(composeDiffs, emptyDiff());
        expect(applyDiff(start, squashed)).toStrictEqual(model);
        expect(applyDiff(model, invertDiff(squashed))).toStrictEqual(start);
      }),
      { numRuns: RUNS },
    );
  });

  it('squashing is associative in effect (right fold agrees with left fold)', () => {
    fc.assert(
      fc.property(startModelArb, opsArb, (start, specs) => {
        const { model, diffs } = runAll(start, specs);
        const right = diffs.reduceRight((acc, d) => composeDiffs(d, acc), emptyDiff());
        expect(applyDiff(start, right)).toStrictEqual(model);
        expect(applyDiff(model, invertDiff(right))).toStrictEqual(start);
      }),
      { numRuns: RUNS },
    );
  });

  it('diffModels between any two models replays and inverts exactly, reorders included', () => {
    fc.assert(
      fc.property(startModelArb, opsArb, fc.integer(), (start, specs, seed) => {
        const { model } = runAll(start, specs);
        // Shuffle every collection to force reorders.
        const rng = fc.sample(fc.nat(), { numRuns: 64, seed });
        const shuffle = <T>(items: readonly T[]): T[] =>
          items.map((item, i) => ({ item, key: rng[i % rng.length] ?? 0 })).sort((a, b) => a.key - b.key).map((x) => x.item);
        const next: Model = { ...model, nodes: shuffle(model.nodes), links: shuffle(model.links), groups: shuffle(model.groups), sagas: shuffle(model.sagas) };
        for (const [a, b] of [[start, model], [start, next], [model, next]] as const) {
          const diff = diffModels(a, b);
          expect(applyDiff(a, diff)).toStrictEqual(b);
          expect(applyDiff(b, invertDiff(diff))).toStrictEqual(a);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('rebasing an inverse onto the model it was made for changes nothing about it', () => {
    fc.assert(
      fc.property(startModelArb, opsArb, (start, specs) => {
        const { model, diffs } = runAll(start, specs);
        const inverse = invertDiff(diffs.reduce(composeDiffs, emptyDiff()));
        expect(applyDiff(model, rebaseForUndo(model, inverse))).toStrictEqual(start);
      }),
      { numRuns: RUNS },
    );
  });
});
