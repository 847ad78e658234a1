import { describe, expect, it } from 'vitest';
import { loadModel, serializeModel } from '../../io/index.ts';
import type { Model } from '../../model/types.ts';
import { importCompose, type ComposeImportResult } from './import-compose.ts';

const yaml = (lines: string[]) => `${lines.join('\n')}\n`;

function ok(result: ComposeImportResult): { model: Model; notes: string[] } {
  if (!result.ok) throw new Error(`expected an import, got ${JSON.stringify(result.errors)}`);
  // Whatever the input, what comes out loads like any file.
  expect(loadModel(serializeModel(result.model)).ok).toBe(true);
  return result;
}
const links = (model: Model) => model.links.map((l) => `${l.kind}:${l.from}->${l.to}`);
const link = (model: Model, from: string, to: string) => model.links.find((l) => l.from === from && l.to === to);

describe('importCompose: what becomes a link', () => {
  it('reads depends_on in list and map form, and links with and without an alias', () => {
    const { model } = ok(
      importCompose(
        yaml([
          'services:',
          '  web:',
          '    image: nginx:1.25',
          '    depends_on: [orders]',
          '    links: ["payment:pay"]',
          '  orders:',
          '    image: acme/orders',
          '    depends_on:',
          '      orders-db: { condition: service_healthy }',
          '      events: { condition: service_started }',
          '  payment: { image: acme/payment }',
          '  orders-db: { image: "postgres:16" }',
          '  events: { image: bitnami/kafka }',
        ]),
      ),
    );
    expect(links(model)).toEqual(['sync:web->orders', 'sync:web->payment', 'data:orders->orders-db', 'async:orders->events']);
    expect(link(model, 'web', 'payment')?.inferred).toBe('links: payment:pay');
    expect(model.nodes.find((n) => n.id === 'web')?.kind).toBe('gateway');
  });

  it('finds host names in environment URLs, host:port values and host-named keys, and merges every reason into one link', () => {
    const { model } = ok(
      importCompose(
        yaml([
          'services:',
          '  carts:',
          '    image: acme/carts',
          '    depends_on: [carts-db]',
          '    environment:',
          '      - CARTS_DB_URL=mongodb://admin:s3cret@carts-db:27017/carts',
          '      - PAYMENT_URL=http://payment:8080/pay',
          '      - SHIPPING=shipping:9000',
          '      - CATALOGUE_HOST=catalogue',
          '      - MYSQL_USER=orders',
          '      - GRPC_TARGET=grpc://pricing:50051',
          '  carts-db: { image: "mongo:7" }',
          '  payment: { image: acme/payment }',
          '  shipping: { image: acme/shipping }',
          '  catalogue: { image: acme/catalogue }',
          '  orders: { image: acme/orders }',
          '  pricing: { image: acme/pricing }',
        ]),
      ),
    );
    expect(links(model)).toEqual(['data:carts->carts-db', 'sync:carts->payment', 'sync:carts->shipping', 'sync:carts->catalogue', 'sync:carts->pricing']);
    // The password in the URL never reaches the model file.
    expect(link(model, 'carts', 'carts-db')?.inferred).toBe('depends_on: carts-db; env CARTS_DB_URL=mongodb://admin:***@carts-db:27017/carts');
    expect(serializeModel(model)).not.toContain('s3cret');
    expect(link(model, 'carts', 'payment')).toMatchObject({ protocol: 'http', inferred: 'env PAYMENT_URL=http://payment:8080/pay' });
    expect(link(model, 'carts', 'pricing')).toMatchObject({ protocol: 'grpc' });
    // A bare word in a key that is not about hosts (MYSQL_USER=orders) is not a link.
    expect(link(model, 'carts', 'orders')).toBeUndefined();
  });

  it('reads map-form environment, interpolation defaults, hostnames and network aliases', () => {
    const { model } = ok(
      importCompose(
        yaml([
          'services:',
          '  api:',
          '    image: acme/api',
          '    environment:',
          '      DB_HOST: ${DB_HOST:-main-database}',
          '      CACHE_ADDR: cache.internal:6379',
          '      BROKERS: "queue-1:9092,queue-2:9092"',
          '      RETRIES: 3',
          '  db:',
          '    image: mysql:8',
          '    hostname: main-database',
          '  cache:',
          '    image: redis:7',
          '    networks:',
          '      backend: { aliases: [cache.internal] }',
          '  kafka-a: { image: "confluentinc/cp-kafka:7.6.0", container_name: queue-1 }',
          '  kafka-b: { image: "confluentinc/cp-kafka:7.6.0", container_name: queue-2 }',
        ]),
      ),
    );
    expect(links(model)).toEqual(['data:api->db', 'data:api->cache', 'async:api->kafka-a', 'async:api->kafka-b']);
    expect(link(model, 'api', 'db')?.inferred).toBe('env DB_HOST=main-database');
  });

  it('imports a file with no depends_on, links or environment as unconnected nodes, and says so', () => {
    const { model, notes } = ok(importCompose(yaml(['services:', '  a: { image: acme/a }', '  b: { image: acme/b }'])));
    expect(model.links).toEqual([]);
    expect(notes).toContain('The file shows no connection for 2 containers: a, b. Calls made from code or config files are invisible to compose.');
  });

  it('ignores self-references and datastores that "depend" on something (start-up order, not a call)', () => {
    const { model, notes } = ok(
      importCompose(yaml(['services:', '  app:', '    image: acme/app', '    environment: [SELF_URL=http://app:80]', '  db:', '    image: postgres', '    depends_on: [app]'])),
    );
    expect(model.links).toEqual([]);
    expect(notes).toContain('Ignored 1 dependency of a datastore on another container (start-up order, not a call): db → app.');
  });
});

