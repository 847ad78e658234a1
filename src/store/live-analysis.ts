/**
 * Keeps the findings current: after each model change the rules engine runs once. While an analysis is
 * cheap (the last one took at most IMMEDIATE_MS) it runs straight after the change, before the change
 * is rendered, so the edit and its findings are drawn in the same frame; further changes in the same
 * task cost one more analysis at its end. When it is not (a very large model), it runs shortly after
 * instead, so a burst of edits (typing) costs one analysis. Moves only change positions, which no rule
 * reads, so a drag does not re-run the rules at all.
 */
import { analyze } from '../core/rules/index.ts';
import type { ModelDiff } from '../core/ops/index.ts';
import type { EditorStore } from './editor-store.ts';

/** True when the diff changes something other than where things are drawn. */
export function affectsAnalysis(diff: ModelDiff): boolean {
  for (const change of diff.changes) {
    if (change.collection === 'meta') return true;
    if (change.collection === 'groups' && (!change.before || !change.after || change.before.name !== change.after.name || change.before.team !== change.after.team)) return true;
    if (change.collection === 'groups') continue;
    if (change.collection !== 'nodes' || !change.before || !change.after) return true;
    for (const key of new Set([...Object.keys(change.before), ...Object.keys(change.after)])) {
      if (key === 'position') continue;
      const a = (change.before as Record<string, unknown>)[key];
      const b = (change.after as Record<string, unknown>)[key];
      if (a !== b && JSON.stringify(a) !== JSON.stringify(b)) return true;
    }
  }
  return false;
}

/**
 * An analysis that took at most this long runs again immediately after the next change. Longer would be
 * a long task on every keystroke; those wait for a pause instead.
 */
export const IMMEDIATE_MS = 50;

/** The User Timing measure each analysis leaves (the latest only), for profilers and `npm run bench`. */
export const ANALYSIS_MEASURE = 'faultline:analysis';

/** Analyses the current model now and stores the result stamped with its version; returns how long the rules took. */
export function analyzeNow(store: EditorStore): number {
  const { model, version, setAnalysis } = store.getState();
  const start = performance.now();
  const analysis = analyze(model);
  const end = performance.now();
  setAnalysis({ ...analysis, version });
  performance.clearMeasures(ANALYSIS_MEASURE);
  performance.measure(ANALYSIS_MEASURE, { start, end });
  return end - start;
}

/** Starts live analysis; returns a function that stops it. `delayMs` is the wait for a model whose analysis is not cheap. */
export function attachLiveAnalysis(store: EditorStore, delayMs = 30): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queued = false;
  let dirty = false;
  let stopped = false;
  analyzeNow(store);
  // The first analysis runs cold (nothing compiled yet), so it does not decide; the next change's does.
  let lastMs = 0;
  const run = () => {
    if (!stopped) lastMs = analyzeNow(store);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.version === previous.version) return;
    const change = state.lastChange;
    if (change && change.source !== 'load' && !affectsAnalysis(change.diff)) {
      // Positions moved: the findings still hold, restamp them so they are not taken for stale.
      const analysis = state.analysis;
      if (analysis && !timer && !dirty) state.setAnalysis({ ...analysis, version: state.version });
      return;
    }
    if (lastMs <= IMMEDIATE_MS && !timer) {
      // The first change in a task is analysed at once, before anything renders it; later changes in the
      // same task cost one more analysis at its end.
      if (queued) {
        dirty = true;
        return;
      }
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (dirty) {
          dirty = false;
          run();
        }
      });
      run();
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      run();
    }, delayMs);
  });
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}
