import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { richModel } from '../io/__fixtures__/models.ts';
import type { Model } from '../model/types.ts';
import { hostileModel } from './__fixtures__/hostile-model.ts';
import { checkStructurizr, tokenize } from './__fixtures__/structurizr-check.ts';
import { safeIdentifiers } from './identifiers.ts';
import { displayName } from './labels.ts';
import { str, toStructurizr } from './structurizr.ts';

/** What our string escaping does to a name, so tests can compare names after the round trip. */
const asWritten = (text: string) => tokenize(str(text))[0];

describe('toStructurizr (structural check: no Structurizr parser runs in Node)', () => {
  it('writes the system’s containers (with tags for styling), groups, external systems and relationships', () => {
    const ws = checkStructurizr(toStructurizr(richModel()));
    expect(ws.name).toBe('Shop');
    expect(ws.elements.map((e) => [e.identifier, e.keyword, e.name, e.technology ?? '', e.tags, e.group ?? ''])).toEqual([
      ['system', 'softwareSystem', 'Shop', '', '', ''],
      ['n_orders', 'container', 'Orders', 'Service', 'Service', 'Ordering'],
      ['n_orders_db', 'container', 'Orders DB', 'PostgreSQL', 'Database', 'Ordering'],
      ['n_payments', 'container', 'Payments', 'Service', 'Service', 'Billing'],
      ['n_web', 'container', 'Web app', 'Web app', 'Client', ''],
      ['n_api', 'container', 'API gateway', 'API gateway', 'Gateway', ''],
      ['n_legacy', 'container', 'Legacy monolith', 'Legacy monolith', 'Service', ''],
      ['n_events', 'container', 'Order events', 'Kafka', 'Queue', ''],
      ['n_stripe', 'softwareSystem', 'Stripe', '', 'External', ''],
    ]);
    expect(ws.relationships.map((r) => `${r.from}->${r.to} ${r.description} [${r.technology}] ${r.tags}`)).toEqual([
      'n_web->n_api calls [HTTP] Sync',
      'n_api->n_orders POST /orders [gRPC] Sync',
      'n_payments->n_stripe calls [sync] Sync',
      'n_orders->n_orders_db reads and writes [data] Data',
      'n_orders->n_events OrderPlaced [async, topic orders] Async',
      'n_events->n_payments events [async] Async',
    ]);
    expect(ws.views).toEqual(['containers']);
  });

  it('survives hostile names: quotes, braces, newlines, keywords, ${…} substitution and backslashes', () => {
    const model = hostileModel();
    const ws = checkStructurizr(toStructurizr(model));
    const elements = ws.elements.filter((e) => e.identifier !== 'system');
    expect(elements).toHaveLength(model.nodes.length);
    const identifiers = safeIdentifiers(
      model.nodes.map((n) => n.id),
      'n_',
    );
    for (const node of model.nodes) {
      const written = elements.find((e) => e.identifier === identifiers.get(node.id))?.name ?? '';
      // Every name is still readable: the same text, with only the characters the DSL cannot hold replaced.
      expect(written.startsWith(asWritten(displayName(node)) ?? '\u0000'), node.id).toBe(true);
    }
    expect(asWritten('Say "hi"')).toBe('Say “hi”');
    expect(asWritten('line one\nline two')).toBe('line one line two');
    expect(asWritten('back\\slash\\')).toBe('back＼slash＼');
    expect(asWritten('${HOME}')).toBe('$\u200b{HOME}');
  });

  it('keeps names unique where Structurizr requires it, appending the id', () => {
    const model: Model = {
      format: 'faultline',
      version: 1,
      name: 'Orders',
      groups: [],
      nodes: [
        { kind: 'service', id: 'orders', name: 'Orders' },
        { kind: 'service', id: 'orders-2', name: 'orders' },
        { kind: 'external', id: 'pay', name: 'Pay' },
        { kind: 'external', id: 'pay-2', name: 'Pay' },
      ],
      links: [],
      sagas: [],
    };
    const ws = checkStructurizr(toStructurizr(model));
    expect(ws.elements.map((e) => e.name)).toEqual(['Orders', 'Orders (orders)', 'orders (orders-2)', 'Pay', 'Pay (pay-2)']);
  });

  it('stays well-formed for any names (property test over arbitrary unicode)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { minLength: 1, maxLength: 5 }), (names) => {
        const model: Model = {
          format: 'faultline',
          version: 1,
          name: names[0] ?? 'x',
          description: names.join('\n'),
          groups: [{ id: 'g', name: names.at(-1) ?? '' }],
          nodes: names.map((name, i) => ({ kind: i % 3 === 2 ? 'external' : 'service', id: `s${i}`, name, ...(i === 0 ? { group: 'g' } : {}) })),
          links: names.slice(1).map((name, i) => ({ kind: 'async', id: `l${i}`, from: `s${i}`, to: `s${i + 1}`, event: name })),
          sagas: [],
        };
        const ws = checkStructurizr(toStructurizr(model));
        expect(ws.relationships).toHaveLength(model.links.length);
      }),
      { numRuns: 200 },
    );
  });
});
