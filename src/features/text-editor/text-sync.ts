/**
 * Keeps one Monaco editor and the store in step, both ways.
 *
 * Text → canvas: every edit is validated after a short pause (loadModel, as when opening a file); the
 * errors become markers, and valid text replaces the model as one undo step ("Edit text"), positions
 * kept (place-nodes.ts). Invalid text never reaches the model. Leaving the editor applies a pending
 * edit at once, so a click on the canvas right after typing sees it.
 *
 * Canvas → text: when the model changes elsewhere (canvas, inspector, undo, another tab) the text is
 * rewritten with the smallest edit, so the cursor and the scroll position stay where they were. Text
 * the user has changed but not yet applied (invalid, or waiting for the pause) is never overwritten:
 * the panel says the canvas changed and offers to reload from it; the next valid edit applies the text.
 * Opening another document always reloads.
 *
 * Selection: moving the cursor into a node's, context's or link's block selects it on the canvas;
 * selecting one element on the canvas (while the editor has no focus) selects its block and reveals it.
 */
import type * as Monaco from 'monaco-editor';
import type { LoadError } from '../../core/io/index.ts';
import type { Model } from '../../core/model/index.ts';
import { replaceModel } from '../../store/actions.ts';
import type { EditorState, EditorStore } from '../../store/editor-store.ts';
import { toMarkers } from './markers.ts';
import { minimalEdit, modelToText, textToModel, type TextFormat } from './model-text.ts';
import { entityAt, rangeOf, type EntityRef } from './text-entities.ts';

/** Pause after the last keystroke before the text is validated and applied. */
export const APPLY_DELAY_MS = 400;
/** Canvas changes arrive in bursts (typing a name in the inspector); the text follows them at this pace. */
const REFRESH_DELAY_MS = 80;
const SELECT_DELAY_MS = 120;
const MARKER_OWNER = 'faultline';

export interface SyncStatus {
  /** `pending`: edited, not yet checked. */
  state: 'valid' | 'invalid' | 'pending';
  problems: readonly LoadError[];
  /** The model changed while the text held unapplied edits; the text was kept. */
  canvasChanged: boolean;
}

export interface TextSync {
  /**
   * Applies a pending edit now. Says whether the text is valid (so it can be shown in another format
   * without losing anything) and which entity the cursor is in (to find it again there).
   */
  flush(): { valid: boolean; entity: EntityRef | undefined };
  /** Throws away unapplied text edits and shows the model. */
  reloadFromCanvas(): void;
  /** Moves the cursor to the next problem and shows it. */
  revealNextProblem(): void;
  dispose(): void;
}

export interface TextSyncOptions {
  store: EditorStore;
  editor: Monaco.editor.IStandaloneCodeEditor;
  monaco: typeof Monaco;
  format: TextFormat;
  onStatus: (status: SyncStatus) => void;
  /** An entity to select and reveal once the text is shown (after a format switch). */
  reveal?: EntityRef | undefined;
}

