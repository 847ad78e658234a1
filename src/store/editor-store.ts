/**
 * The editor's one store, made by a factory (no module-level global, so every test and every
 * mounted editor gets a fresh one) and handed down through React context (see StoreProvider).
 *
 * The model is the single source of truth. Every model change goes through `commit` (recorded as one
 * undo step), a gesture (many ephemeral changes squashed into one step on `endGesture`), or
 * `applyRemoteDiff` (a change from elsewhere: never recorded, never corrupting the local history).
 * Selection, theme and viewport live here too but are never undo steps.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyDiff, composeDiffs, isEmptyDiff, type ModelDiff, type OpResult } from '../core/ops/index.ts';
import { applyRemote, emptyHistory, record, redo, undo, type History } from '../core/history/index.ts';
import { createEmptyModel, type Model } from '../core/model/index.ts';
import type { LoadError } from '../core/io/index.ts';
import type { Analysis } from '../core/rules/index.ts';

export interface Selection {
  /** Selected node and bounded-context ids (they share one id space). */
  readonly nodes: ReadonlySet<string>;
  readonly links: ReadonlySet<string>;
}

export type Theme = 'light' | 'dark';

export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'error';
  message: string;
  action?: { label: string; run: () => void };
}

/** A file or link that could not be opened: shown in a dialog, the current model untouched. */
export interface LoadProblem {
  title: string;
  errors: readonly LoadError[];
}

/** What changed in the last model update, for listeners (autosave, other tabs). */
export interface ModelChange {
  diff: ModelDiff;
  source: 'local' | 'undo' | 'redo' | 'remote' | 'load';
}

export interface SaveState {
  status: 'idle' | 'saving' | 'saved' | 'error';
  message?: string;
}

/** Findings for one model version; stale ones are replaced, never merged. */
export interface AnalysisState extends Analysis {
  version: number;
}

/** Elements to emphasise on the canvas (a hovered finding). */
export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly links: ReadonlySet<string>;
}

/** A request for the canvas to frame these elements; `seq` makes a repeat request distinct. */
export interface FocusRequest {
  readonly nodes: readonly string[];
  readonly seq: number;
}

export interface EditorState {
  docId: string;
  model: Model;
  /** Bumped on every model change: results computed elsewhere are stamped with it and dropped when stale. */
  version: number;
  lastChange: ModelChange | null;
  history: History;
  gesture: { label: string; diff: ModelDiff } | null;
  selection: Selection;
  renamingId: string | null;
  theme: Theme;
  notices: readonly Notice[];
  loadProblem: LoadProblem | null;
  saveState: SaveState;
  analysis: AnalysisState | null;
  highlight: Highlight | null;
  focusRequest: FocusRequest | null;

  commit(result: OpResult, label: string): void;
  beginGesture(label: string): void;
  /** Applies an in-gesture change (a drag frame) without recording it. */
  applyGestureStep(result: OpResult): void;
  endGesture(): void;
  undo(): void;
  redo(): void;
  applyRemoteDiff(diff: ModelDiff): void;
  /** Replaces the document (open, switch, new): the history starts afresh. */
  loadDocument(docId: string, model: Model): void;
  setSelection(selection: Partial<Selection>): void;
  clearSelection(): void;
  setRenaming(id: string | null): void;
  setTheme(theme: Theme): void;
  notify(notice: Omit<Notice, 'id'>): void;
  dismissNotice(id: number): void;
  setLoadProblem(problem: LoadProblem | null): void;
  setSaveState(saveState: SaveState): void;
  setAnalysis(analysis: AnalysisState): void;
  setHighlight(highlight: Highlight | null): void;
  /** Asks the canvas to frame these nodes (and select them, when a finding was clicked). */
  requestFocus(nodes: readonly string[]): void;
}

export type EditorStore = StoreApi<EditorState>;

export interface EditorStoreOptions {
  docId?: string;
  model?: Model;
  theme?: Theme;
}

const EMPTY_SELECTION: Selection = { nodes: new Set(), links: new Set() };

let noticeCounter = 0;

