/**
 * The four real compose files in shared/fixtures/compose (its README lists what each file can and cannot
 * show). CI checks the repo out with shared/ beside it, so the path is relative to this file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadModel, serializeModel } from '../../io/index.ts';
import { applyLayout, gridLayout } from '../../layout/index.ts';
import type { Model, ModelNode } from '../../model/types.ts';
import { analyze } from '../../rules/index.ts';
import { importCompose } from './import-compose.ts';

function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../../../shared/fixtures/compose/${name}-docker-compose.yml`, import.meta.url)), 'utf8');
}

function imported(name: string, includeInfrastructure = false): { model: Model; notes: string[] } {
  const result = importCompose(fixture(name), { fileName: `${name}-docker-compose.yml`, includeInfrastructure });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

const kindCounts = (model: Model) => {
  const counts: Record<string, number> = {};
  for (const n of model.nodes) counts[n.kind] = (counts[n.kind] ?? 0) + 1;
  return counts;
};
const node = (model: Model, id: string): ModelNode => {
  const found = model.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const linkPairs = (model: Model) => model.links.map((l) => `${l.kind}:${l.from}->${l.to}`).sort();

/** Every file's import must load as any file does, and carry no positions (the app lays it out). */
function expectLoadableWithoutPositions(model: Model): void {
  const loaded = loadModel(serializeModel(model), { fileName: 'x.json' });
  expect(loaded.ok).toBe(true);
  if (loaded.ok) expect(loaded.needsLayout).toBe(true);
  expect(model.nodes.every((n) => n.position === undefined)).toBe(true);
  expect(model.nodes.every((n) => typeof n.inferred === 'string' && n.inferred.length > 0)).toBe(true);
  expect(model.links.every((l) => typeof l.inferred === 'string' && l.inferred.length > 0)).toBe(true);
}

describe('Robot Shop (compose v3, YAML anchors)', () => {
  const { model, notes } = imported('robot-shop');

  it('imports all 12 containers with their kinds and engines', () => {
    expect(model.name).toBe('robot-shop');
    expect(model.nodes).toHaveLength(12);
    expect(kindCounts(model)).toEqual({ database: 3, broker: 1, service: 8 });
    expect(node(model, 'mongodb')).toMatchObject({ kind: 'database', engine: 'mongodb', inferred: 'image ${REPO}/rs-mongodb:${TAG} (“mongodb”) → database (mongodb)' });
    expect(node(model, 'mysql')).toMatchObject({ kind: 'database', engine: 'mysql' });
    expect(node(model, 'redis')).toMatchObject({ kind: 'database', engine: 'redis', inferred: 'image redis:6.2-alpine → database (redis)' });
    expect(node(model, 'rabbitmq')).toMatchObject({ kind: 'broker', engine: 'rabbitmq' });
    expect(node(model, 'web')).toMatchObject({ kind: 'service', healthChecks: { liveness: true, readiness: true } });
    // dispatch has no healthcheck in the file: nothing is invented for it.
    expect(node(model, 'dispatch')).not.toHaveProperty('healthChecks');
    expectLoadableWithoutPositions(model);
  });

  it('turns its 12 depends_on edges into 6 data, 2 async and 4 sync links', () => {
    expect(linkPairs(model)).toEqual(
      [
        'data:catalogue->mongodb',
        'data:user->mongodb',
        'data:user->redis',
        'data:cart->redis',
        'data:shipping->mysql',
        'data:ratings->mysql',
        'async:payment->rabbitmq',
        'async:dispatch->rabbitmq',
        'sync:web->catalogue',
        'sync:web->user',
        'sync:web->shipping',
        'sync:web->payment',
      ].sort(),
    );
    expect(model.links.find((l) => l.id === 'web-payment')?.inferred).toBe('depends_on: payment');
  });

  it('shows the shared mongodb, mysql and redis as shared: the shared-database rule fires on each', () => {
    const shared = analyze(model).findings.filter((f) => f.rule === 'shared-database');
    expect(shared.map((f) => f.data?.['database']).sort()).toEqual(['mongodb', 'mysql', 'redis']);
    expect(shared.find((f) => f.data?.['database'] === 'mongodb')?.nodes).toEqual(['mongodb', 'catalogue', 'user']);
  });

  it('notes the entry point and the broker direction it cannot know', () => {
    expect(notes).toContain('Entry points (ports published on the host): web (8080:8080).');
    expect(notes.some((n) => n.includes('cannot tell publishers from subscribers'))).toBe(true);
  });
});

