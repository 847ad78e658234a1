/**
 * Undo/redo as a pair of immutable stacks of diffs (tldraw-style: the history stores what changed, never
 * whole models). Undo applies an entry's inverse and redo the entry, both rebased on the current model,
 * so changes that arrived from elsewhere in between (another tab, a collaborator) are never overwritten
 * and never leave dangling references.
 *
 * Gestures (a drag, a resize) are squashed by the caller: compose each step into one diff with
 * composeDiffs and record it once when the gesture ends, or fold a late step into the top entry with
 * squashInto. There are no marks: one recorded entry is one undo step.
 */
import type { Model } from '../model/types.ts';
import { applyDiff, composeDiffs, invertDiff, isEmptyDiff, rebaseForUndo, repairReferences, type ModelDiff } from '../ops/diff.ts';

/** One undo step: the diff it made, and a label for menus ("Undo Move"). */
export interface HistoryEntry {
  diff: ModelDiff;
  label: string;
  time?: number;
}

/** The undo and redo stacks; the last element is the next one to undo or redo. */
export interface History {
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
}

/** The result of an undo or redo: the new history and model, and the diff actually applied (for listeners). */
export interface HistoryStep {
  history: History;
  model: Model;
  diff: ModelDiff;
}

/** How many undo steps are kept; older ones fall off. */
export const MAX_HISTORY = 500;

/** A history with nothing to undo or redo. */
export function emptyHistory(): History {
  return { undo: [], redo: [] };
}

/** Records a new undo step and clears redo; an empty diff records nothing. */
export function record(history: History, entry: HistoryEntry): History {
  if (isEmptyDiff(entry.diff)) return history;
  return { undo: capped([...history.undo, entry]), redo: [] };
}

/**
 * Folds `entry` into the last undo step (keeping that step's label unless `entry` has one) and clears
 * redo; records it as a new step when there is none. For a gesture step that arrives after the gesture
 * was recorded.
 */
export function squashInto(history: History, entry: HistoryEntry): History {
  const last = history.undo[history.undo.length - 1];
  if (!last) return record(history, entry);
  if (isEmptyDiff(entry.diff)) return history;
  const diff = composeDiffs(last.diff, entry.diff);
  const rest = history.undo.slice(0, -1);
  if (isEmptyDiff(diff)) return { undo: rest, redo: [] };
  const merged: HistoryEntry = { ...last, diff, label: entry.label || last.label };
  if (entry.time !== undefined) merged.time = entry.time;
  return { undo: [...rest, merged], redo: [] };
}

/** Undoes the last step against `model` (which may have changed since); null when there is nothing to undo. */
export function undo(history: History, model: Model): HistoryStep | null {
  const entry = history.undo[history.undo.length - 1];
  if (!entry) return null;
  const diff = rebaseForUndo(model, invertDiff(entry.diff));
  const undone = history.undo.slice(0, -1);
  // What redo re-applies is the inverse of what undo really did, not the original entry.
  const redo = isEmptyDiff(diff) ? history.redo : [...history.redo, { ...entry, diff: invertDiff(diff) }];
  return { history: { undo: undone, redo }, model: applyDiff(model, diff), diff };
}

/** Redoes the last undone step against `model`; null when there is nothing to redo. */
export function redo(history: History, model: Model): HistoryStep | null {
  const entry = history.redo[history.redo.length - 1];
  if (!entry) return null;
  const diff = rebaseForUndo(model, entry.diff);
  const redone = history.redo.slice(0, -1);
  const undoStack = isEmptyDiff(diff) ? history.undo : capped([...history.undo, { ...entry, diff }]);
  return { history: { undo: undoStack, redo: redone }, model: applyDiff(model, diff), diff };
}

/**
 * Applies a diff that came from elsewhere without recording it. A diff made against another version of
 * the model may leave references dangling here, so those are repaired in the same step (`diff` is what was
 * really applied). The stacks stay as they are: undo and redo rebase on whatever model they meet.
 */
export function applyRemote(history: History, model: Model, diff: ModelDiff): HistoryStep {
  const applied = applyDiff(model, diff);
  const repair = repairReferences(applied);
  if (repair.changes.length === 0) return { history, model: applied, diff };
  return { history, model: applyDiff(applied, repair), diff: composeDiffs(diff, repair) };
}

/** True when there is a step to undo. */
export function canUndo(history: History): boolean {
  return history.undo.length > 0;
}

/** True when there is a step to redo. */
export function canRedo(history: History): boolean {
  return history.redo.length > 0;
}

function capped(entries: HistoryEntry[]): HistoryEntry[] {
  return entries.length > MAX_HISTORY ? entries.slice(entries.length - MAX_HISTORY) : entries;
}
