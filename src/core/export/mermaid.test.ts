// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { richModel } from '../io/__fixtures__/models.ts';
import type { Model } from '../model/types.ts';
import { HOSTILE_NAMES, hostileModel } from './__fixtures__/hostile-model.ts';
import { parseFlowchart } from './__fixtures__/mermaid-parser.ts';
import { displayName, technology } from './labels.ts';
import { toMermaid } from './mermaid.ts';

describe('toMermaid, checked by Mermaid’s own parser', () => {
  it('draws every node with its kind’s shape, every link with its kind’s arrow, and contexts as subgraphs', async () => {
    const model = richModel();
    const text = toMermaid(model);
    const parsed = await parseFlowchart(text);
    const shape = Object.fromEntries(parsed.vertices.map((v) => [v.id, v.type]));
    expect(shape).toEqual({
      n_orders: 'square',
      n_orders_db: 'cylinder',
      n_payments: 'square',
      n_web: 'stadium',
      n_api: 'hexagon',
      n_legacy: 'square',
      n_events: 'lean_right',
      n_stripe: 'subroutine',
    });
    expect(parsed.vertices.find((v) => v.id === 'n_orders_db')?.text).toBe('Orders DB\nPostgreSQL');
    expect(parsed.edges.map((e) => [e.start, e.end, e.stroke, e.text])).toEqual([
      ['n_web', 'n_api', 'normal', 'HTTP'],
      ['n_api', 'n_orders', 'normal', 'POST /orders'],
      ['n_payments', 'n_stripe', 'normal', ''],
      ['n_orders', 'n_orders_db', 'thick', 'reads and writes'],
      ['n_orders', 'n_events', 'dotted', 'OrderPlaced'],
      ['n_events', 'n_payments', 'dotted', ''],
    ]);
    expect(parsed.subgraphs.map((s) => [s.id, s.title, [...s.nodes].sort()])).toEqual([
      ['g_ordering', 'Ordering', ['n_orders', 'n_orders_db']],
      ['g_billing', 'Billing', ['n_payments']],
    ]);
  });

  it('keeps hostile names intact: quotes, brackets, newlines, keywords, markup, backticks, pipes and unicode', async () => {
    const model = hostileModel();
    const parsed = await parseFlowchart(toMermaid(model));
    expect(parsed.vertices).toHaveLength(model.nodes.length);
    for (const node of model.nodes) {
      const vertex = parsed.vertices.find((v) => v.text.split('\n')[0] === displayName(node).replace(/\r\n?/g, '\n').split('\n')[0]);
      const expected = displayName(node).replace(/\r\n?/g, '\n') + (node.kind === 'database' || node.kind === 'broker' ? `\n${technology(node)}` : '');
      expect(vertex?.text, `node ${node.id}`).toBe(expected);
    }
    // Ids differing only by case (`end`, `End`) get distinct identifiers, none a Mermaid keyword.
    expect(new Set(parsed.vertices.map((v) => v.id.toLowerCase())).size).toBe(model.nodes.length);
    expect(parsed.edges).toHaveLength(model.links.length);
    for (const [i, link] of model.links.entries()) {
      const label = link.kind === 'sync' ? link.operation : link.kind === 'async' ? link.event : 'reads';
      expect(parsed.edges[i]?.text).toBe((label ?? '').replace(/\r\n?/g, '\n'));
    }
    expect(parsed.subgraphs.map((s) => s.title)).toEqual(['Context "end" ]', 'ctx-2']);
    expect(HOSTILE_NAMES.length).toBe(model.nodes.length);
  });

  it('parses and keeps any name (property test over arbitrary unicode)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 1, maxLength: 4 }), async (names) => {
        const model: Model = {
          format: 'faultline',
          version: 1,
          name: 'p',
          groups: [{ id: 'g', name: names[0] ?? '' }],
          nodes: names.map((name, i) => ({ kind: 'service', id: `s${i}`, name, ...(i === 0 ? { group: 'g' } : {}) })),
          links: names.slice(1).map((name, i) => ({ kind: 'sync', id: `l${i}`, from: `s${i}`, to: `s${i + 1}`, operation: name })),
          sagas: [],
        };
        const parsed = await parseFlowchart(toMermaid(model));
        // Mermaid trims the ends of a label; the characters inside must all survive.
        const norm = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').trim();
        expect(parsed.vertices.map((v) => norm(v.text))).toEqual(model.nodes.map((n) => norm(displayName(n))));
        expect(parsed.edges.map((e) => norm(e.text))).toEqual(names.slice(1).map(norm));
      }),
      { numRuns: 150 },
    );
  });

  it('draws an empty model as an empty flowchart, and notes a link count past Mermaid’s edge limit', async () => {
    const empty: Model = { format: 'faultline', version: 1, name: 'e', groups: [], nodes: [], links: [], sagas: [] };
    expect(toMermaid(empty)).toBe('flowchart LR\n');
    await expect(parseFlowchart(toMermaid(empty, { direction: 'TB' }))).resolves.toMatchObject({ vertices: [] });
    const many: Model = {
      ...empty,
      nodes: Array.from({ length: 30 }, (_, i) => ({ kind: 'service' as const, id: `s${i}`, name: `S${i}` })),
      links: Array.from({ length: 501 }, (_, k) => ({ kind: 'sync' as const, id: `l${k}`, from: `s${k % 30}`, to: `s${(k % 29) + (k % 29 >= k % 30 ? 1 : 0)}` })).filter((l) => l.from !== l.to),
    };
    expect(toMermaid(many).split('\n')[1]).toMatch(/^ {2}%% \d+ links: Mermaid draws at most 500/);
  });
});
