import { describe, expect, it } from 'vitest';
import { addNode, moveElements, updateNode } from '../core/ops/index.ts';
import { createEmptyModel } from '../core/model/index.ts';
import { ecommerceTemplate } from '../core/templates/index.ts';
import { createEditorStore } from './editor-store.ts';
import { addNodeAt, connectNodes, copySelection, deleteSelection, duplicateSelection, pasteClipboard, togglePolicy } from './actions.ts';

describe('editor store', () => {
  it('gives every call a fresh store with its own model and history', () => {
    const a = createEditorStore();
    const b = createEditorStore();
    addNodeAt(a, 'service', { x: 0, y: 0 });
    expect(a.getState().model.nodes).toHaveLength(1);
    expect(b.getState().model.nodes).toHaveLength(0);
    expect(b.getState().history.undo).toHaveLength(0);
  });

  it('records each commit as one undo step and bumps the version', () => {
    const store = createEditorStore();
    const v0 = store.getState().version;
    const id = addNodeAt(store, 'service', { x: 10, y: 20 })!;
    expect(store.getState().version).toBe(v0 + 1);
    expect(store.getState().selection.nodes.has(id)).toBe(true);
    store.getState().undo();
    expect(store.getState().model.nodes).toHaveLength(0);
    // The deleted node is no longer selected.
    expect(store.getState().selection.nodes.size).toBe(0);
    store.getState().redo();
    expect(store.getState().model.nodes[0]?.id).toBe(id);
  });

  it('squashes a gesture (a drag of many frames) into one undo step', () => {
    const store = createEditorStore();
    const id = addNodeAt(store, 'service', { x: 0, y: 0 })!;
    const { beginGesture, endGesture } = store.getState();
    beginGesture('Move');
    for (let i = 1; i <= 20; i++) {
      store.getState().applyGestureStep(moveElements(store.getState().model, { [id]: { x: i * 10, y: i } }));
    }
    endGesture();
    expect(store.getState().model.nodes[0]?.position).toEqual({ x: 200, y: 20 });
    expect(store.getState().history.undo).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().model.nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });

  it('selection changes are never undo steps', () => {
    const store = createEditorStore({ model: ecommerceTemplate.build() });
    store.getState().setSelection({ nodes: new Set(['order-service']) });
    store.getState().clearSelection();
    expect(store.getState().history.undo).toHaveLength(0);
  });

  it('applies a diff from another tab without recording it and without breaking local undo', () => {
    const store = createEditorStore();
    const local = addNodeAt(store, 'service', { x: 0, y: 0 })!;
    // Another tab renames the same node and adds one of its own.
    const theirs = updateNode(store.getState().model, local, { name: 'renamed-elsewhere' });
    store.getState().applyRemoteDiff(theirs.diff);
    const added = addNode(store.getState().model, { kind: 'database' });
    store.getState().applyRemoteDiff(added.diff);
    expect(store.getState().history.undo).toHaveLength(1);
    expect(store.getState().lastChange?.source).toBe('remote');
    // Undo never overwrites someone else's later edit: the renamed node stays, the model stays valid.
    store.getState().undo();
    const model = store.getState().model;
    expect(model.nodes.find((n) => n.id === local)?.name).toBe('renamed-elsewhere');
    const ids = new Set(model.nodes.map((n) => n.id));
    for (const link of model.links) expect(ids.has(link.from) && ids.has(link.to)).toBe(true);
    expect(model.nodes.some((n) => n.kind === 'database')).toBe(true);
  });

  it('loading a document resets history and selection', () => {
    const store = createEditorStore();
    addNodeAt(store, 'service', { x: 0, y: 0 });
    store.getState().loadDocument('doc-2', createEmptyModel('Other'));
    expect(store.getState().docId).toBe('doc-2');
    expect(store.getState().history.undo).toHaveLength(0);
    expect(store.getState().selection.nodes.size).toBe(0);
    expect(store.getState().lastChange?.source).toBe('load');
  });
});

describe('editor actions', () => {
  it('connects with the inferred kind and refuses a self link with a reason', () => {
    const store = createEditorStore();
    const a = addNodeAt(store, 'service', { x: 0, y: 0 })!;
    const db = addNodeAt(store, 'database', { x: 300, y: 0 })!;
    const link = connectNodes(store, a, db)!;
    expect(store.getState().model.links.find((l) => l.id === link)?.kind).toBe('data');
    expect(connectNodes(store, a, a)).toBeUndefined();
    expect(store.getState().notices.at(-1)?.message).toMatch(/itself/);
  });

  it('a policy switched on starts from the catalogue defaults', () => {
    const store = createEditorStore();
    const a = addNodeAt(store, 'service', { x: 0, y: 0 })!;
    const b = addNodeAt(store, 'service', { x: 300, y: 0 })!;
    const id = connectNodes(store, a, b)!;
    const link = () => store.getState().model.links.find((l) => l.id === id)!;
    togglePolicy(store, link(), 'breaker', true);
    togglePolicy(store, link(), 'retry', true);
    togglePolicy(store, link(), 'timeout', true);
    togglePolicy(store, link(), 'bulkhead', true);
    expect(link()).toMatchObject({
      timeoutMs: 5000,
      retry: { attempts: 3, backoff: 'exponential', minMs: 2000, maxMs: 10000, multiplier: 1 },
      circuitBreaker: { failureThreshold: 5, recoveryTimeoutMs: 30000, successThreshold: 2 },
      bulkhead: { maxConcurrent: 10 },
    });
    togglePolicy(store, link(), 'breaker', false);
    expect(link()).not.toHaveProperty('circuitBreaker');
  });

  it('delete takes the links of deleted nodes with it, in one undo step', () => {
    const store = createEditorStore({ model: ecommerceTemplate.build() });
    const linksBefore = store.getState().model.links.length;
    store.getState().setSelection({ nodes: new Set(['payment-service']), links: new Set() });
    deleteSelection(store);
    const model = store.getState().model;
    expect(model.nodes.some((n) => n.id === 'payment-service')).toBe(false);
    expect(model.links.some((l) => l.from === 'payment-service' || l.to === 'payment-service')).toBe(false);
    store.getState().undo();
    expect(store.getState().model.links).toHaveLength(linksBefore);
  });

  it('copy/paste and duplicate make new ids, keep links among the copies, and select them', () => {
    const store = createEditorStore({ model: ecommerceTemplate.build() });
    store.getState().setSelection({ nodes: new Set(['order-service', 'orders-db']), links: new Set() });
    copySelection(store);
    pasteClipboard(store);
    const pasted = [...store.getState().selection.nodes];
    expect(pasted).toHaveLength(2);
    expect(pasted.every((id) => id !== 'order-service' && id !== 'orders-db')).toBe(true);
    const model = store.getState().model;
    expect(model.links.some((l) => pasted.includes(l.from) && pasted.includes(l.to))).toBe(true);
    duplicateSelection(store);
    expect(store.getState().model.nodes).toHaveLength(model.nodes.length + 2);
  });
});
