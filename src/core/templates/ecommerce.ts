/**
 * The pattern catalogue's own system (shared/seed/microservice-patterns.md): decomposed by business
 * capability, a database per service, resilient sync calls with the catalogue's default policies,
 * OrderCreated over Kafka and the order-fulfilment saga. The reference for what "good" looks like.
 */
import { DEFAULT_BULKHEAD, DEFAULT_CIRCUIT_BREAKER, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, LARGE_BULKHEAD } from '../model/defaults.ts';
import { FORMAT, SCHEMA_VERSION } from '../model/constants.ts';
import type { DatabaseNode, Group, Link, Model, ModelNode, Position, ServiceNode, SyncLink } from '../model/types.ts';
import { groupBoxAround } from '../layout/group-boxes.ts';
import type { Template } from './template.ts';

const ROW = 352; // y of the main request path: client → gateway → order → inventory

type PlacedService = ServiceNode & { group: string; position: Position };

function service(id: string, name: string, group: string, x: number, y: number, replicas = 1): PlacedService {
  return { kind: 'service', id, name, group, position: { x, y }, replicas, healthChecks: { liveness: true, readiness: true } };
}

/** A database centred under its service (service 200 wide, database 170: 15px inset; 60px below). */
function ownedDatabase(id: string, name: string, owner: PlacedService, engine: NonNullable<DatabaseNode['engine']>): DatabaseNode {
  const at = owner.position;
  return { kind: 'database', id, name, group: owner.group, position: { x: at.x + 15, y: at.y + 132 }, engine };
}

/** A sync call between services with every catalogue default: timeout, retry, breaker, idempotency key. */
function resilientCall(id: string, from: string, to: string, operation: string, extra: Partial<SyncLink> = {}): SyncLink {
  return {
    kind: 'sync',
    id,
    from,
    to,
    protocol: 'http',
    operation,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    retry: { ...DEFAULT_RETRY },
    circuitBreaker: { ...DEFAULT_CIRCUIT_BREAKER },
    // Retries are only safe because each call carries an idempotency key.
    idempotent: true,
    ...extra,
  };
}

