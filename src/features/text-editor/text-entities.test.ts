import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../core/templates/index.ts';
import { modelToText } from './model-text.ts';
import { entityAt, idsIn, rangeOf } from './text-entities.ts';

const model = TEMPLATES[0]!.build();
const yaml = modelToText(model, 'yaml');
const json = modelToText(model, 'json');

describe('entityAt / rangeOf', () => {
  it.each([['yaml', yaml], ['json', json]])('finds the block of every node, context and link in %s', (_, text) => {
    for (const [collection, items] of [['nodes', model.nodes], ['groups', model.groups], ['links', model.links]] as const) {
      for (const item of items) {
        const range = rangeOf(text, item.id, [collection]);
        expect(range, `${collection} ${item.id}`).toBeDefined();
        const block = text.slice(range!.start, range!.end);
        expect(block).toContain(item.id);
        // The cursor anywhere in the block is in that entity.
        for (const offset of [range!.start, Math.floor((range!.start + range!.end) / 2), range!.end]) {
          expect(entityAt(text, offset)).toEqual({ collection, id: item.id });
        }
      }
    }
  });

  it('takes the YAML dash into the block and leaves trailing whitespace out', () => {
    const text = 'nodes:\n  - id: a\n    kind: service\n    name: A\n\n  - id: b\n    kind: client\n    name: B\n';
    const range = rangeOf(text, 'a')!;
    expect(text.slice(range.start, range.end)).toBe('- id: a\n    kind: service\n    name: A');
    expect(entityAt(text, text.indexOf('kind: client'))).toEqual({ collection: 'nodes', id: 'b' });
    expect(entityAt(text, 0)).toBeUndefined();
  });

  it('tells apart a link and a node with the same id', () => {
    const text = 'nodes:\n  - id: x\n    kind: service\n    name: X\nlinks:\n  - id: x\n    kind: sync\n    from: x\n    to: x\n';
    expect(text.slice(rangeOf(text, 'x', ['links'])!.start)).toMatch(/^- id: x\n {4}kind: sync/);
    expect(text.slice(rangeOf(text, 'x')!.start)).toMatch(/^- id: x\n {4}kind: service/);
  });

  it('works as far as it can on broken text, and never throws', () => {
    const broken = yaml.replace('kind: client', 'kind: [client');
    expect(() => entityAt(broken, broken.length / 2)).not.toThrow();
    const partial = 'nodes:\n  - id: a\n    kind: service\n    ti\n  - id: b\n';
    expect(entityAt(partial, partial.indexOf('ti'))).toEqual({ collection: 'nodes', id: 'a' });
    for (const text of ['', '{', '- - -', 'nodes: 3', 'nodes: [1, {id: 2}]', '\u0000']) {
      expect(() => entityAt(text, 0)).not.toThrow();
      expect(rangeOf(text, 'a')).toBeUndefined();
    }
  });

  it('lists the ids in the text', () => {
    expect(idsIn(yaml)).toEqual({ nodes: model.nodes.map((n) => n.id), groups: model.groups.map((g) => g.id), links: model.links.map((l) => l.id) });
  });
});
