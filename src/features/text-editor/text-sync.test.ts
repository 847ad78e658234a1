/**
 * The sync controller against the real store and a small stand-in for the Monaco editor (just the calls
 * text-sync makes), so the two-way rules are tested in Node: text edits apply after the pause as one
 * undo step, invalid text never reaches the model, canvas changes rewrite clean text and never dirty
 * text, and selection follows the cursor and back.
 */
import type * as Monaco from 'monaco-editor';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveElements } from '../../core/ops/index.ts';
import { ecommerceTemplate } from '../../core/templates/index.ts';
import { addNodeAt, renameElement } from '../../store/actions.ts';
import { createEditorStore, type EditorStore } from '../../store/editor-store.ts';
import { modelToText } from './model-text.ts';
import { APPLY_DELAY_MS, attachTextSync, type SyncStatus, type TextSync } from './text-sync.ts';

interface Pos {
  lineNumber: number;
  column: number;
}

/** A text model and editor with the behaviour text-sync relies on. */
function fakeMonaco(initial = '') {
  let value = initial;
  let focused = false;
  let cursor = 0;
  let selection: { start: number; end: number } | null = null;
  const contentListeners: (() => void)[] = [];
  const blurListeners: (() => void)[] = [];
  const cursorListeners: ((e: { source: string }) => void)[] = [];
  let markers: { message: string; startLineNumber: number }[] = [];

  const offsetAt = (p: Pos) => {
    const lines = value.split('\n');
    let offset = 0;
    for (let i = 0; i < p.lineNumber - 1; i++) offset += (lines[i] ?? '').length + 1;
    return offset + p.column - 1;
  };
  const positionAt = (offset: number): Pos => {
    const before = value.slice(0, Math.max(0, Math.min(offset, value.length))).split('\n');
    return { lineNumber: before.length, column: (before[before.length - 1] ?? '').length + 1 };
  };
  const setValue = (next: string) => {
    value = next;
    for (const l of contentListeners) l();
  };
  const disposable = <T,>(list: T[], item: T) => {
    list.push(item);
    return { dispose: () => list.splice(list.indexOf(item), 1) };
  };

  const textModel = {
    uri: { toString: () => 'inmemory://test' },
    getValue: () => value,
    setValue,
    getLinesContent: () => value.split('\n'),
    getLineCount: () => value.split('\n').length,
    getPositionAt: positionAt,
    getOffsetAt: offsetAt,
    pushEditOperations(_: unknown, edits: { range: { start: Pos; end: Pos }; text: string }[]) {
      const [edit] = edits;
      if (!edit) return null;
      const start = offsetAt(edit.range.start);
      const end = offsetAt(edit.range.end);
      if (cursor >= end) cursor += edit.text.length - (end - start);
      setValue(value.slice(0, start) + edit.text + value.slice(end));
      return null;
    },
    onDidChangeContent: (l: () => void) => disposable(contentListeners, l),
  };
  const editor = {
    getModel: () => textModel,
    pushUndoStop: () => true,
    getSelections: () => [],
    getVisibleRanges: () => [{ startLineNumber: 1 }],
    getScrollTop: () => 0,
    setScrollTop: () => undefined,
    getOption: () => 18,
    hasTextFocus: () => focused,
    getPosition: () => positionAt(cursor),
    setSelection: (s: { start: Pos; end: Pos }) => {
      selection = { start: offsetAt(s.start), end: offsetAt(s.end) };
    },
    revealRangeInCenterIfOutsideViewport: () => undefined,
    focus: () => undefined,
    trigger: () => undefined,
    onDidBlurEditorText: (l: () => void) => disposable(blurListeners, l),
    onDidChangeCursorPosition: (l: (e: { source: string }) => void) => disposable(cursorListeners, l),
  };
  const monaco = {
    editor: {
      setModelMarkers: (_: unknown, __: string, next: { message: string; startLineNumber: number }[]) => {
        markers = next;
      },
      getModelMarkers: () => markers,
      ScrollType: { Smooth: 0 },
      EditorOption: { lineHeight: 0 },
    },
    MarkerSeverity: { Error: 8 },
    Range: { fromPositions: (start: Pos, end: Pos) => ({ start, end }) },
    Selection: { fromPositions: (start: Pos, end: Pos) => ({ start, end }) },
  };

  return {
    editor: editor as unknown as Monaco.editor.IStandaloneCodeEditor,
    monaco: monaco as unknown as typeof Monaco,
    get text() {
      return value;
    },
    get markers() {
      return markers;
    },
    get selection() {
      return selection && value.slice(selection.start, selection.end);
    },
    /** The user types: replaces the whole text (with focus), like a paste. */
    type(next: string) {
      focused = true;
      setValue(next);
    },
    /** The user moves the cursor to `offset` with the keyboard. */
    moveCursor(offset: number) {
      focused = true;
      cursor = offset;
      for (const l of cursorListeners) l({ source: 'keyboard' });
    },
    blur() {
      focused = false;
      for (const l of blurListeners) l();
    },
  };
}

