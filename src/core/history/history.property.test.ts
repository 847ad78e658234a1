/** Property tests: random edit sequences undo back to the start and redo to the end, even with remote edits interleaved. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, invertDiff } from '../ops/diff.ts';
import { opSpecArb, referenceProblems, runOp, startModelArb } from '../ops/test-support.ts';
import type { Model } from '../model/types.ts';
import { applyRemote, canRedo, canUndo, emptyHistory, record, redo, undo, type History } from './history.ts';

const RUNS = 200;

function undoAll(history: History, model: Model, check: (m: Model) => void = () => {}): { history: History; model: Model } {
  let state = { history, model };
  for (let guard = 0; canUndo(state.history); guard++) {
    if (guard > 1000) throw new Error('undo did not terminate');
    const step = undo(state.history, state.model);
    if (!step) throw new Error('canUndo but undo returned null');
    state = { history: step.history, model: step.model };
    check(state.model);
  }
  return state;
}

function redoAll(history: History, model: Model, check: (m: Model) => void = () => {}): { history: History; model: Model } {
  let state = { history, model };
  for (let guard = 0; canRedo(state.history); guard++) {
    if (guard > 1000) throw new Error('redo did not terminate');
    const step = redo(state.history, state.model);
    if (!step) throw new Error('canRedo but redo returned null');
    state = { history: step.history, model: step.model };
    check(state.model);
  }
  return state;
}

describe('history (property)', () => {
  it('undoing every recorded op restores the start; redoing all restores the edit', () => {
    fc.assert(
      fc.property(startModelArb, fc.array(opSpecArb, { minLength: 1, maxLength: 30, size: 'max' }), (start, specs) => {
        let model = start;
        let history = emptyHistory();
        for (const spec of specs) {
          const result = runOp(model, spec);
          // Each op's own diff replays and inverts exactly.
          expect(applyDiff(model, result.diff)).toStrictEqual(result.model);
          expect(applyDiff(result.model, invertDiff(result.diff))).toStrictEqual(model);
          history = record(history, { diff: result.diff, label: spec.op });
          model = result.model;
        }
        const edited = model;
        const undone = undoAll(history, model);
        expect(undone.model).toStrictEqual(start);
        const redone = redoAll(undone.history, undone.model);
        expect(redone.model).toStrictEqual(edited);
        expect(canRedo(redone.history)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('with remote edits interleaved, undo and redo never throw and always leave a referentially valid model', () => {
    const stepArb = fc.record({ spec: opSpecArb, remote: fc.boolean() });
    fc.assert(
      fc.property(startModelArb, fc.array(stepArb, { minLength: 1, maxLength: 30, size: 'max' }), (start, steps) => {
        expect(referenceProblems(start)).toEqual([]);
        let model = start;
        let history = emptyHistory();
        for (const { spec, remote } of steps) {
          const result = runOp(model, spec);
          if (remote) ({ history, model } = applyRemote(history, model, result.diff));
          else ({ history, model } = { history: record(history, { diff: result.diff, label: spec.op }), model: result.model });
          expect(referenceProblems(model)).toEqual([]);
        }
        const valid = (m: Model) => expect(referenceProblems(m)).toEqual([]);
        const undone = undoAll(history, model, valid);
        redoAll(undone.history, undone.model, valid);
      }),
      { numRuns: RUNS },
    );
  });

  it('a remote edit made against an older model cannot corrupt undo either', () => {
    fc.assert(
      fc.property(startModelArb, fc.array(opSpecArb, { minLength: 1, maxLength: 15, size: 'max' }), fc.array(opSpecArb, { minLength: 1, maxLength: 5 }), (start, local, remoteSpecs) => {
        let model = start;
        let history = emptyHistory();
        for (const spec of local) {
          const result = runOp(model, spec);
          history = record(history, { diff: result.diff, label: spec.op });
          model = result.model;
        }
        // Another tab edits the start model, unaware of the local edits, and its diffs arrive here.
        let stale = start;
        for (const spec of remoteSpecs) {
          const result = runOp(stale, spec);
          stale = result.model;
          ({ history, model } = applyRemote(history, model, result.diff));
          expect(referenceProblems(model)).toEqual([]);
        }
        const valid = (m: Model) => expect(referenceProblems(m)).toEqual([]);
        const undone = undoAll(history, model, valid);
        redoAll(undone.history, undone.model, valid);
      }),
      { numRuns: RUNS },
    );
  });
});
