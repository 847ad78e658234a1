import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createEmptyModel } from '../model/factories.ts';
import type { Model } from '../model/types.ts';
import { RULE_IDS } from '../rules/index.ts';
import { ecommerceTemplate } from '../templates/ecommerce.ts';
import { featureModel } from './__fixtures__/models.ts';
import { RULE } from './files/client.ts';
import { generateWorkspace, UnknownServiceError, zipFiles } from './index.ts';
import type { GeneratedFile } from './types.ts';

const ecommerce = () => generateWorkspace(ecommerceTemplate.build());
const file = (files: readonly GeneratedFile[], path: string): string => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} among:\n${files.map((f) => f.path).join('\n')}`);
  return found.contents;
};

/** One caller, one callee, one link with whatever policies a test draws. */
function twoServices(link: Partial<Extract<Model['links'][number], { kind: 'sync' }>> = {}): Model {
  return {
    ...createEmptyModel('Two'),
    nodes: [
      { kind: 'service', id: 'a', name: 'caller', healthChecks: { liveness: true, readiness: true } },
      { kind: 'service', id: 'b', name: 'callee', healthChecks: { liveness: true, readiness: true } },
    ],
    links: [{ kind: 'sync', id: 'a-b', from: 'a', to: 'b', operation: 'POST /work', ...link }],
  };
}

describe('generateWorkspace', () => {
  it('is deterministic and sorted by path, with safe relative paths', () => {
    const a = ecommerce();
    const b = ecommerce();
    expect(a).toEqual(b);
    const paths = a.map((f) => f.path);
    expect(paths).toEqual([...paths].sort((x, y) => (x < y ? -1 : 1)));
    for (const path of [...paths, ...generateWorkspace(featureModel()).map((f) => f.path)]) {
      expect(path).toMatch(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/);
      expect(path.split('/')).not.toContain('..');
    }
  });

  it('writes the workspace files and every service of the e-commerce template', () => {
    const files = ecommerce();
    const paths = new Set(files.map((f) => f.path));
    for (const path of ['package.json', 'tsconfig.base.json', 'README.md', 'docker-compose.yml', 'Dockerfile']) expect(paths).toContain(path);
    for (const service of ['api-gateway', 'order-service', 'payment-service', 'inventory-service', 'shipping-service', 'notification-service']) {
      for (const part of ['package.json', 'tsconfig.json', 'src/main.ts', 'src/server.ts', 'src/config.ts', 'src/routes.ts']) expect(paths).toContain(`services/${service}/${part}`);
    }
    expect(paths).toContain('services/order-service/src/clients/payment-service.ts');
    expect(paths).toContain('services/order-service/src/clients/inventory-service.ts');
    expect(paths).toContain('services/order-service/src/events/publisher.ts');
    expect(paths).toContain('services/shipping-service/src/events/subscriber.ts');
    expect(paths).toContain('services/order-service/src/sagas/order-fulfilment.ts');
    expect(files.find((f) => f.path === 'services/order-service/src/server.ts')?.nodeId).toBe('order-service');
    expect(files.find((f) => f.path === 'README.md')?.nodeId).toBeUndefined();
  });

  it('puts the drawn policies in the client, composed in the documented order', () => {
    const client = file(ecommerce(), 'services/order-service/src/clients/inventory-service.ts');
    expect(client).toContain('fallback → retry → circuit breaker → bulkhead → timeout → HTTP call');
    const order = ['retry(', 'circuitBreaker(', 'bulkhead(20)', 'timeout(5000'].map((s) => client.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(client).toContain('maxAttempts: 2'); // 3 attempts drawn = 2 retries
    expect(client).toContain('minMs: 2000, maxMs: 10000, multiplier: 1');
    expect(client).toContain('halfOpenAfter: 30000, breaker: new ThresholdBreaker(5, 2)');
    expect(client).toContain('"accept the order; stock is reserved from OrderCreated when inventory recovers"');
    expect(client).toContain('idempotencyKey');
  });

  it('generates no policy that is not drawn, and names the rule that flags it', () => {
    const client = file(generateWorkspace(twoServices()), 'services/caller/src/clients/callee.ts');
    expect(client).not.toMatch(/\b(retry|circuitBreaker|bulkhead|timeout|wrap)\(/);
    expect(client).toContain('const policy1 = noop;');
    expect(client).toContain('(rule missing-timeout)');
    expect(client).toContain('(rule missing-circuit-breaker)');
    const noBackoff = file(generateWorkspace(twoServices({ retry: { attempts: 3, backoff: 'none' }, idempotent: false })), 'services/caller/src/clients/callee.ts');
    expect(noBackoff).toContain('(rule retry-without-backoff)');
    expect(noBackoff).toContain('(rule non-idempotent-retry)');
    for (const id of Object.values(RULE)) expect(RULE_IDS).toContain(id);
  });

  it('uses the library breaker when one success closes it', () => {
    const client = file(generateWorkspace(twoServices({ circuitBreaker: { failureThreshold: 4, recoveryTimeoutMs: 100, successThreshold: 1 } })), 'services/caller/src/clients/callee.ts');
    expect(client).toContain('breaker: new ConsecutiveBreaker(4)');
    expect(client).not.toContain('ThresholdBreaker');
  });

  it('makes a route stub on the callee for every operation its callers use, saga steps included', () => {
    const files = ecommerce();
    expect(file(files, 'services/payment-service/src/routes.ts')).toMatch(/url: "\/payments"[\s\S]*url: "\/sagas\/order-fulfilment\/process-payment"[\s\S]*url: "\/sagas\/order-fulfilment\/refund-payment"/);
    expect(file(files, 'services/api-gateway/src/routes.ts')).toContain('url: "/api/orders"');
  });

  it('runs saga steps in drawn order, with compensations for the runner to reverse', () => {
    const saga = file(ecommerce(), 'services/order-service/src/sagas/order-fulfilment.ts');
    const order = ['"createOrder"', '"reserveInventory"', '"processPayment"', '"confirmOrder"'].map((s) => saga.indexOf(s));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(saga).toContain('inventoryServiceClient.releaseInventory(');
    expect(file(ecommerce(), 'services/order-service/src/sagas/saga-runner.ts')).toContain('[...completed].reverse()');
  });

  it('reads peers and its own datastore from the environment, with docker-compose’s addresses as defaults', () => {
    const config = file(ecommerce(), 'services/order-service/src/config.ts');
    expect(config).toContain('env("ORDERS_DB_URL", "postgres://app:app@orders-db:5432/orders_db")');
    expect(config).toContain('env("PAYMENT_SERVICE_URL", "http://payment-service:3000")');
  });

  it('writes a docker-compose file with every service, a database per service and the broker', () => {
    const compose = parseYaml(file(ecommerce(), 'docker-compose.yml')) as { services: Record<string, { image?: string; environment?: Record<string, string>; build?: unknown }> };
    const names = Object.keys(compose.services);
    for (const s of ['api-gateway', 'order-service', 'payment-service', 'inventory-service', 'shipping-service', 'notification-service']) expect(compose.services[s]?.build).toBeDefined();
    expect(compose.services['orders-db']?.image).toMatch(/^postgres:/);
    expect(compose.services['shipping-db']?.image).toMatch(/^mongo:/);
    expect(compose.services['notifications-db']?.image).toMatch(/^redis:/);
    expect(compose.services['order-events']?.image).toMatch(/kafka/);
    expect(compose.services['order-service']?.environment?.['INVENTORY_SERVICE_URL']).toBe('http://inventory-service:3000');
    expect(compose.services['order-service']?.environment?.['EVENT_BUS']).toBe('kafka');
    expect(names).toHaveLength(12);
  });

  it('writes a README with a Mermaid diagram and tables of services, links and policies', () => {
    const readme = file(ecommerce(), 'README.md');
    expect(readme).toContain('```mermaid\nflowchart LR');
    expect(readme).toContain('| Service | Kind | Directory | Port | Datastores | Health checks |');
    expect(readme).toContain('breaker opens after 5, half-open after 30000 ms, closes after 2');
  });

  it('pins the generated dependencies in valid package.json files', () => {
    const files = ecommerce();
    const root = JSON.parse(file(files, 'package.json')) as { workspaces: string[] };
    expect(root.workspaces).toEqual(['services/*']);
    const pkg = JSON.parse(file(files, 'services/order-service/package.json')) as { name: string; dependencies: Record<string, string> };
    expect(pkg.name).toBe('@e-commerce/order-service');
    for (const version of Object.values(pkg.dependencies)) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.dependencies['kafkajs']).toBeDefined();
    expect(JSON.parse(file(files, 'services/payment-service/package.json')).dependencies.kafkajs).toBeUndefined();
  });

  it('leaves out health checks that are not drawn, naming the rule', () => {
    const model = twoServices();
    model.nodes[1] = { kind: 'service', id: 'b', name: 'callee', healthChecks: { liveness: false, readiness: false } };
    const files = generateWorkspace(model);
    const server = file(files, 'services/callee/src/server.ts');
    expect(server).not.toContain("'/health/live'");
    expect(server).toContain('(rule missing-health-check)');
    expect(files.some((f) => f.path === 'services/callee/src/health/readiness.ts')).toBe(false);
  });

  it('generates one service with opts.service, and rejects an unknown one', () => {
    const files = generateWorkspace(ecommerceTemplate.build(), { service: 'shipping-service' });
    expect(new Set(files.flatMap((f) => (f.nodeId ? [f.nodeId] : [])))).toEqual(new Set(['shipping-service']));
    expect(files.some((f) => f.path === 'tsconfig.base.json')).toBe(true);
    expect(() => generateWorkspace(ecommerceTemplate.build(), { service: 'orders-db' })).toThrow(UnknownServiceError);
  });

  it('handles a model with no services at all', () => {
    const files = generateWorkspace(createEmptyModel('Empty'));
    expect(files.map((f) => f.path)).toEqual(['.dockerignore', '.gitignore', 'Dockerfile', 'README.md', 'docker-compose.yml', 'package.json', 'tsconfig.base.json']);
    expect(parseYaml(file(files, 'docker-compose.yml'))).toMatchObject({ services: {} });
  });

  it('keeps hostile names out of code: a user string is only ever in a string literal or a line comment', () => {
    const files = generateWorkspace(featureModel());
    const inLiteral = /"(?:[^"\\]|\\.)*(?:\$\{x\}|\*\/)(?:[^"\\]|\\.)*"/;
    let seen = 0;
    for (const f of files.filter((x) => x.path.endsWith('.ts'))) {
      for (const line of f.contents.split('\n')) {
        if (!line.includes('${x}') && !line.includes('"*/') && !line.includes(' */ ')) continue;
        seen += 1;
        if (!line.trimStart().startsWith('//')) expect(line).toMatch(inLiteral);
      }
    }
    expect(seen).toBeGreaterThan(5);
    expect(() => parseYaml(file(files, 'docker-compose.yml'))).not.toThrow();
  });
});

describe('zipFiles', () => {
  it('zips every file, byte for byte the same each time', () => {
    const files = ecommerce();
    const zip = zipFiles(files);
    expect(zipFiles(files)).toEqual(zip);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => f.path));
    expect(strFromU8(unzipped['services/order-service/src/server.ts']!)).toBe(file(files, 'services/order-service/src/server.ts'));
    expect(Object.keys(unzipSync(zipFiles(files.slice(0, 2), { folder: 'shop/' })))).toEqual(files.slice(0, 2).map((f) => `shop/${f.path}`));
  });
});
