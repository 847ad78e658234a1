/**
 * A teaching model that commits every sin on the catalogue's NEVER list at once, so each rule has
 * something to find and the simulator something to cascade. Do not "fix" it: it is wrong on purpose.
 */
import { FORMAT, SCHEMA_VERSION } from '../model/constants.ts';
import type { Model, RetryPolicy, ServiceNode } from '../model/types.ts';
import type { Template } from './template.ts';

// Immediate retries with no backoff, nested three deep: one click becomes 3 × 3 × 3 = 27 calls downstream.
const naiveRetry = (): RetryPolicy => ({ attempts: 3, backoff: 'none' });

function service(id: string, x: number, extra: Partial<ServiceNode> = {}): ServiceNode {
  return { kind: 'service', id, name: id, position: { x, y: 0 }, ...extra };
}

function build(): Model {
  return {
    format: FORMAT,
    version: SCHEMA_VERSION,
    name: 'Distributed monolith',
    description:
      'What not to do. Find the problems, then fix them one at a time: (1) five services share one database; ' +
      '(2) a synchronous chain storefront → cart → pricing → promotions → customer, where any slow link stalls the ' +
      'whole request; (3) no timeouts or circuit breakers on any call, so one failure takes everything down; ' +
      '(4) cart and pricing call each other, so they can only be deployed together; (5) retries nested three deep ' +
      'multiply one request into 27; (6) the checkout saga cannot undo a payment; (7) most services have no health ' +
      'checks; (8) the web app calls three services directly instead of one gateway.',
    decision: {
      teamSize: 6,
      teams: 1,
      boundariesClear: false,
      independentDeployment: false,
      tightDeadlines: true,
      requirementsKnown: false,
    },
    groups: [],
    nodes: [
      { kind: 'client', id: 'web-app', name: 'web-app', platform: 'web', position: { x: 0, y: 300 } },
      service('storefront-service', 250),
      service('cart-service', 530, { healthChecks: { liveness: true, readiness: false } }),
      service('pricing-service', 810),
      service('promotions-service', 1090),
      service('customer-service', 1370),
      {
        kind: 'database',
        id: 'shared-db',
        name: 'shared_db',
        engine: 'mysql',
        position: { x: 965, y: 220 },
        description: 'Every service reads and writes every table.',
      },
    ],
    links: [
      { kind: 'sync', id: 'web-app-storefront-service', from: 'web-app', to: 'storefront-service', protocol: 'http' },
      { kind: 'sync', id: 'web-app-cart-service', from: 'web-app', to: 'cart-service', protocol: 'http' },
      { kind: 'sync', id: 'web-app-pricing-service', from: 'web-app', to: 'pricing-service', protocol: 'http' },
      {
        kind: 'sync',
        id: 'storefront-service-cart-service',
        from: 'storefront-service',
        to: 'cart-service',
        protocol: 'http',
        operation: 'GET /cart',
        retry: naiveRetry(),
      },
      {
        kind: 'sync',
        id: 'cart-service-pricing-service',
        from: 'cart-service',
        to: 'pricing-service',
        protocol: 'http',
        operation: 'POST /prices',
        retry: naiveRetry(),
      },
      {
        kind: 'sync',
        id: 'pricing-service-cart-service',
        from: 'pricing-service',
        to: 'cart-service',
        protocol: 'http',
        operation: 'GET /cart/items',
        description: 'Pricing calls back into cart: the two can no longer be deployed apart.',
      },
      {
        kind: 'sync',
        id: 'pricing-service-promotions-service',
        from: 'pricing-service',
        to: 'promotions-service',
        protocol: 'http',
        operation: 'GET /promotions',
        retry: naiveRetry(),
      },
      {
        kind: 'sync',
        id: 'promotions-service-customer-service',
        from: 'promotions-service',
        to: 'customer-service',
        protocol: 'http',
        operation: 'GET /customers/tier',
      },
      { kind: 'data', id: 'cart-service-shared-db', from: 'cart-service', to: 'shared-db', access: 'read-write' },
      { kind: 'data', id: 'pricing-service-shared-db', from: 'pricing-service', to: 'shared-db', access: 'read-write' },
      { kind: 'data', id: 'promotions-service-shared-db', from: 'promotions-service', to: 'shared-db', access: 'read-write' },
      { kind: 'data', id: 'customer-service-shared-db', from: 'customer-service', to: 'shared-db', access: 'read-write' },
      { kind: 'data', id: 'storefront-service-shared-db', from: 'storefront-service', to: 'shared-db', access: 'read' },
    ],
    sagas: [
      {
        id: 'checkout',
        name: 'Checkout',
        orchestrator: 'storefront-service',
        steps: [
          { service: 'cart-service', action: 'lockCart', compensation: 'unlockCart' },
          // No way back: if a later step fails the customer stays charged.
          { service: 'pricing-service', action: 'chargeCard' },
          { service: 'customer-service', action: 'awardLoyaltyPoints' },
        ],
      },
    ],
  };
}

export const distributedMonolithTemplate: Template = {
  id: 'distributed-monolith',
  title: 'Distributed monolith (what not to do)',
  summary: 'Shared database, a five-hop sync chain, a call cycle, nested retries and no breakers: a model to find faults in.',
  build,
};