describe('text sync', () => {
  let store: EditorStore;
  let fake: ReturnType<typeof fakeMonaco>;
  let sync: TextSync;
  let status: SyncStatus;

  beforeEach(() => {
    vi.useFakeTimers();
    store = createEditorStore({ model: ecommerceTemplate.build() });
    fake = fakeMonaco('stale text');
    sync = attachTextSync({ store, editor: fake.editor, monaco: fake.monaco, format: 'yaml', onStatus: (s) => (status = s) });
  });
  afterEach(() => {
    sync.dispose();
    vi.useRealTimers();
  });

  const settle = () => vi.advanceTimersByTime(APPLY_DELAY_MS + 200);

  it('shows the model on attach', () => {
    expect(fake.text).toBe(modelToText(store.getState().model, 'yaml'));
    expect(status).toEqual({ state: 'valid', problems: [], canvasChanged: false });
  });

  it('applies valid text after the pause as one undo step, keeping positions the text leaves out', () => {
    const before = store.getState().model;
    const text = fake.text.replace('name: order-service\n    group: ordering\n    position: { x: 570, y: 352 }\n', 'name: Orders\n    group: ordering\n');
    expect(text).not.toBe(fake.text);
    fake.type(text);
    expect(status.state).toBe('pending');
    vi.advanceTimersByTime(APPLY_DELAY_MS - 50);
    expect(store.getState().model).toBe(before);
    settle();
    const orders = store.getState().model.nodes.find((n) => n.id === 'order-service');
    expect(orders).toMatchObject({ name: 'Orders', position: { x: 570, y: 352 } });
    expect(store.getState().history.undo.at(-1)?.label).toBe('Edit text');
    expect(status.state).toBe('valid');
    // The text is the user's, not rewritten from the model.
    expect(fake.text).toBe(text);
    store.getState().undo();
    vi.advanceTimersByTime(200);
    expect(store.getState().model).toStrictEqual(before);
    expect(fake.text).toBe(modelToText(before, 'yaml'));
  });

  it('keeps invalid text out of the model and marks where it is wrong', () => {
    const before = store.getState().model;
    fake.type(fake.text.replace('kind: client', 'kind: clint'));
    settle();
    expect(store.getState().model).toBe(before);
    expect(status.state).toBe('invalid');
    expect(status.problems.length).toBeGreaterThan(0);
    expect(fake.markers[0]?.startLineNumber).toBeGreaterThan(1);
  });

  it('applies a pending edit at once when the editor loses focus', () => {
    fake.type(fake.text.replace('name: order-service', 'name: Orders'));
    fake.blur();
    expect(store.getState().model.nodes.find((n) => n.id === 'order-service')?.name).toBe('Orders');
  });

  it('follows canvas edits while the text is clean', () => {
    const id = addNodeAt(store, 'broker', { x: 0, y: 0 })!;
    vi.advanceTimersByTime(200);
    expect(fake.text).toBe(modelToText(store.getState().model, 'yaml'));
    // The new node was selected on the canvas: its block is selected in the text.
    expect(fake.selection).toMatch(new RegExp(`^- id: ${id}\\n`));
  });

  it('waits for a drag to end before rewriting the text', () => {
    const state = store.getState();
    state.beginGesture('Move');
    state.applyGestureStep(moveElements(state.model, { 'web-app': { x: 5, y: 5 } }));
    vi.advanceTimersByTime(200);
    expect(fake.text).toContain('position: { x: 0, y: 356 }');
    store.getState().endGesture();
    vi.advanceTimersByTime(200);
    expect(fake.text).toContain('position: { x: 5, y: 5 }');
  });

  it('never overwrites unapplied text: it announces the canvas change and offers a reload', () => {
    const broken = fake.text.replace('kind: client', 'kind: [client');
    fake.type(broken);
    settle();
    renameElement(store, 'web-app', 'Web');
    vi.advanceTimersByTime(200);
    expect(fake.text).toBe(broken);
    expect(status.canvasChanged).toBe(true);
    sync.reloadFromCanvas();
    expect(fake.text).toBe(modelToText(store.getState().model, 'yaml'));
    expect(status).toEqual({ state: 'valid', problems: [], canvasChanged: false });
  });

  it('a pending valid edit does not silently undo a canvas change that arrives first', () => {
    fake.type(fake.text.replace('name: order-service', 'name: Orders'));
    renameElement(store, 'web-app', 'Web');
    vi.advanceTimersByTime(200);
    expect(status.canvasChanged).toBe(true);
    settle();
    expect(store.getState().model.nodes.find((n) => n.id === 'web-app')?.name).toBe('Web');
    expect(store.getState().model.nodes.find((n) => n.id === 'order-service')?.name).toBe('order-service');
  });

  it('text typed and undone catches up with the canvas', () => {
    const original = fake.text;
    fake.type(original.replace('name: order-service', 'name: Orders'));
    renameElement(store, 'web-app', 'Web');
    vi.advanceTimersByTime(200);
    fake.type(original);
    settle();
    expect(fake.text).toBe(modelToText(store.getState().model, 'yaml'));
    expect(status.canvasChanged).toBe(false);
  });

  it('selects on the canvas the element whose block holds the cursor', () => {
    fake.moveCursor(fake.text.indexOf('kind: database'));
    vi.advanceTimersByTime(200);
    expect([...store.getState().selection.nodes]).toEqual(['orders-db']);
    fake.moveCursor(fake.text.indexOf('id: web-app-api-gateway'));
    vi.advanceTimersByTime(200);
    expect([...store.getState().selection.links]).toEqual(['web-app-api-gateway']);
    expect(store.getState().selection.nodes.size).toBe(0);
  });

  it('selects the block of one element selected on the canvas, unless the editor has focus', () => {
    store.getState().setSelection({ nodes: new Set(['payments-db']), links: new Set() });
    expect(fake.selection).toMatch(/^- id: payments-db\n/);
    fake.moveCursor(0);
    store.getState().setSelection({ nodes: new Set(['orders-db']), links: new Set() });
    expect(fake.selection).toMatch(/^- id: payments-db\n/);
  });

  it('reloads on opening another document, even over unapplied text', () => {
    fake.type(fake.text.replace('kind: client', 'kind: [client'));
    settle();
    store.getState().loadDocument('other', { ...ecommerceTemplate.build(), name: 'Other' });
    vi.advanceTimersByTime(200);
    expect(fake.text).toContain('name: Other');
    expect(status.state).toBe('valid');
  });

  it('stops listening when disposed', () => {
    sync.dispose();
    const text = fake.text;
    renameElement(store, 'web-app', 'Web');
    vi.advanceTimersByTime(200);
    expect(fake.text).toBe(text);
  });
});