describe('importCompose: YAML features and compose versions', () => {
  it('expands anchors, aliases and << merge keys (x- extension blocks included)', () => {
    const { model } = ok(
      importCompose(
        yaml([
          'version: "3.8"',
          'x-common: &common',
          '  restart: always',
          '  environment: &env',
          '    TRACE_URL: http://tracing:9411',
          '  depends_on: [cache]',
          'services:',
          '  a:',
          '    <<: *common',
          '    image: acme/a',
          '  b:',
          '    <<: *common',
          '    image: acme/b',
          '    environment:',
          '      <<: *env',
          '      A_HOST: a',
          '  cache: { image: "redis:7" }',
          '  tracing: { image: openzipkin/zipkin }',
        ]),
      ),
    );
    expect(links(model)).toEqual(['data:a->cache', 'data:b->cache', 'sync:b->a']);
    expect(model.nodes.map((n) => n.id)).toEqual(['a', 'b', 'cache']);
  });

  it('applies extends within the file (chains included), merging mappings and joining lists', () => {
    const { model } = ok(
      importCompose(
        yaml([
          'services:',
          '  base:',
          '    image: acme/base',
          '    environment: [DB_URL=postgres://db:5432/app]',
          '    deploy: { replicas: 3 }',
          '  worker:',
          '    extends: base',
          '    environment: { QUEUE_URL: "amqp://queue:5672" }',
          '  reporter:',
          '    extends: { service: worker }',
          '    depends_on: [worker]',
          '  db: { image: postgres }',
          '  queue: { image: "rabbitmq:3" }',
        ]),
      ),
    );
    expect(links(model)).toEqual(['data:base->db', 'data:worker->db', 'async:worker->queue', 'sync:reporter->worker', 'data:reporter->db', 'async:reporter->queue']);
    expect(model.nodes.find((n) => n.id === 'reporter')).toMatchObject({ replicas: 3 });
    expect(model.nodes.find((n) => n.id === 'reporter')?.inferred).toContain('3 replicas in deploy/scale');
  });

  it('keeps a service that extends a base in another file, with a note', () => {
    const { model, notes } = ok(importCompose(yaml(['services:', '  web:', '    extends: { file: common.yml, service: webapp }', '    image: acme/web'])));
    expect(model.nodes).toHaveLength(1);
    expect(notes[0]).toBe('service "web" extends "webapp" from common.yml, which an import of one file cannot read: only its own keys were imported');
  });

  it('accepts compose v2 fields (scale, links, external_links) and published-port forms, and notes entry points', () => {
    const { model, notes } = ok(
      importCompose(
        yaml([
          'version: "2.4"',
          'services:',
          '  web:',
          '    image: traefik:v3',
          '    scale: 2',
          '    external_links: [legacy_db_1:legacy]',
          '    ports:',
          '      - "80:80"',
          '      - "127.0.0.1:8443:443/tcp"',
          '      - 9000',
          '      - "3000"',
          '      - { target: 8080, published: 18080, protocol: tcp }',
          '      - { target: 9090 }',
          '      - "8000-8010:8000-8010"',
        ]),
      ),
    );
    expect(model.nodes[0]).toMatchObject({ kind: 'gateway', replicas: 2, description: 'docker-compose service "web": image traefik:v3; publishes 80:80, 127.0.0.1:8443:443/tcp, 18080:8080, 8000-8010:8000-8010.' });
    expect(notes).toContain('Entry points (ports published on the host): web (80:80, 127.0.0.1:8443:443/tcp, 18080:8080, 8000-8010:8000-8010).');
    expect(notes).toContain('external_links point outside this file and were not imported: web → legacy_db_1:legacy.');
  });

  it('notes included files it cannot read', () => {
    const { notes } = ok(importCompose('include: [other.yml]\nservices: { a: { image: x } }\n'));
    expect(notes[0]).toBe('The file includes other compose files ("include:"); an import of one file cannot read them, so their services are missing.');
  });

  it('names the model from the compose project name, else from the file name', () => {
    expect(ok(importCompose('name: shop\nservices: { a: { image: x } }\n', { fileName: 'docker-compose.yml' })).model.name).toBe('shop');
    expect(ok(importCompose('services: { a: { image: x } }\n', { fileName: 'deploy/payments-docker-compose.yaml' })).model.name).toBe('payments');
    expect(ok(importCompose('services: { a: { image: x } }\n', { fileName: 'docker-compose.yml' })).model.name).toBe('Imported from docker-compose');
  });

  it('keeps compose service names as ids, and records why each node has its kind', () => {
    const { model } = ok(importCompose(yaml(['services:', '  Orders_API.v2: { image: acme/orders }', '  orders-db: { image: "mariadb:11" }'])));
    expect(model.nodes.map((n) => [n.id, n.kind, n.inferred])).toEqual([
      ['Orders_API.v2', 'service', 'image acme/orders → service (no datastore, broker, proxy or infrastructure recognised)'],
      ['orders-db', 'database', 'image mariadb:11 → database (mysql)'],
    ]);
  });

  it('turns a name compose itself would refuse into a readable slug id', () => {
    const { model, notes } = ok(importCompose(yaml(['services:', '  "Orders Service": { image: acme/orders }', '  "orders-service": { image: acme/orders }'])));
    expect(model.nodes.map((n) => [n.id, n.name])).toEqual([
      ['orders-service-2', 'Orders Service'],
      ['orders-service', 'orders-service'],
    ]);
    expect(notes[0]).toBe('Service "Orders Service" is not a valid compose name; its node id is "orders-service-2".');
  });
});

