/** Lesson 1: the decision framework — a four-person startup that split too early, and the same team a year on. */
import { call, client, diagram, gateway, resilientCall, service } from '../../diagram.ts';
import type { Lesson } from '../schema.ts';

const SERVICES = ['catalog-service', 'cart-service', 'checkout-service', 'payment-service', 'user-service', 'notification-service'];

export const shouldThisBeMicroservices: Lesson = {
  format: 'faultline-lesson',
  version: 1,
  id: 'should-this-be-microservices',
  title: 'Should this be microservices at all?',
  summary: 'Use the decision framework on a startup that split into six services on day one, merge it back into a well-structured monolith, and see when the answer changes.',
  patterns: ['decision-framework', 'never-start-with-microservices', 'strangler-fig'],
  start: diagram(
    'Startup shop',
    [
      client('web-app', [0, 2.5]),
      gateway('api-gateway', [1, 2.5]),
      ...SERVICES.map((id, i) => service(id, [2, i])),
    ],
    [call('web-app', 'api-gateway'), ...SERVICES.map((id) => resilientCall('api-gateway', id))],
    { description: 'Four developers, six weeks to launch, and six services already drawn.' },
  ),
  steps: [
    {
      id: 'answer-the-questions',
      title: 'Answer the decision questions',
      instructions: [
        'Before judging the diagram, describe the team. Open the **Decision** panel and record what you know:',
        '',
        '- **4** developers in **1** team;',
        '- the domain is new: the boundaries between catalog, cart and checkout are **not clear** yet;',
        '- launch is in six weeks: **tight deadlines**;',
        '- the requirements are **not known** yet.',
        '',
        'The framework answers with a verdict and the rows of its table that applied.',
      ].join('\n'),
      hints: ['Answer at least five of the six questions.', 'A team under five developers points to “Start with monolith”.'],
      check: { decision: { answered: { min: 5 }, verdict: 'start-with-monolith' }, label: 'The decision framework says “Start with monolith” (at least 5 questions answered)' },
    },
    {
      id: 'merge-into-a-monolith',
      title: 'Merge into a well-structured monolith',
      instructions: [
        'With that verdict, the **premature-microservices** finding appears: six services are six deployments, six failure points and five network hops a team of four must run — for boundaries nobody is sure of yet.',
        '',
        'Merge the services into **one application** (call it `shop`) behind the gateway. Keep the capabilities as *modules* inside it — write them into its description — so they can be extracted later, once a boundary has proved itself.',
      ].join('\n'),
      hints: ['Delete the six services, add one service and connect the gateway to it.', 'At most three services clears the finding.'],
      check: {
        all: [
          { finding: { rule: 'premature-microservices', expect: 'absent' } },
          { decision: { verdict: ['start-with-monolith', 'monolith-first-extract-later'] }, label: 'The framework still advises a monolith (no changing the answers!)' },
          { node: { kind: 'service', count: { min: 1, max: 3 } } },
        ],
      },
    },
    {
      id: 'a-year-later',
      title: 'A year later',
      instructions: [
        'The shop took off. There are now **18** developers in **3** teams (storefront, ordering, payments). The ordering and payments modules have kept their boundaries for months, payments must now be **released independently** for compliance, the requirements are **known**, and there is **no deadline crunch**.',
        '',
        'Update the answers. What does the framework say now? (The next lesson, and the strangler fig, show how to act on it.)',
      ].join('\n'),
      check: { decision: { verdict: 'microservices-work-well' } },
    },
  ],
};
