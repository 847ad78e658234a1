/**
 * The catalogue's starting point: "always start with a well-structured monolith". A small team with
 * unclear boundaries should stay here; the description walks the learner through the Strangler Fig.
 */
import { FORMAT, SCHEMA_VERSION } from '../model/constants.ts';
import type { Model } from '../model/types.ts';
import type { Template } from './template.ts';

function build(): Model {
  return {
    format: FORMAT,
    version: SCHEMA_VERSION,
    name: 'Shop monolith',
    description:
      'One application owns orders, payments, inventory, shipping and notifications, with one database. ' +
      'Open the decision panel first: a team of four with unclear boundaries and tight deadlines should keep ' +
      'the monolith and structure it well inside. When a boundary becomes clear, decompose with the Strangler ' +
      'Fig: 1) put an API gateway in front of the monolith; 2) pick one bounded context (orders is a good first ' +
      'one) and create a new service with its own database; 3) route new traffic (e.g. /api/orders/v2) to it; ' +
      '4) migrate the rest of that capability; 5) remove it from the monolith. Repeat, and give every new ' +
      'sync call a timeout and a circuit breaker.',
    decision: {
      teamSize: 4,
      teams: 1,
      boundariesClear: false,
      independentDeployment: false,
      tightDeadlines: true,
      requirementsKnown: false,
    },
    groups: [],
    nodes: [
      { kind: 'client', id: 'web-app', name: 'web-app', platform: 'web', position: { x: 0, y: 4 } },
      {
        kind: 'service',
        id: 'shop-monolith',
        name: 'shop-monolith',
        legacy: true,
        position: { x: 250, y: 0 },
        replicas: 2,
        healthChecks: { liveness: true, readiness: true },
        description: 'Orders, payments, inventory, shipping and notifications in one deployable.',
      },
      { kind: 'database', id: 'shop-db', name: 'shop_db', engine: 'postgresql', position: { x: 530, y: -4 } },
    ],
    links: [
      { kind: 'sync', id: 'web-app-shop-monolith', from: 'web-app', to: 'shop-monolith', protocol: 'http', operation: 'POST /api/orders' },
      { kind: 'data', id: 'shop-monolith-shop-db', from: 'shop-monolith', to: 'shop-db', access: 'read-write' },
    ],
    sagas: [],
  };
}

export const monolithTemplate: Template = {
  id: 'monolith',
  title: 'Monolith to decompose',
  summary: 'One legacy application and its database, with a small team: decide whether to split, then strangle it step by step.',
  build,
};