export function attachTextSync({ store, editor, monaco, format, onStatus, reveal }: TextSyncOptions): TextSync {
  const textModel = editor.getModel();
  if (!textModel) throw new Error('attachTextSync: the editor has no model');

  /** The model the text last agreed with, and that text. */
  let syncedModel: Model = store.getState().model;
  let syncedText = modelToText(syncedModel, format);
  /** The model this panel committed last: its own change coming back is not a canvas change. */
  let ownModel: Model | null = null;
  /** True while this controller writes the text, so its own edits are not taken for typing. */
  let writing = false;
  let status: SyncStatus = { state: 'valid', problems: [], canvasChanged: false };
  let applyTimer: ReturnType<typeof setTimeout> | undefined;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let selectTimer: ReturnType<typeof setTimeout> | undefined;
  let reloadOnRefresh = false;
  let disposed = false;

  const setStatus = (next: Partial<SyncStatus>) => {
    status = { ...status, ...next };
    onStatus(status);
  };

  const setMarkers = (errors: readonly LoadError[]) => {
    const lines = textModel.getLinesContent();
    monaco.editor.setModelMarkers(
      textModel,
      MARKER_OWNER,
      toMarkers(errors, lines).map((m) => ({ ...m, severity: monaco.MarkerSeverity.Error })),
    );
  };

  /** Replaces the editor text with `next` by the smallest edit, keeping cursor and viewport. */
  const writeText = (next: string, resetHistory = false) => {
    const before = textModel.getValue();
    if (resetHistory) {
      writing = true;
      textModel.setValue(next);
      writing = false;
      return;
    }
    const edit = minimalEdit(before, next);
    if (!edit) return;
    const start = textModel.getPositionAt(edit.start);
    const end = textModel.getPositionAt(edit.end);
    const firstVisible = editor.getVisibleRanges()[0]?.startLineNumber ?? 1;
    const scrollTop = editor.getScrollTop();
    const linesBefore = textModel.getLineCount();
    writing = true;
    try {
      editor.pushUndoStop();
      textModel.pushEditOperations(
        editor.getSelections(),
        [{ range: monaco.Range.fromPositions(start, end), text: edit.text }],
        () => null,
      );
      editor.pushUndoStop();
    } finally {
      writing = false;
    }
    // Lines added or removed above the viewport would make the view jump: keep its first line in place.
    if (end.lineNumber < firstVisible) {
      const delta = textModel.getLineCount() - linesBefore;
      editor.setScrollTop(scrollTop + delta * editor.getOption(monaco.editor.EditorOption.lineHeight));
    }
  };

  const showModel = (model: Model, resetHistory = false) => {
    const text = modelToText(model, format);
    writeText(text, resetHistory);
    syncedModel = model;
    syncedText = text;
    setMarkers([]);
    setStatus({ state: 'valid', problems: [], canvasChanged: false });
  };

  /** Validates the text and, when valid, applies it to the model. */
  const apply = () => {
    clearTimeout(applyTimer);
    applyTimer = undefined;
    if (disposed) return;
    const text = textModel.getValue();
    if (text === syncedText) {
      // Typed and undone: nothing to apply, but the canvas may have moved on meanwhile.
      const model = store.getState().model;
      if (model !== syncedModel && !store.getState().gesture) showModel(model);
      else {
        setMarkers([]);
        setStatus({ state: 'valid', problems: [], canvasChanged: false });
      }
      return;
    }
    const current = store.getState().model;
    const parsed = textToModel(text, current, format);
    if (!parsed.ok) {
      setMarkers(parsed.errors);
      setStatus({ state: 'invalid', problems: parsed.errors });
      return;
    }
    setMarkers([]);
    ownModel = parsed.model;
    replaceModel(store, parsed.model, 'Edit text');
    ownModel = null;
    // An edit that changes nothing (a comment, spacing) commits nothing: the model stays as it was.
    syncedModel = store.getState().model;
    syncedText = text;
    setStatus({ state: 'valid', problems: [], canvasChanged: false });
    // The cursor may sit in a block that only now exists on the canvas.
    selectFromCursor();
  };

  const refresh = () => {
    clearTimeout(refreshTimer);
    refreshTimer = undefined;
    if (disposed) return;
    const state = store.getState();
    if (state.gesture) return; // A drag in progress: the text follows when it ends.
    if (state.model === syncedModel) return;
    const reload = reloadOnRefresh;
    reloadOnRefresh = false;
    const dirty = textModel.getValue() !== syncedText;
    if (dirty && !reload) {
      // Keep what the user typed; the pending apply would silently undo the canvas change, so it waits
      // for the next keystroke (which applies the text on purpose) or a reload.
      clearTimeout(applyTimer);
      applyTimer = undefined;
      setStatus({ canvasChanged: true });
      return;
    }
    showModel(state.model, reload);
    // A canvas action often selects what it made (a new node): its block exists only now.
    revealSelection(state);
  };

  const onStoreChange = (state: EditorState, prev: EditorState) => {
    if (state.model !== prev.model) {
      if (state.model === ownModel) {
        syncedModel = state.model;
      } else {
        if (state.lastChange?.source === 'load') reloadOnRefresh = true;
        clearTimeout(refreshTimer);
        refreshTimer = setTimeout(refresh, REFRESH_DELAY_MS);
      }
    } else if (prev.gesture && !state.gesture && state.model !== syncedModel) {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(refresh, REFRESH_DELAY_MS);
    }
    if (state.selection !== prev.selection) revealSelection(state);
  };

  /** Selects the block of the one element selected on the canvas. */
  const revealSelection = (state: EditorState) => {
    if (editor.hasTextFocus()) return;
    const { nodes, links } = state.selection;
    const [id] = nodes.size === 1 && links.size === 0 ? nodes : links.size === 1 && nodes.size === 0 ? links : [];
    if (id === undefined) return;
    selectBlock({ collection: nodes.size === 1 ? 'nodes' : 'links', id });
  };

  const selectBlock = (ref: EntityRef) => {
    const text = textModel.getValue();
    const range = rangeOf(text, ref.id, ref.collection === 'links' ? ['links'] : ['nodes', 'groups']);
    if (!range) return;
    const selection = monaco.Selection.fromPositions(textModel.getPositionAt(range.start), textModel.getPositionAt(range.end));
    editor.setSelection(selection);
    editor.revealRangeInCenterIfOutsideViewport(selection, monaco.editor.ScrollType.Smooth);
  };

  /** Selects on the canvas the element whose block holds the cursor. */
  const selectFromCursor = () => {
    clearTimeout(selectTimer);
    selectTimer = undefined;
    if (disposed || !editor.hasTextFocus()) return;
    const position = editor.getPosition();
    if (!position) return;
    const entity = entityAt(textModel.getValue(), textModel.getOffsetAt(position));
    if (!entity) return;
    const state = store.getState();
    const isLink = entity.collection === 'links';
    const known = isLink ? state.model.links.some((l) => l.id === entity.id) : state.model.nodes.some((n) => n.id === entity.id) || state.model.groups.some((g) => g.id === entity.id);
    if (!known) return;
    const { nodes, links } = state.selection;
    const same = isLink ? links.size === 1 && nodes.size === 0 && links.has(entity.id) : nodes.size === 1 && links.size === 0 && nodes.has(entity.id);
    if (same) return;
    state.setSelection(isLink ? { nodes: new Set(), links: new Set([entity.id]) } : { nodes: new Set([entity.id]), links: new Set() });
  };

  // Start from the model as it is now, with a fresh undo history.
  writeText(syncedText, true);
  setStatus({});

  const disposables: Monaco.IDisposable[] = [
    textModel.onDidChangeContent(() => {
      if (writing) return;
      clearTimeout(applyTimer);
      applyTimer = setTimeout(apply, APPLY_DELAY_MS);
      if (status.state === 'valid' && textModel.getValue() !== syncedText) setStatus({ state: 'pending' });
    }),
    editor.onDidBlurEditorText(() => {
      if (applyTimer !== undefined) apply();
    }),
    editor.onDidChangeCursorPosition((event) => {
      if (writing || (event.source !== 'mouse' && event.source !== 'keyboard')) return;
      clearTimeout(selectTimer);
      selectTimer = setTimeout(selectFromCursor, SELECT_DELAY_MS);
    }),
  ];
  const unsubscribe = store.subscribe(onStoreChange);
  if (reveal) selectBlock(reveal);
  else revealSelection(store.getState());

  return {
    flush() {
      if (applyTimer !== undefined) apply();
      const position = editor.getPosition();
      const entity = position ? entityAt(textModel.getValue(), textModel.getOffsetAt(position)) : undefined;
      return { valid: status.state === 'valid', entity };
    },
    reloadFromCanvas() {
      clearTimeout(applyTimer);
      applyTimer = undefined;
      showModel(store.getState().model, true);
    },
    revealNextProblem() {
      const [first] = monaco.editor.getModelMarkers({ resource: textModel.uri, owner: MARKER_OWNER });
      if (!first) return;
      editor.focus();
      editor.trigger('faultline', 'editor.action.marker.next', null);
    },
    dispose() {
      disposed = true;
      clearTimeout(applyTimer);
      clearTimeout(refreshTimer);
      clearTimeout(selectTimer);
      unsubscribe();
      for (const d of disposables) d.dispose();
    },
  };
}