describe('importCompose: infrastructure', () => {
  const file = yaml([
    'services:',
    '  orders:',
    '    image: acme/orders',
    '    depends_on: [config-server, eureka]',
    '    environment: [ZIPKIN_URL=http://zipkin:9411]',
    '  config-server: { image: hyness/spring-cloud-config-server }',
    '  eureka: { image: springcloud/eureka }',
    '  zipkin: { image: openzipkin/zipkin }',
    '  prometheus: { image: prom/prometheus }',
  ]);

  it('leaves tracing, registries, config servers and monitoring out by default, listing them', () => {
    const { model, notes } = ok(importCompose(file));
    expect(model.nodes.map((n) => n.id)).toEqual(['orders']);
    expect(model.groups).toEqual([]);
    expect(notes[0]).toBe(
      'Left out 4 infrastructure containers: config-server (config server), eureka (service registry), zipkin (tracing), prometheus (monitoring); 3 links to or from them were dropped. To keep them in an "Infrastructure" context, import with infrastructure included (CLI: --include-infrastructure).',
    );
  });

  it('groups them in an Infrastructure context when asked', () => {
    const { model } = ok(importCompose(file, { includeInfrastructure: true }));
    expect(model.groups).toEqual([{ id: 'infrastructure', name: 'Infrastructure' }]);
    expect(model.nodes.filter((n) => n.group === 'infrastructure').map((n) => n.id)).toEqual(['config-server', 'eureka', 'zipkin', 'prometheus']);
    expect(links(model)).toEqual(['sync:orders->config-server', 'sync:orders->eureka', 'sync:orders->zipkin']);
  });

  it('picks a free id for the context when a service is already called "infrastructure"', () => {
    const { model } = ok(importCompose(yaml(['services:', '  infrastructure: { image: acme/infra }', '  jaeger: { image: jaegertracing/all-in-one }']), { includeInfrastructure: true }));
    expect(model.groups[0]?.id).toBe('infrastructure-2');
  });
});