function build(): Model {
  const order = service('order-service', 'order-service', 'ordering', 570, ROW, 2);
  const payment = service('payment-service', 'payment-service', 'payments', 930, 76, 2);
  const inventory = service('inventory-service', 'inventory-service', 'inventory', 1290, ROW);
  const shipping = service('shipping-service', 'shipping-service', 'shipping', 1290, 740);
  const notification = service('notification-service', 'notification-service', 'notifications', 1290, 1128);
  order.description = 'Order lifecycle; orchestrates the order-fulfilment saga.';
  payment.description = 'Payment processing.';
  inventory.description = 'Stock management and reservations.';
  shipping.description = 'Fulfilment: ships an order once it is created.';
  notification.description = 'Emails and SMS to the customer.';

  const nodes: ModelNode[] = [
    { kind: 'client', id: 'web-app', name: 'web-app', platform: 'web', position: { x: 0, y: ROW + 4 } },
    {
      kind: 'gateway',
      id: 'api-gateway',
      name: 'api-gateway',
      position: { x: 250, y: ROW },
      replicas: 2,
      description: 'The single entry point: routes /api/orders to the order service.',
    },
    order,
    ownedDatabase('orders-db', 'orders_db', order, 'postgresql'),
    payment,
    ownedDatabase('payments-db', 'payments_db', payment, 'postgresql'),
    inventory,
    // Reservations decrement stock under row locks: a relational store.
    ownedDatabase('inventory-db', 'inventory_db', inventory, 'postgresql'),
    shipping,
    // Shipments carry carrier-specific fields: a document store fits.
    ownedDatabase('shipping-db', 'shipping_db', shipping, 'mongodb'),
    notification,
    // Delivery log and de-duplication keys with a TTL.
    ownedDatabase('notifications-db', 'notifications_db', notification, 'redis'),
    // Centred on shipping's row so its three subscriptions fan out evenly.
    { kind: 'broker', id: 'order-events', name: 'order-events', engine: 'kafka', position: { x: 935, y: 744 } },
  ];

  const contexts: [string, string, string][] = [
    ['ordering', 'Ordering', 'Orders team'],
    ['payments', 'Payments', 'Payments team'],
    ['inventory', 'Inventory', 'Inventory team'],
    ['shipping', 'Shipping', 'Fulfilment team'],
    ['notifications', 'Notifications', 'Customer comms team'],
  ];
  // Nodes are placed by hand; each context's box is derived so it always encloses its members exactly.
  const groups: Group[] = contexts.map(([id, name, team]) => ({ id, name, team, ...groupBoxAround(nodes.filter((n) => n.group === id)) }));

  const links: Link[] = [
    { kind: 'sync', id: 'web-app-api-gateway', from: 'web-app', to: 'api-gateway', protocol: 'http', operation: 'POST /api/orders' },
    resilientCall('api-gateway-order-service', 'api-gateway', 'order-service', 'POST /orders'),
    resilientCall('order-service-payment-service', 'order-service', 'payment-service', 'POST /payments', {
      bulkhead: { ...DEFAULT_BULKHEAD },
    }),
    resilientCall('order-service-inventory-service', 'order-service', 'inventory-service', 'POST /reservations', {
      bulkhead: { ...LARGE_BULKHEAD },
      fallback: 'accept the order; stock is reserved from OrderCreated when inventory recovers',
    }),
    { kind: 'async', id: 'order-service-order-events', from: 'order-service', to: 'order-events', event: 'OrderCreated', topic: 'OrderCreated' },
    { kind: 'async', id: 'order-events-inventory-service', from: 'order-events', to: 'inventory-service', event: 'OrderCreated', topic: 'OrderCreated' },
    { kind: 'async', id: 'order-events-shipping-service', from: 'order-events', to: 'shipping-service', event: 'OrderCreated', topic: 'OrderCreated' },
    { kind: 'async', id: 'order-events-notification-service', from: 'order-events', to: 'notification-service', event: 'OrderCreated', topic: 'OrderCreated' },
    { kind: 'data', id: 'order-service-orders-db', from: 'order-service', to: 'orders-db', access: 'read-write' },
    { kind: 'data', id: 'payment-service-payments-db', from: 'payment-service', to: 'payments-db', access: 'read-write' },
    { kind: 'data', id: 'inventory-service-inventory-db', from: 'inventory-service', to: 'inventory-db', access: 'read-write' },
    { kind: 'data', id: 'shipping-service-shipping-db', from: 'shipping-service', to: 'shipping-db', access: 'read-write' },
    { kind: 'data', id: 'notification-service-notifications-db', from: 'notification-service', to: 'notifications-db', access: 'read-write' },
  ];

  return {
    format: FORMAT,
    version: SCHEMA_VERSION,
    name: 'E-commerce',
    description:
      'The catalogue’s e-commerce system, decomposed by business capability. Each service owns its database, ' +
      'every service-to-service call has a timeout, retries with backoff and a circuit breaker, and OrderCreated ' +
      'is published to Kafka so shipping and notifications never sit on the request path. The order-fulfilment ' +
      'saga undoes completed steps in reverse when a later one fails.',
    decision: {
      teamSize: 25,
      teams: 5,
      boundariesClear: true,
      independentDeployment: true,
      tightDeadlines: false,
      requirementsKnown: true,
    },
    groups,
    nodes,
    links,
    sagas: [
      {
        id: 'order-fulfilment',
        name: 'Order fulfilment',
        orchestrator: 'order-service',
        steps: [
          { service: 'order-service', action: 'createOrder', compensation: 'cancelOrder' },
          { service: 'inventory-service', action: 'reserveInventory', compensation: 'releaseInventory' },
          { service: 'payment-service', action: 'processPayment', compensation: 'refundPayment' },
          { service: 'order-service', action: 'confirmOrder', compensation: 'cancelConfirmation' },
        ],
      },
    ],
  };
}

export const ecommerceTemplate: Template = {
  id: 'ecommerce',
  title: 'E-commerce (catalogue)',
  summary: 'Order, payment, inventory, shipping and notification services with a database each, resilient calls, Kafka events and a saga.',
  build,
};
