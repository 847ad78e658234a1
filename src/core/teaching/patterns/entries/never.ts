/**
 * The catalogue's NEVER list, one anti-pattern each. Each diagram commits the mistake on purpose (a test
 * holds that the rules find it), and `related` points at the pattern that fixes it.
 */
import type { PatternEntry } from '../types.ts';
import { call, client, data, database, diagram, gateway, service } from '../../diagram.ts';

export const neverSharedDatabases: PatternEntry = {
  id: 'never-shared-databases',
  title: 'Never: shared databases',
  kind: 'anti-pattern',
  summary: 'Several services reading and writing the same database are coupled through its schema, and the split buys nothing.',
  whatItIs: [
    'When order, payment and inventory all use one database, its tables are a contract nobody owns. A column renamed for one service breaks the others, so they must be released together; a slow report query starves them all; and any of them can write data another one thinks it owns.',
    '',
    'That is the coupling services were meant to remove — with a network in the way as well. Give each service its own store and share data through APIs and events.',
  ].join('\n'),
  whenToUse: [],
  whenNot: ['Any time two services would touch the same tables.'],
  diagram: diagram(
    'Three services, one database',
    [service('order-service', [0, 0]), service('payment-service', [1, 0]), service('inventory-service', [2, 0]), database('shared-db', [1, 1], { engine: 'mysql' })],
    [data('order-service', 'shared-db'), data('payment-service', 'shared-db'), data('inventory-service', 'shared-db')],
  ),
  rules: ['shared-database'],
  catalogueSection: 'NEVER › Shared Databases',
  related: ['database-per-service'],
  keywords: ['shared database', 'coupling', 'schema', 'integration database'],
};

export const neverSynchronousChains: PatternEntry = {
  id: 'never-synchronous-chains',
  title: 'Never: synchronous chains',
  kind: 'anti-pattern',
  summary: 'A → B → C → D: every hop adds latency and a way to fail, and the whole chain is only as available as all its links together.',
  whatItIs: [
    'A request that waits on a chain of calls pays every service’s latency in turn, and fails if **any** of them fails: four services at 99.9% each give 99.6% together. One slow service at the end stalls every caller above it, each holding threads while it waits.',
    '',
    'Shorten the chain: answer from what the first service knows, cache reference data, call in parallel where the calls are independent, and turn downstream work that need not finish before the response into events.',
  ].join('\n'),
  whenToUse: [],
  whenNot: ['Any request path three or more synchronous calls deep.'],
  diagram: diagram(
    'Four hops deep',
    [client('web-app', [0, 0]), gateway('api-gateway', [1, 0]), service('order-service', [2, 0]), service('inventory-service', [3, 0]), service('pricing-service', [4, 0])],
    [
      call('web-app', 'api-gateway'),
      call('api-gateway', 'order-service', { timeoutMs: 5_000 }),
      call('order-service', 'inventory-service', { timeoutMs: 5_000 }),
      call('inventory-service', 'pricing-service', { timeoutMs: 5_000 }),
    ],
  ),
  rules: ['sync-chain'],
  apply: 'publish-subscribe',
  catalogueSection: 'NEVER › Synchronous Chains',
  related: ['asynchronous-events', 'sync-vs-async'],
  keywords: ['chain', 'hops', 'latency', 'availability', 'deep call path'],
};

export const neverNoCircuitBreakers: PatternEntry = {
  id: 'never-no-circuit-breakers',
  title: 'Never: no circuit breakers',
  kind: 'anti-pattern',
  summary: 'Without breakers, one service going down takes everything that calls it down too.',
  whatItIs: [
    'When payment hangs, the order service keeps calling it. Each call holds a thread until it times out (or forever, without a timeout); soon every thread is waiting, the order service stops answering, and the gateway above it fills up the same way. One failure has become an outage of everything upstream — a **cascade**.',
    '',
    'A circuit breaker on each call notices the failures and fails fast, so the caller keeps its capacity and can answer with a fallback. Kill a service in the simulator with and without breakers to see the difference.',
  ].join('\n'),
  whenToUse: [],
  whenNot: ['Any synchronous call between services.'],
  diagram: diagram(
    'Nothing stops the cascade',
    [client('web-app', [0, 0]), gateway('api-gateway', [1, 0]), service('order-service', [2, 0]), service('payment-service', [3, 0])],
    [call('web-app', 'api-gateway'), call('api-gateway', 'order-service', { timeoutMs: 5_000 }), call('order-service', 'payment-service', { timeoutMs: 5_000 })],
  ),
  rules: ['missing-circuit-breaker'],
  apply: 'add-breaker',
  catalogueSection: 'NEVER › No Circuit Breakers',
  related: ['circuit-breaker', 'bulkhead'],
  keywords: ['cascade', 'cascading failure', 'breaker', 'outage'],
};

