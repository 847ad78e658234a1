import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel, serializeModel } from '../../core/io/index.ts';
import { NODE_SIZE } from '../../core/layout/index.ts';
import {
  BROKER_ENGINES, DATABASE_ENGINES, NODE_KINDS, createEmptyModel,
  type Link, type Model, type ModelNode, type NodeKind,
} from '../../core/model/index.ts';
import * as ops from '../../core/ops/index.ts';
import { TEMPLATES } from '../../core/templates/index.ts';
import { minimalEdit, modelToText, textToModel, TEXT_FORMATS, type TextFormat } from './model-text.ts';

const templates = TEMPLATES.map((t) => t.build());
const shop = (): Model => TEMPLATES[0]!.build();

function nodeById(model: Model, id: string): ModelNode {
  const node = model.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

describe('modelToText / textToModel', () => {
  it.each(TEXT_FORMATS)('round-trips every template as %s', (format) => {
    for (const model of templates) {
      expect(textToModel(modelToText(model, format), model, format)).toEqual({ ok: true, model });
    }
  });

  it('writes JSON as the native file and YAML for people', () => {
    const model = shop();
    expect(modelToText(model, 'json')).toBe(serializeModel(model));
    expect(modelToText(model, 'yaml')).toMatch(/^format: faultline\nversion: 1\n/);
  });

  it('keeps the canvas position of a node whose text has none', () => {
    const model = shop();
    const [first] = model.nodes;
    const text = modelToText(model, 'yaml').replace(/\n {4}position: \{[^}]*\}/, '');
    const result = textToModel(text, model, 'yaml');
    expect(result.ok && nodeById(result.model, first!.id).position).toEqual(first!.position);
    expect(result).toEqual({ ok: true, model });
  });

  it('keeps the position and size of a context whose text has none', () => {
    const model = shop();
    const [group] = model.groups;
    const stripped = { ...model, groups: model.groups.map(({ position: _p, size: _s, ...rest }, i) => (i === 0 ? rest : model.groups[i]!)) };
    const result = textToModel(modelToText(stripped, 'json'), model, 'json');
    expect(result.ok && result.model.groups[0]).toEqual(group);
  });

  it('a position written in the text wins', () => {
    const model = shop();
    const [first] = model.nodes;
    const moved = { ...model, nodes: model.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 4321, y: -50 } } : n)) };
    const result = textToModel(modelToText(moved, 'yaml'), model, 'yaml');
    expect(result.ok && nodeById(result.model, first!.id).position).toEqual({ x: 4321, y: -50 });
  });

  it('places new nodes in a column right of the diagram, without overlaps', () => {
    const model = shop();
    const maxX = Math.max(...model.nodes.map((n) => n.position!.x + NODE_SIZE[n.kind].width));
    const text = `${modelToText(model, 'yaml').replace('\nnodes:\n', '\nnodes:\n  - { id: billing, kind: service, name: Billing }\n  - { id: ledger, kind: database, name: Ledger }\n')}`;
    const result = textToModel(text, model, 'yaml');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const billing = nodeById(result.model, 'billing').position!;
    const ledger = nodeById(result.model, 'ledger').position!;
    expect(billing.x).toBeGreaterThan(maxX);
    expect(ledger.x).toBe(billing.x);
    expect(ledger.y).toBeGreaterThanOrEqual(billing.y + NODE_SIZE.service.height);
    expect(billing.x % 10).toBe(0);
    // Everything else is where it was.
    expect(result.model.nodes.filter((n) => n.id !== 'billing' && n.id !== 'ledger')).toEqual(model.nodes);
  });

  it('places a new node inside its context, growing the stored box to hold it', () => {
    const model: Model = {
      ...createEmptyModel(),
      groups: [{ id: 'sales', name: 'Sales', position: { x: 0, y: 0 }, size: { width: 300, height: 200 } }],
      nodes: [{ kind: 'service', id: 'orders', name: 'Orders', group: 'sales', position: { x: 40, y: 76 } }],
    };
    const text = modelToText(model, 'yaml').replace('\nnodes:\n', '\nnodes:\n  - { id: cart, kind: service, name: Cart, group: sales }\n');
    const result = textToModel(text, model, 'yaml');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const cart = nodeById(result.model, 'cart').position!;
    const group = result.model.groups[0]!;
    expect(cart.x).toBeGreaterThanOrEqual(group.position!.x);
    expect(cart.y).toBeGreaterThanOrEqual(76 + NODE_SIZE.service.height);
    expect(cart.y + NODE_SIZE.service.height).toBeLessThanOrEqual(group.position!.y + group.size!.height);
  });

  it('places the first node of an empty model at the origin', () => {
    const result = textToModel('format: faultline\nversion: 1\nname: X\nnodes:\n  - { id: a, kind: client, name: A }\n', createEmptyModel(), 'yaml');
    expect(result.ok && result.model.nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });

  it('reports invalid text with places and never returns a model for it', () => {
    const model = shop();
    const broken = modelToText(model, 'yaml').replace('kind: service', 'kind: servise');
    const result = textToModel(broken, model, 'yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ line: expect.any(Number), message: expect.stringMatching(/servise|service/) });
    expect(textToModel('', model, 'yaml').ok).toBe(false);
    expect(textToModel('nodes: [', model, 'yaml').ok).toBe(false);
  });

  it('reads JSON mode strictly: YAML there is an error', () => {
    const model = shop();
    expect(textToModel(modelToText(model, 'yaml'), model, 'json').ok).toBe(false);
    // JSON is YAML, so YAML mode accepts it.
    expect(textToModel(modelToText(model, 'json'), model, 'yaml')).toEqual({ ok: true, model });
  });
});

