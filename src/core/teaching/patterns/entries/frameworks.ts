/** The two decision tables of the catalogue: whether to split at all, and sync or async for each conversation. */
import type { PatternEntry } from '../types.ts';
import { broker, call, client, data, database, diagram, gateway, publish, resilientCall, service } from '../../diagram.ts';

export const decisionFramework: PatternEntry = {
  id: 'decision-framework',
  title: 'Decision framework: microservices or not?',
  kind: 'framework',
  summary: 'Decide from the team and the domain whether to split at all: most young systems should start as one well-structured application.',
  whatItIs: [
    'Microservices buy **independent deployment and scaling per team** and pay for it with network failures, distributed data and more moving parts to operate. Whether that trade is worth it depends less on the technology than on the people and the domain:',
    '',
    '- a **small team** (fewer than five developers) with a simple domain → start with a monolith;',
    '- a real need to **deploy or scale parts independently** → consider microservices;',
    '- **several teams with clear domain boundaries** → microservices work well;',
    '- **tight deadlines or requirements still moving** → build the monolith first and extract services later.',
    '',
    'The rule of thumb overrides the table: **if you cannot say where the service boundaries are, you are not ready to draw them.** In Faultline, answer the six decision questions in the Decision panel; the verdict names the rows that applied, and the `premature-microservices` rule flags a design that splits anyway.',
  ].join('\n'),
  whenToUse: ['Before the first service is drawn.', 'When a team proposes "let’s rewrite it as microservices".', 'When the team or the domain has changed enough to revisit the answer.'],
  whenNot: ['As a one-off ceremony: re-answer it when teams, deadlines or boundaries change.'],
  diagram: diagram(
    'A well-structured monolith',
    [client('web-app', [0, 0]), service('shop', [1, 0], { replicas: 2, description: 'Orders, payments and inventory as modules of one deployable.' }), database('shop-db', [2, 0])],
    [call('web-app', 'shop'), data('shop', 'shop-db')],
    { decision: { teamSize: 4, teams: 1, boundariesClear: false, independentDeployment: false, tightDeadlines: true, requirementsKnown: false } },
  ),
  rules: ['premature-microservices'],
  catalogueSection: 'Decision Framework: When to Use Microservices',
  related: ['never-start-with-microservices', 'strangler-fig', 'decompose-by-business-capability'],
  keywords: ['monolith', 'team size', 'verdict', 'boundaries', 'rule of thumb', 'when to use'],
};

export const syncVsAsync: PatternEntry = {
  id: 'sync-vs-async',
  title: 'Sync or async?',
  kind: 'framework',
  summary: 'Choose per conversation: ask synchronously when you need the answer now, publish an event when the work can happen later.',
  whatItIs: [
    'Every arrow between two services is a choice between waiting and not waiting.',
    '',
    '| Call synchronously (REST, gRPC) when… | Publish an event when… |',
    '| --- | --- |',
    '| the caller needs the answer to go on | the caller only reports that something happened |',
    '| it is a simple query and response | the work is long-running |',
    '| latency must be low | decoupling matters more than immediacy |',
    '| the two sides may be tightly coupled | eventual consistency is acceptable |',
    '',
    'A sync call ties the caller’s availability to the callee’s; an event lets the callee be down while the broker queues the work. Most systems need both: queries stay sync, commands and notifications become events.',
  ].join('\n'),
  whenToUse: ['For every new arrow: decide which column it belongs in.', 'When a chain of sync calls grows past two hops.'],
  whenNot: ['Do not turn a query into an event just to avoid a dependency: the caller still needs the answer.'],
  diagram: diagram(
    'Query sync, notify async',
    [
      client('web-app', [0, 0]),
      gateway('api-gateway', [1, 0]),
      service('order-service', [2, 0]),
      service('inventory-service', [3, 0]),
      broker('order-events', [2, 1]),
      service('shipping-service', [3, 1]),
    ],
    [call('web-app', 'api-gateway'), resilientCall('api-gateway', 'order-service'), resilientCall('order-service', 'inventory-service', { operation: 'GET /stock' }), publish('order-service', 'order-events', 'OrderCreated'), publish('order-events', 'shipping-service', 'OrderCreated')],
  ),
  rules: ['sync-chain', 'distributed-monolith'],
  apply: 'publish-subscribe',
  catalogueSection: 'Communication Patterns › When to Use Each',
  related: ['synchronous-calls', 'asynchronous-events', 'never-synchronous-chains'],
  keywords: ['rest', 'grpc', 'events', 'eventual consistency', 'latency', 'coupling', 'communication'],
};