export const neverDistributedMonolith: PatternEntry = {
  id: 'never-distributed-monolith',
  title: 'Never: distributed monolith',
  kind: 'anti-pattern',
  summary: 'Services that call each other in circles must be deployed together: the costs of microservices and the benefits of none.',
  whatItIs: [
    'Cart calls pricing and pricing calls cart. Neither can change its API, be deployed, or survive an outage without the other: they are one system split by a network. Shared libraries with business logic, lock-step releases and "we always deploy these together" are the same smell.',
    '',
    'Make dependencies flow one way: move the data one side keeps asking for to that side, replace the call that closes the loop with an event, or merge the two back into one service.',
  ].join('\n'),
  whenToUse: [],
  whenNot: ['Any cycle of synchronous calls between services.', 'Services that can only be released together.'],
  diagram: diagram(
    'Cart and pricing, inseparable',
    [service('cart-service', [0, 0]), service('pricing-service', [1, 1])],
    [call('cart-service', 'pricing-service', { timeoutMs: 5_000, operation: 'POST /prices' }), call('pricing-service', 'cart-service', { timeoutMs: 5_000, operation: 'GET /cart/items' })],
  ),
  rules: ['distributed-monolith'],
  apply: 'publish-subscribe',
  catalogueSection: 'NEVER › Distributed Monolith',
  related: ['asynchronous-events', 'decompose-by-business-capability'],
  keywords: ['cycle', 'cyclic', 'lock-step', 'deploy together', 'coupling'],
};

export const neverIgnoreNetworkFailures: PatternEntry = {
  id: 'never-ignore-network-failures',
  title: 'Never: ignoring network failures',
  kind: 'anti-pattern',
  summary: 'Code written as if remote calls were local calls: no timeouts, naive retries, and no plan for a lost answer.',
  whatItIs: [
    'A function call either returns or throws. A network call can also **never answer**, answer **late**, or do the work and **lose the reply**. Code that ignores this waits forever on a hung service, retries instantly into an overloaded one, and charges a card twice when a reply goes missing.',
    '',
    'Assume the network will fail: a timeout on every call, retries with backoff on idempotent calls only, a breaker, and a decision about what to answer when it all fails.',
  ].join('\n'),
  whenToUse: [],
  whenNot: ['Any remote call.'],
  diagram: diagram(
    'As if the network never failed',
    [service('order-service', [0, 1]), service('payment-service', [1, 0]), service('inventory-service', [1, 2])],
    [call('order-service', 'payment-service', { operation: 'POST /payments' }), call('order-service', 'inventory-service', { operation: 'GET /stock', retry: { attempts: 3, backoff: 'none' } })],
  ),
  rules: ['missing-timeout', 'retry-without-backoff'],
  apply: 'add-breaker',
  catalogueSection: 'NEVER › Ignoring Network Failures',
  related: ['synchronous-calls', 'retry-with-backoff', 'circuit-breaker'],
  keywords: ['timeout', 'network', 'fallacies of distributed computing', 'retry', 'lost reply'],
};

