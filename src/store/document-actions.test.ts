import { describe, expect, it, vi } from 'vitest';
import { serializeModel } from '../core/io/index.ts';
import { ecommerceTemplate } from '../core/templates/index.ts';
import { createEditorStore } from './editor-store.ts';
import type { EditorServices } from './services.ts';
import { downloadModel, openFileText, openShareFragment, openStoredDocument, openTemplate, shareLink } from './document-actions.ts';
import { gridLayout } from '../core/layout/index.ts';

const services: EditorServices = { layout: { layout: async (model) => gridLayout(model) }, documents: null };

describe('document actions', () => {
  it('a broken file never touches the current model and says what and where', async () => {
    const store = createEditorStore({ docId: 'current', model: ecommerceTemplate.build() });
    const before = store.getState().model;
    const ok = await openFileText(store, services, '{ "format": "faultline", "version": 1, "name": "x", "nodes": [ { "id": "a", "kind": "robot", "name": "a" } ] }', 'bad.json');
    expect(ok).toBe(false);
    expect(store.getState().model).toBe(before);
    expect(store.getState().docId).toBe('current');
    expect(store.getState().loadProblem?.errors[0]).toMatchObject({ path: 'nodes[0].kind' });
  });

  it('a future version is refused with a clear message', async () => {
    const store = createEditorStore({ docId: 'current' });
    const text = serializeModel(ecommerceTemplate.build()).replace('"version": 1', '"version": 7');
    expect(await openFileText(store, services, text, 'future.json')).toBe(false);
    expect(store.getState().loadProblem?.errors[0]?.message).toMatch(/newer/);
  });

  it('a good file opens as a new document, laid out when it has no positions', async () => {
    const store = createEditorStore({ docId: 'current' });
    const text = 'format: faultline\nversion: 1\nname: Tiny\nnodes:\n  - { id: a, kind: service, name: a }\n  - { id: b, kind: database, name: b }\nlinks:\n  - { id: l, kind: data, from: a, to: b }\n';
    expect(await openFileText(store, services, text, 'tiny.yaml')).toBe(true);
    expect(store.getState().docId).not.toBe('current');
    expect(store.getState().model.nodes.every((n) => n.position)).toBe(true);
  });

  it('a share link round-trips the model into a new copy', async () => {
    const source = createEditorStore({ model: ecommerceTemplate.build() });
    const link = (await shareLink(source, 'http://localhost/app#old')) ?? '';
    expect(link.startsWith('http://localhost/app#m=')).toBe(true);
    const target = createEditorStore({ docId: 'mine' });
    expect(await openShareFragment(target, services, link.split('#')[1]!)).toBe(true);
    expect(target.getState().docId).not.toBe('mine');
    expect(target.getState().model).toEqual(source.getState().model);
  });

  it('templates open as new documents; a damaged stored model is reported, not loaded', async () => {
    const store = createEditorStore({ docId: 'current' });
    await openTemplate(store, services, 'distributed-monolith');
    expect(store.getState().model.nodes.length).toBeGreaterThan(3);
    const before = store.getState().model;
    const damaged = { ...ecommerceTemplate.build(), links: [{ id: 'x', kind: 'sync' as const, from: 'nobody', to: 'order-service' }] };
    expect(await openStoredDocument(store, { id: 'd', name: 'Damaged', model: damaged })).toBe(false);
    expect(store.getState().model).toBe(before);
    expect(store.getState().loadProblem?.title).toMatch(/Damaged/);
  });

  it('downloads the model as its canonical file text', async () => {
    const model = { ...ecommerceTemplate.build(), name: 'Shop Platform' };
    const store = createEditorStore({ model });
    const files: [string, string][] = [];
    expect(await downloadModel(store, (fileName, text) => files.push([fileName, text]))).toBe('shop-platform.faultline.json');
    expect(files).toEqual([['shop-platform.faultline.json', serializeModel(model)]]);
  });
});

// The model io loads on first use; if it cannot (the server has gone away), nothing is lost and the user is told.
describe('document actions without the model io', () => {
  it('keep the current model and say why', async () => {
    vi.resetModules();
    vi.doMock('./model-io.ts', () => {
      throw new Error('offline');
    });
    try {
      const actions = await import('./document-actions.ts');
      const store = createEditorStore({ docId: 'current', model: ecommerceTemplate.build() });
      const before = store.getState().model;
      expect(await actions.openStoredDocument(store, { id: 'd', name: 'Saved', model: before })).toBe(false);
      expect(store.getState().loadProblem).toMatchObject({ title: 'Could not open the saved model “Saved”', errors: [{ path: '(root)', message: expect.stringMatching(/could not load its model reader/) }] });
      expect(await actions.openShareFragment(store, services, 'm=abc')).toBe(false);
      expect(await actions.downloadModel(store, () => {})).toBeUndefined();
      expect(await actions.shareLink(store, 'http://localhost/')).toBeUndefined();
      expect(store.getState().notices.filter((n) => n.tone === 'error')).toHaveLength(2);
      expect(store.getState().model).toBe(before);
      expect(store.getState().docId).toBe('current');
    } finally {
      vi.doUnmock('./model-io.ts');
      vi.resetModules();
    }
  });
});