describe('minimalEdit', () => {
  it('replaces only what changed', () => {
    expect(minimalEdit('abc', 'abc')).toBeUndefined();
    expect(minimalEdit('name: A\nkind: x\n', 'name: B\nkind: x\n')).toEqual({ start: 6, end: 7, text: 'B' });
    expect(minimalEdit('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' });
    expect(minimalEdit('abc', '')).toEqual({ start: 0, end: 3, text: '' });
  });

  it('never splits a surrogate pair', () => {
    const edit = minimalEdit('x😀y', 'x😃y');
    expect(edit).toEqual({ start: 1, end: 3, text: '😃' });
  });

  it('applied, always gives the new text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const edit = minimalEdit(a, b);
        const result = edit ? a.slice(0, edit.start) + edit.text + a.slice(edit.end) : a;
        expect(result).toBe(b);
      }),
      { numRuns: 250 },
    );
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------------
// Property tests: random valid edits survive the text round trip; random corruptions never get through.

const nameArb = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    fc.constantFrom('true', 'null', '123', '0x1F', '- item', 'a: b', '#hash', "it's", '"quoted"', '[x]', '{y}', 'multi\nline', '~', 'yes'),
  )
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

type Edit =
  | { type: 'add'; kind: NodeKind; name: string; x: number; y: number }
  | { type: 'remove'; pick: number }
  | { type: 'rename'; pick: number; name: string }
  | { type: 'connect'; from: number; to: number }
  | { type: 'policy'; pick: number; timeoutMs: number | null; attempts: number | null; breaker: boolean; fallback: string | null }
  | { type: 'engine'; pick: number; engine: number }
  | { type: 'describe'; pick: number; text: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    type: fc.constant('add' as const),
    kind: fc.constantFrom(...NODE_KINDS),
    name: nameArb,
    x: fc.integer({ min: -5000, max: 5000 }),
    // JSON has no negative zero (the native file writes -0 as 0), and no canvas cares.
    y: fc.double({ min: -5000, max: 5000, noNaN: true }).map((y) => (Object.is(y, -0) ? 0 : y)),
  }),
  fc.record({ type: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('rename' as const), pick: fc.nat(), name: nameArb }),
  fc.record({ type: fc.constant('connect' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({
    type: fc.constant('policy' as const),
    pick: fc.nat(),
    timeoutMs: fc.option(fc.integer({ min: 1, max: 60_000 })),
    attempts: fc.option(fc.integer({ min: 1, max: 20 })),
    breaker: fc.boolean(),
    fallback: fc.option(nameArb),
  }),
  fc.record({ type: fc.constant('engine' as const), pick: fc.nat(), engine: fc.nat() }),
  fc.record({ type: fc.constant('describe' as const), pick: fc.nat(), text: fc.string({ unit: 'grapheme', maxLength: 300 }) }),
);

function applyEdit(model: Model, edit: Edit): Model {
  const node = (pick: number) => model.nodes[pick % Math.max(1, model.nodes.length)];
  switch (edit.type) {
    case 'add':
      return ops.addNode(model, { kind: edit.kind, name: edit.name, position: { x: edit.x, y: edit.y } }).model;
    case 'remove': {
      const target = node(edit.pick);
      return target ? ops.removeElements(model, { nodes: [target.id] }).model : model;
    }
    case 'rename': {
      const target = node(edit.pick);
      return target ? ops.renameNode(model, target.id, edit.name).model : model;
    }
    case 'connect': {
      const from = node(edit.from);
      const to = node(edit.to);
      if (!from || !to) return model;
      const result = ops.addLink(model, from.id, to.id);
      return result.ok ? result.model : model;
    }
    case 'policy': {
      const syncLinks = model.links.filter((l): l is Extract<Link, { kind: 'sync' }> => l.kind === 'sync');
      const link = syncLinks[edit.pick % Math.max(1, syncLinks.length)];
      if (!link) return model;
      return ops.updateLink(model, link.id, {
        timeoutMs: edit.timeoutMs ?? undefined,
        retry: edit.attempts === null ? undefined : { attempts: edit.attempts, backoff: edit.attempts > 3 ? 'exponential' : 'fixed', jitter: edit.breaker },
        circuitBreaker: edit.breaker ? { failureThreshold: 5, recoveryTimeoutMs: 30_000, successThreshold: 2 } : undefined,
        fallback: edit.fallback ?? undefined,
      }).model;
    }
    case 'engine': {
      const target = model.nodes.find((n, i) => i >= edit.pick % Math.max(1, model.nodes.length) && (n.kind === 'database' || n.kind === 'broker'));
      if (!target) return model;
      const engines = target.kind === 'database' ? DATABASE_ENGINES : BROKER_ENGINES;
      return ops.updateNode(model, target.id, { engine: engines[edit.engine % engines.length] } as ops.NodePatch).model;
    }
    case 'describe': {
      const target = node(edit.pick);
      return target ? ops.updateNode(model, target.id, { description: edit.text || undefined }).model : model;
    }
  }
}

const startArb = fc.constantFrom(...TEMPLATES.map((t) => t.id), 'empty').map((id) => TEMPLATES.find((t) => t.id === id)?.build() ?? createEmptyModel());
/** Edits the validator would refuse (ops allow a few, e.g. a data link between two databases) are skipped. */
const applyValidEdit = (model: Model, edit: Edit): Model => {
  const next = applyEdit(model, edit);
  return next === model || loadModel(serializeModel(next)).ok ? next : model;
};
const editedModelArb = fc.tuple(startArb, fc.array(editArb, { maxLength: 12 })).map(([start, edits]) => edits.reduce(applyValidEdit, start));

describe('text round trip (property)', () => {
  it.each(TEXT_FORMATS)('any model reached by valid edits, written as %s and read back, is the same model', (format: TextFormat) => {
    fc.assert(
      fc.property(editedModelArb, (model) => {
        const result = textToModel(modelToText(model, format), model, format);
        expect(result).toEqual({ ok: true, model });
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  const garbageArb = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(':', '- ', '{', '}', '[', ']', '#', '"', "'", '\n', '\n  ', '  ', '&a', '*a', '!!str ', 'kind: x', 'position: {x: "1"}', ',', '\t', '\\', '---\n'),
  );

  type Corruption = { type: 'delete'; at: number; length: number } | { type: 'insert'; at: number; text: string };
  const corruptionArb: fc.Arbitrary<Corruption[]> = fc.array(
    fc.oneof(
      fc.record({ type: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ type: fc.constant('insert' as const), at: fc.nat(), text: garbageArb }),
    ),
    { minLength: 1, maxLength: 4 },
  );

  function corrupt(text: string, corruptions: readonly Corruption[]): string {
    let out = text;
    for (const c of corruptions) {
      const at = c.at % (out.length + 1);
      out = c.type === 'delete' ? out.slice(0, at) + out.slice(at + c.length) : out.slice(0, at) + c.text + out.slice(at);
    }
    return out;
  }

  it.each(TEXT_FORMATS)('a corrupted %s text never throws and never yields a model that fails validation', (format: TextFormat) => {
    fc.assert(
      fc.property(editedModelArb, corruptionArb, (model, corruptions) => {
        const text = corrupt(modelToText(model, format), corruptions);
        const result = textToModel(text, model, format);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          return;
        }
        // Whatever got through is a complete, valid, placed model.
        expect(loadModel(serializeModel(result.model))).toMatchObject({ ok: true, needsLayout: false });
      }),
      { numRuns: 250 },
    );
  }, 60_000);
});