/** Makes a fresh editor store. */
export function createEditorStore(options: EditorStoreOptions = {}): EditorStore {
  return createStore<EditorState>()((set, get) => {
    /** Drops selected ids that no longer exist after a model change. */
    const pruneSelection = (model: Model, selection: Selection): Selection => {
      if (selection.nodes.size === 0 && selection.links.size === 0) return selection;
      const nodeIds = new Set<string>([...model.nodes.map((n) => n.id), ...model.groups.map((g) => g.id)]);
      const linkIds = new Set(model.links.map((l) => l.id));
      const nodes = [...selection.nodes].filter((id) => nodeIds.has(id));
      const links = [...selection.links].filter((id) => linkIds.has(id));
      if (nodes.length === selection.nodes.size && links.length === selection.links.size) return selection;
      return { nodes: new Set(nodes), links: new Set(links) };
    };

    const setModel = (model: Model, change: ModelChange, extra: Partial<EditorState> = {}) => {
      const state = get();
      set({
        model,
        version: state.version + 1,
        lastChange: change,
        selection: pruneSelection(model, extra.selection ?? state.selection),
        ...extra,
      });
    };

    return {
      docId: options.docId ?? 'unsaved',
      model: options.model ?? createEmptyModel(),
      version: 0,
      lastChange: null,
      history: emptyHistory(),
      gesture: null,
      selection: EMPTY_SELECTION,
      renamingId: null,
      theme: options.theme ?? 'light',
      notices: [],
      loadProblem: null,
      saveState: { status: 'idle' },
      analysis: null,
      highlight: null,
      focusRequest: null,

      commit(result, label) {
        if (isEmptyDiff(result.diff)) return;
        const state = get();
        if (state.gesture) {
          // A commit during a gesture joins it, so the gesture stays one undo step.
          set({ gesture: { ...state.gesture, diff: composeDiffs(state.gesture.diff, result.diff) } });
          setModel(result.model, { diff: result.diff, source: 'local' });
          return;
        }
        setModel(result.model, { diff: result.diff, source: 'local' }, {
          history: record(state.history, { diff: result.diff, label, time: Date.now() }),
        });
      },

      beginGesture(label) {
        if (get().gesture) get().endGesture();
        set({ gesture: { label, diff: { changes: [] } } });
      },

      applyGestureStep(result) {
        const state = get();
        if (isEmptyDiff(result.diff)) return;
        const gesture = state.gesture ?? { label: 'Edit', diff: { changes: [] } };
        set({ gesture: { ...gesture, diff: composeDiffs(gesture.diff, result.diff) } });
        setModel(result.model, { diff: result.diff, source: 'local' });
      },

      endGesture() {
        const state = get();
        if (!state.gesture) return;
        const { label, diff } = state.gesture;
        set({
          gesture: null,
          history: isEmptyDiff(diff) ? state.history : record(state.history, { diff, label, time: Date.now() }),
        });
      },

      undo() {
        const state = get();
        if (state.gesture) state.endGesture();
        const result = undo(get().history, get().model);
        if (!result) return;
        setModel(result.model, { diff: result.diff, source: 'undo' }, { history: result.history });
      },

      redo() {
        const state = get();
        if (state.gesture) state.endGesture();
        const result = redo(get().history, get().model);
        if (!result) return;
        setModel(result.model, { diff: result.diff, source: 'redo' }, { history: result.history });
      },

      applyRemoteDiff(diff) {
        if (isEmptyDiff(diff)) return;
        const state = get();
        const result = applyRemote(state.history, state.model, diff);
        setModel(result.model, { diff, source: 'remote' }, { history: result.history });
      },

      loadDocument(docId, model) {
        set({
          docId,
          model,
          version: get().version + 1,
          lastChange: { diff: { changes: [] }, source: 'load' },
          history: emptyHistory(),
          gesture: null,
          selection: EMPTY_SELECTION,
          renamingId: null,
        });
      },

      setSelection(selection) {
        const current = get().selection;
        set({ selection: { nodes: selection.nodes ?? current.nodes, links: selection.links ?? current.links } });
      },

      clearSelection() {
        const current = get().selection;
        if (current.nodes.size === 0 && current.links.size === 0) return;
        set({ selection: EMPTY_SELECTION });
      },

      setRenaming(id) {
        set({ renamingId: id });
      },

      setTheme(theme) {
        set({ theme });
      },

      notify(notice) {
        const id = ++noticeCounter;
        set({ notices: [...get().notices.slice(-3), { ...notice, id }] });
      },

      dismissNotice(id) {
        set({ notices: get().notices.filter((n) => n.id !== id) });
      },

      setLoadProblem(problem) {
        set({ loadProblem: problem });
      },

      setSaveState(saveState) {
        set({ saveState });
      },

      setAnalysis(analysis) {
        // A result computed for an older model is dropped: a newer one is on its way.
        const current = get().analysis;
        if (current && current.version > analysis.version) return;
        set({ analysis });
      },

      setHighlight(highlight) {
        set({ highlight });
      },

      requestFocus(nodes) {
        set({ focusRequest: { nodes, seq: (get().focusRequest?.seq ?? 0) + 1 } });
      },
    };
  });
}

/** Applies a diff to the store's model as a recorded step (used by actions that already hold a diff). */
export function commitDiff(store: EditorStore, diff: ModelDiff, label: string): void {
  const model = applyDiff(store.getState().model, diff);
  store.getState().commit({ model, diff }, label);
}
