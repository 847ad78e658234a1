import { describe, expect, it } from 'vitest';
import { createEmptyModel, createLink, createNode } from '../model/factories.ts';
import type { Model } from '../model/types.ts';
import { loadModel } from './load-model.ts';
import { modelFileName, serializeModel } from './serialize-model.ts';
import { richModel } from './__fixtures__/models.ts';

describe('serializeModel', () => {
  it('round-trips a model that uses every field', () => {
    const model = richModel();
    const result = loadModel(serializeModel(model));
    expect(result.ok && result.model).toEqual(model);
    expect(result).toMatchObject({ warnings: [], needsLayout: false });
  });

  it('round-trips a model built with the factories', () => {
    const model = createEmptyModel('Built');
    const a = createNode('service', 'a', 'A', { x: 0, y: 0 });
    const db = createNode('database', 'db', 'DB');
    model.nodes.push(a, db);
    model.links.push(createLink('a-db', a, db));
    const result = loadModel(serializeModel(model));
    expect(result).toMatchObject({ ok: true, model, needsLayout: true });
  });

  it('writes pretty JSON with two-space indentation and a trailing newline', () => {
    const text = serializeModel(richModel());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "faultline",');
  });

  it('puts keys in a stable order: top-level sections, then id, kind and name first in entities', () => {
    const parsed = JSON.parse(serializeModel(richModel())) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'name', 'description', 'decision', 'settings', 'groups', 'nodes', 'links', 'sagas']);
    const nodes = parsed.nodes as Record<string, unknown>[];
    expect(Object.keys(nodes[2] ?? {}).slice(0, 3)).toEqual(['id', 'kind', 'name']);
    const links = parsed.links as Record<string, unknown>[];
    expect(Object.keys(links[1] ?? {}).slice(0, 5)).toEqual(['id', 'kind', 'from', 'to', 'description']);
  });

  it('gives the same text whatever order the keys were created in', () => {
    const model = richModel();
    const shuffled = reverseKeys(model) as Model;
    expect(Object.keys(shuffled)[0]).not.toBe('format');
    expect(serializeModel(shuffled)).toBe(serializeModel(model));
  });
});

describe('modelFileName', () => {
  it('slugs the model name', () => {
    expect(modelFileName({ ...createEmptyModel(), name: 'Shop Platform (v2)' })).toBe('shop-platform-v2.faultline.json');
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}
