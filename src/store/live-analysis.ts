/**
 * Keeps the findings current: after each model change the rules engine runs once, shortly after, so a
 * burst of edits (typing, a drag) costs one analysis. Moves only change positions, which no rule
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

/** Analyses the current model now and stores the result stamped with its version. */
export function analyzeNow(store: EditorStore): void {
  const { model, version, setAnalysis } = store.getState();
  setAnalysis({ ...analyze(model), version });
}

/** Starts live analysis; returns a function that stops it. */
export function attachLiveAnalysis(store: EditorStore, delayMs = 30): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  analyzeNow(store);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.version === previous.version) return;
    const change = state.lastChange;
    if (change && change.source !== 'load' && !affectsAnalysis(change.diff)) {
      // Positions moved: the findings still hold, restamp them so they are not taken for stale.
      const analysis = state.analysis;
      if (analysis && !timer) state.setAnalysis({ ...analysis, version: state.version });
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      analyzeNow(store);
    }, delayMs);
  });
  return () => {
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}