describe('importCompose: bad input gets errors and no model', () => {
  const errors = (text: string) => {
    const result = importCompose(text);
    if (result.ok) throw new Error('expected errors');
    expect(result).not.toHaveProperty('model');
    return result.errors;
  };

  it('rejects text that is not YAML, with the line and column', () => {
    expect(errors('services:\n  a: [unclosed\n')[0]).toMatchObject({ path: '(root)', line: 3 });
    expect(errors('services:\n  a: {image: x}\n  a: {image: y}\n')[0]?.message).toMatch(/^invalid YAML: Map keys must be unique/);
  });

  it('rejects empty text, non-mappings, files without services and Faultline models', () => {
    expect(errors('')).toEqual([{ path: '(root)', message: 'the file is empty: expected a docker-compose file' }]);
    expect(errors('- a\n- b\n')).toEqual([{ path: '(root)', message: 'not a docker-compose file: expected a mapping with a "services" key, found a list', line: 1, column: 1 }]);
    expect(errors('hello: world\n')).toEqual([{ path: '(root)', message: 'not a docker-compose file: there is no "services" map', line: 1, column: 1 }]);
    expect(errors('web:\n  image: nginx\n')[0]?.message).toMatch(/retired version 1 format/);
    expect(errors('{"format": "faultline", "version": 1, "name": "x", "nodes": []}')[0]).toMatchObject({ path: 'format', message: expect.stringMatching(/Faultline model/) });
  });

  it('rejects a file with no services', () => {
    expect(errors('services: {}\n')).toEqual([{ path: 'services', message: 'the file defines no services: there is nothing to import', line: 1, column: 11 }]);
    expect(errors('services:\n')[0]).toMatchObject({ path: 'services', message: '"services" must be a mapping of service names to their configuration, found nothing' });
  });

  it('rejects unknown top-level and service keys, suggesting the intended one, all at once', () => {
    expect(errors(yaml(['servces_extra: 1', 'networks: {}', 'services:', '  web:', '    image: nginx', '    depend_on: [db]', '    x-note: fine', '  db: { image: postgres }']))).toEqual([
      { path: 'servces_extra', message: 'unknown top-level key "servces_extra" (extension keys start with "x-")', line: 1, column: 1 },
      { path: 'services.web.depend_on', message: 'unknown service key "depend_on"; did you mean "depends_on"? (extension keys start with "x-")', line: 6, column: 5 },
    ]);
  });

  it('rejects references to services that do not exist, and wrong shapes, at their paths', () => {
    const found = errors(
      yaml([
        'services:',
        '  web:',
        '    image: nginx',
        '    depends_on: [api, ghost]',
        '    links: [phantom]',
        '    environment: "A=1"',
        '    ports: 8080',
        '    deploy: { replicas: many }',
        '  api: { image: 42 }',
      ]),
    );
    expect(found.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'services.web.environment: environment must be a list of KEY=value or a mapping, found "A=1"',
      'services.web.ports: ports must be a list, found 8080',
      'services.web.deploy.replicas: replicas must be a whole number, found "many"',
      'services.api.image: image must be text, found 42',
    ]);
    const refs = errors(yaml(['services:', '  web:', '    image: nginx', '    depends_on: [api, ghost]', '    links: [phantom]', '  api: { image: acme/api }']));
    expect(refs).toEqual([
      { path: 'services.web.depends_on', message: 'service "web" depends on "ghost", which is not a service in this file', line: 4, column: 17 },
      { path: 'services.web.links[0]', message: 'service "web" links to "phantom", which is not a service in this file', line: 5, column: 13 },
    ]);
  });

  it('rejects extends of a missing service and extends cycles', () => {
    expect(errors(yaml(['services:', '  a: { extends: nothing }']))[0]?.message).toBe('service "a" extends "nothing", which is not a service in this file');
    expect(errors(yaml(['services:', '  a: { extends: b }', '  b: { extends: a }']))[0]?.message).toBe('service "b" extends itself through a cycle (a → b)');
  });

  it('refuses alias bombs instead of expanding them', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 8; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    bomb.push('services: { x: { image: y } }');
    expect(errors(yaml(bomb))[0]?.message).toMatch(/^invalid YAML: .*alias/i);
  });
});