describe('Sock Shop (compose v2, no depends_on)', () => {
  const { model, notes } = imported('sock-shop');

  it('recognises datastores by image and by the -db name, and the edge router as the gateway', () => {
    expect(model.nodes).toHaveLength(14);
    expect(kindCounts(model)).toEqual({ service: 8, gateway: 1, database: 4, broker: 1 });
    expect(node(model, 'edge-router').kind).toBe('gateway');
    expect(node(model, 'carts-db')).toMatchObject({ kind: 'database', engine: 'mongodb', inferred: 'image mongo:3.4 → database (mongodb)' });
    // Its image says only "-db"; the variables its image reads say MySQL.
    expect(node(model, 'catalogue-db')).toMatchObject({ kind: 'database', engine: 'mysql', inferred: 'image weaveworksdemos/catalogue-db:0.3.0 (“db”) → database; env MYSQL_ROOT_PASSWORD → mysql' });
    // Its image says nothing of the engine; the service using it does (MONGO_HOST).
    expect(node(model, 'user-db')).toMatchObject({ kind: 'database', engine: 'mongodb' });
    expectLoadableWithoutPositions(model);
  });

  it('leaves the load generator out and says so', () => {
    expect(model.nodes.some((n) => n.id === 'user-sim')).toBe(false);
    expect(notes[0]).toBe('Left out 1 infrastructure container: user-sim (load generator). To keep them in an "Infrastructure" context, import with infrastructure included (CLI: --include-infrastructure).');
  });

  it('finds the one link the environment shows and pairs the other three datastores by name (the README expects these 4)', () => {
    expect(linkPairs(model)).toEqual(['data:carts->carts-db', 'data:catalogue->catalogue-db', 'data:orders->orders-db', 'data:user->user-db']);
    expect(model.links.find((l) => l.to === 'user-db')?.inferred).toBe('env MONGO_HOST=user-db:27017');
    expect(model.links.find((l) => l.to === 'carts-db')?.inferred).toBe('name pairing: "carts-db" is named after "carts" (nothing in the file connects it; a guess)');
  });

  it('imports with no links at all when name pairing is off', () => {
    const result = importCompose(fixture('sock-shop'), { pairByName: false });
    expect(result.ok && linkPairs(result.model)).toEqual(['data:user->user-db']);
  });
});

describe('DeathStarBench social network (compose 3.9, map-form depends_on)', () => {
  const { model, notes } = imported('deathstarbench-socialnetwork');

  it('imports 26 containers and leaves the tracing agent out, dropping its 13 links', () => {
    expect(model.nodes).toHaveLength(26);
    expect(kindCounts(model)).toEqual({ service: 12, database: 13, gateway: 1 });
    expect(node(model, 'nginx-thrift')).toMatchObject({ kind: 'gateway', inferred: 'image yg397/openresty-thrift:xenial (“openresty”) → gateway' });
    expect(node(model, 'user-memcached')).toMatchObject({ kind: 'database', engine: 'other', inferred: 'image memcached → database (memcached)' });
    expect(notes[0]).toBe('Left out 1 infrastructure container: jaeger-agent (tracing); 13 links to or from them were dropped. To keep them in an "Infrastructure" context, import with infrastructure included (CLI: --include-infrastructure).');
    expectLoadableWithoutPositions(model);
  });

  it('keeps the 6 declared service → own mongodb edges and pairs the 7 caches by name', () => {
    const declared = model.links.filter((l) => l.inferred?.startsWith('depends_on'));
    expect(declared.map((l) => `${l.from}->${l.to}`).sort()).toEqual([
      'media-service->media-mongodb',
      'post-storage-service->post-storage-mongodb',
      'social-graph-service->social-graph-mongodb',
      'url-shorten-service->url-shorten-mongodb',
      'user-service->user-mongodb',
      'user-timeline-service->user-timeline-mongodb',
    ]);
    expect(model.links.filter((l) => l.inferred?.startsWith('name pairing'))).toHaveLength(7);
    expect(model.links.every((l) => l.kind === 'data')).toBe(true);
  });

  it('with infrastructure included, puts jaeger-agent in an Infrastructure context with its 13 links', () => {
    const withInfra = imported('deathstarbench-socialnetwork', true).model;
    expect(withInfra.groups).toEqual([{ id: 'infrastructure', name: 'Infrastructure' }]);
    expect(node(withInfra, 'jaeger-agent')).toMatchObject({ kind: 'service', group: 'infrastructure', inferred: 'image jaegertracing/all-in-one:latest (“jaegertracing”) → infrastructure (tracing)' });
    expect(withInfra.links.filter((l) => l.to === 'jaeger-agent')).toHaveLength(13);
    expectLoadableWithoutPositions(withInfra);
  });
});

describe('TrainTicket (68 containers)', () => {
  const { model } = imported('train-ticket');

  it('imports every container: 42 services and 26 datastores', () => {
    expect(model.nodes).toHaveLength(68);
    expect(kindCounts(model)).toEqual({ service: 42, database: 26 });
    expect(node(model, 'ts-voucher-mysql')).toMatchObject({ kind: 'database', engine: 'mysql' });
    // ts-config-service is TrainTicket's own train configuration service, not a config server.
    expect(node(model, 'ts-config-service').kind).toBe('service');
    expectLoadableWithoutPositions(model);
  });

  it('keeps its one depends_on and pairs ts-X-mongo with ts-X-service', () => {
    expect(model.links.find((l) => l.from === 'ts-voucher-service' && l.to === 'ts-voucher-mysql')?.inferred).toBe('depends_on: ts-voucher-mysql');
    expect(model.links.find((l) => l.to === 'ts-order-mongo')).toMatchObject({ kind: 'data', from: 'ts-order-service' });
    // No ts-account-service exists, so ts-account-mongo (unused, per the README) stays unconnected.
    expect(model.links.some((l) => l.to === 'ts-account-mongo')).toBe(false);
    expect(model.links).toHaveLength(24);
  });

  it('lays out with the grid layout: every node placed, no two at the same spot', () => {
    const laidOut = applyLayout(model, gridLayout(model));
    expect(laidOut.nodes.every((n) => n.position !== undefined)).toBe(true);
    const spots = new Set(laidOut.nodes.map((n) => `${n.position?.x},${n.position?.y}`));
    expect(spots.size).toBe(68);
    const loaded = loadModel(serializeModel(laidOut));
    expect(loaded.ok && loaded.needsLayout).toBe(false);
  });
});
