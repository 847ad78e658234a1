import { describe, expect, it } from 'vitest';
import { createEmptyModel } from '../model/factories.ts';
import type { Model } from '../model/types.ts';
import { TEMPLATES } from '../templates/index.ts';
import { loadModel } from './load-model.ts';
import { serializeModelYaml } from './serialize-yaml.ts';
import { richModel } from './__fixtures__/models.ts';

const load = (text: string) => loadModel(text, { fileName: 'model.yaml' });

describe('serializeModelYaml', () => {
  it('round-trips a model that uses every field', () => {
    const model = richModel();
    const result = load(serializeModelYaml(model));
    expect(result.ok && result.model).toEqual(model);
    expect(result).toMatchObject({ warnings: [], needsLayout: false });
  });

  it('round-trips every template and the empty model', () => {
    for (const model of [...TEMPLATES.map((t) => t.build()), createEmptyModel()]) {
      expect(load(serializeModelYaml(model))).toMatchObject({ ok: true, model });
    }
  });

  it('quotes strings that would otherwise read as numbers, booleans or null', () => {
    const model: Model = {
      ...createEmptyModel('123'),
      description: 'true',
      nodes: [{ kind: 'service', id: 'null', name: '0x1F', description: '~', team: 'yes: no', position: { x: 0, y: 0 } }],
    };
    expect(load(serializeModelYaml(model))).toMatchObject({ ok: true, model });
  });

  it('keeps long and multi-line text exactly', () => {
    const description = `${'a long line of words '.repeat(20)}\nsecond line\n\n  indented third  `;
    const model: Model = { ...createEmptyModel(), description };
    expect(load(serializeModelYaml(model))).toMatchObject({ ok: true, model });
  });

  it('reads top-down in canonical order, with small objects on one line', () => {
    const text = serializeModelYaml(richModel());
    expect(text.startsWith('format: faultline\nversion: 1\nname: Shop\n')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain('\nnodes:\n  - id: web\n    kind: client\n    name: Web app\n');
    expect(text).toContain('    position: { x: 100, y: 50.5 }\n');
    expect(text).toContain('    latency: { p50Ms: 20, p99Ms: 150 }\n');
    expect(text).toContain('    retry:\n      attempts: 3\n      backoff: exponential\n');
    // A blank line before each top-level section.
    expect(text).toContain('\n\nlinks:\n');
  });
});
