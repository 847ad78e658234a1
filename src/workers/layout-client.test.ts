import { afterEach, describe, expect, it, vi } from 'vitest';
import { gridLayout } from '../core/layout/grid-layout.ts';
import { NODE_SIZE } from '../core/layout/node-size.ts';
import type { LayoutResult } from '../core/layout/types.ts';
import { createEmptyModel } from '../core/model/factories.ts';
import type { Model } from '../core/model/types.ts';
import { distributedMonolithTemplate } from '../core/templates/distributed-monolith.ts';
import { ecommerceTemplate } from '../core/templates/ecommerce.ts';
import { createLayoutEngine, isAbortError } from './layout-client.ts';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, outer: Box) => a.x >= outer.x && a.y >= outer.y && a.x + a.width <= outer.x + outer.width && a.y + a.height <= outer.y + outer.height;

function nodeBox(model: Model, result: LayoutResult, id: string): Box {
  const node = model.nodes.find((n) => n.id === id)!;
  return { ...result.positions[id]!, ...NODE_SIZE[node.kind] };
}

const rejectionOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: unknown) => e,
  );

function manyNodes(count: number): Model {
  const model = createEmptyModel('many');
  model.nodes = Array.from({ length: count }, (_, i) => ({ kind: 'service' as const, id: `s${i}`, name: `s${i}` }));
  return model;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('layout engine (in-process ELK)', () => {
  // A generous deadline so a slow CI machine still exercises ELK rather than the grid fallback.
  const engine = createLayoutEngine({ createWorker: null, deadlineMs: 30_000 });

  it('lays out the e-commerce template cleanly, left to right, with members inside their groups', async () => {
    const model = ecommerceTemplate.build();
    const result = await engine.layout(model);
    expect(Object.keys(result.positions).sort()).toEqual(model.nodes.map((n) => n.id).sort());
    const ids = model.nodes.map((n) => n.id);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        expect(overlaps(nodeBox(model, result, ids[i]!), nodeBox(model, result, ids[j]!)), `${ids[i]} / ${ids[j]}`).toBe(false);
    for (const node of model.nodes) {
      if (node.group === undefined) continue;
      const group = result.groups[node.group]!;
      expect(inside(nodeBox(model, result, node.id), { ...group.position, ...group.size }), `${node.id} in ${node.group}`).toBe(true);
    }
    const x = (id: string) => result.positions[id]!.x;
    expect(x('web-app')).toBeLessThan(x('api-gateway'));
    expect(x('api-gateway')).toBeLessThan(x('order-service'));
    expect(x('order-service')).toBeLessThan(x('payment-service'));
  });

  it('copes with cycles and ungrouped models', async () => {
    const model = distributedMonolithTemplate.build();
    const result = await engine.layout(model);
    expect(Object.keys(result.positions)).toHaveLength(model.nodes.length);
  });

  it('rejects an older request with an AbortError when a newer one starts', async () => {
    const model = ecommerceTemplate.build();
    const older = rejectionOf(engine.layout(model));
    const newer = engine.layout(model);
    expect(isAbortError(await older)).toBe(true);
    expect(Object.keys((await newer).positions)).toHaveLength(model.nodes.length);
  });

  it('rejects when its signal aborts', async () => {
    const controller = new AbortController();
    const pending = rejectionOf(engine.layout(ecommerceTemplate.build(), { signal: controller.signal }));
    controller.abort();
    expect(isAbortError(await pending)).toBe(true);
    const aborted = new AbortController();
    aborted.abort();
    expect(isAbortError(await rejectionOf(engine.layout(ecommerceTemplate.build(), { signal: aborted.signal })))).toBe(true);
  });

  it('answers with the grid layout past the deadline', async () => {
    const model = ecommerceTemplate.build();
    const hurried = createLayoutEngine({ createWorker: null, deadlineMs: 0 });
    expect(await hurried.layout(model)).toEqual(gridLayout(model));
  });

  it('uses the grid layout above 1,500 nodes', async () => {
    const model = manyNodes(2_000);
    const result = await engine.layout(model);
    expect(result).toEqual(gridLayout(model));
    expect(Object.keys(result.positions)).toHaveLength(2_000);
  });
});

/** A stand-in for a module Worker that runs nothing until the test answers. */
class FakeWorker extends EventTarget {
  static instances: FakeWorker[] = [];
  readonly requests: LayoutRequest[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.instances.push(this);
  }
  postMessage(message: LayoutRequest): void {
    this.requests.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(response: LayoutResponse): void {
    this.dispatchEvent(new MessageEvent('message', { data: response }));
  }
}

describe('layout engine (worker)', () => {
  const start = () => {
    FakeWorker.instances = [];
    return createLayoutEngine({ createWorker: () => new FakeWorker() as unknown as Worker });
  };

  it('sends the ELK graph and reads the answer back', async () => {
    const engine = start();
    const model = ecommerceTemplate.build();
    const pending = engine.layout(model);
    const worker = FakeWorker.instances[0]!;
    const { requestId, graph } = worker.requests[0]!;
    expect(graph.layoutOptions?.['elk.algorithm']).toBe('layered');
    worker.answer({ requestId, result: { id: 'root', children: [{ id: 'n:web-app', x: 5, y: 6 }] } });
    expect((await pending).positions).toEqual({ 'web-app': { x: 5, y: 6 } });
    expect(worker.terminated).toBe(false);
  });

  it('terminates the worker of a superseded request and starts a fresh one', async () => {
    const engine = start();
    const model = ecommerceTemplate.build();
    const older = rejectionOf(engine.layout(model));
    const newer = engine.layout(model);
    expect(isAbortError(await older)).toBe(true);
    expect(FakeWorker.instances).toHaveLength(2);
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
    const fresh = FakeWorker.instances[1]!;
    fresh.answer({ requestId: fresh.requests[0]!.requestId, result: { id: 'root' } });
    expect(await newer).toEqual({ positions: {}, groups: {} });
  });

  it('terminates a worker that misses the deadline and answers with the grid layout', async () => {
    vi.useFakeTimers();
    const engine = start();
    const model = ecommerceTemplate.build();
    const pending = engine.layout(model);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(await pending).toEqual(gridLayout(model));
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
  });

  it('reports an ELK failure as an error', async () => {
    const engine = start();
    const pending = rejectionOf(engine.layout(ecommerceTemplate.build()));
    const worker = FakeWorker.instances[0]!;
    worker.answer({ requestId: worker.requests[0]!.requestId, error: 'boom' });
    const error = await pending;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/boom/);
  });

  it('falls back to in-process ELK when the worker cannot start', async () => {
    const engine = createLayoutEngine({
      createWorker: () => {
        throw new Error('workers are blocked');
      },
    });
    const model = ecommerceTemplate.build();
    expect(Object.keys((await engine.layout(model)).positions)).toHaveLength(model.nodes.length);
  });
});