export const neverNoCompensation: PatternEntry = {
  id: 'never-no-compensation',
  title: 'Never: no compensation logic',
  kind: 'anti-pattern',
  summary: 'An operation that changes several services with no way to undo the finished parts leaves the system half-done when a later part fails.',
  whatItIs: [
    'Checkout reserves stock, then charges the card. The charge fails: the stock stays reserved for an order that will never be paid. Or the charge succeeds and confirming the order fails: the customer paid for nothing.',
    '',
    'Without a database transaction across services, every step that changes data needs a **compensation** that undoes it, run in reverse order when a later step fails — a saga.',
  ].join('\n'),
  whenToUse: [],
  whenNot: ['Any operation that writes to two or more services.'],
  diagram: diagram(
    'Checkout with no way back',
    [
      service('checkout-service', [0, 1]),
      service('inventory-service', [1, 0]),
      database('inventory-db', [2, 0]),
      service('payment-service', [1, 2]),
      database('payments-db', [2, 2]),
    ],
    [
      call('checkout-service', 'inventory-service', { operation: 'POST /reservations', timeoutMs: 5_000 }),
      call('checkout-service', 'payment-service', { operation: 'POST /payments', timeoutMs: 5_000 }),
      data('inventory-service', 'inventory-db'),
      data('payment-service', 'payments-db'),
    ],
  ),
  rules: ['missing-compensation'],
  apply: 'wrap-in-saga',
  catalogueSection: 'NEVER › No Compensation Logic',
  related: ['saga'],
  keywords: ['compensation', 'rollback', 'half-done', 'distributed transaction', 'undo'],
};

export const neverStartWithMicroservices: PatternEntry = {
  id: 'never-start-with-microservices',
  title: 'Never: starting with microservices',
  kind: 'anti-pattern',
  summary: 'Splitting a new system into services before the team and the boundaries are ready: start with a well-structured monolith.',
  whatItIs: [
    'A new product changes shape every week. Boundaries drawn on day one are guesses, and moving a boundary between services means moving data, APIs and deployment pipelines — far costlier than moving code between modules. A small team also pays for every service in operations it does not have time for.',
    '',
    'Build one application with clear modules; when a module’s boundary has held for a while and a team needs it to move on its own, extract it with the strangler fig.',
  ].join('\n'),
  whenToUse: [],
  whenNot: ['A small team, a new domain, tight deadlines or unclear boundaries.'],
  diagram: diagram(
    'Five services for three developers',
    [
      client('web-app', [0, 2]),
      service('catalog-service', [1, 0]),
      service('cart-service', [1, 1]),
      service('checkout-service', [1, 2]),
      service('user-service', [1, 3]),
      service('review-service', [1, 4]),
    ],
    [call('web-app', 'catalog-service'), call('web-app', 'cart-service'), call('web-app', 'checkout-service'), call('web-app', 'user-service'), call('web-app', 'review-service')],
    { decision: { teamSize: 3, teams: 1, boundariesClear: false, tightDeadlines: true } },
  ),
  rules: ['premature-microservices'],
  catalogueSection: 'NEVER › Starting with Microservices',
  related: ['decision-framework', 'strangler-fig'],
  keywords: ['premature', 'monolith first', 'startup', 'small team', 'greenfield'],
};

export const neverChattyServices: PatternEntry = {
  id: 'never-chatty-services',
  title: 'Never: chatty services',
  kind: 'anti-pattern',
  summary: 'Services that need dozens of calls to each other per request: every round trip adds latency until the system crawls.',
  whatItIs: [
    'The order page asks the product service for each line item, one call at a time: 20 items, 20 round trips, each with its own latency and its own chance to fail. Chattiness usually means the boundary is in the wrong place — the data one service needs lives in another.',
    '',
    'Batch the calls (one request for all 20 items), keep a local copy of the data the caller keeps asking for (fed by events), or move the boundary so the conversation happens inside one service.',
  ].join('\n'),
  whenToUse: [],
  whenNot: ['More than a handful of calls between two services per request.'],
  diagram: diagram(
    'Twenty calls per page',
    [service('order-service', [0, 0]), service('product-service', [1, 0])],
    [call('order-service', 'product-service', { operation: 'GET /products/{id}', timeoutMs: 5_000, callsPerRequest: 20 })],
  ),
  rules: ['chatty-services'],
  catalogueSection: 'NEVER › Chatty Services',
  related: ['decompose-by-business-capability'],
  keywords: ['chatty', 'round trips', 'n+1', 'latency', 'batch'],
};
