/**
 * src/events/*: the catalogue's DomainEvent, an EventBus port with an in-memory bus (no infrastructure)
 * and a Kafka adapter (kafkajs) chosen by configuration, typed publishers and subscriber handler stubs.
 */
import type { EventsPlan, ServicePlan } from '../plan.ts';
import { commentText, jsString } from '../sanitize.ts';
import { constant, lines } from '../text.ts';
import { header } from './header.ts';

/** src/events/domain-event.ts */
export const renderDomainEvent = constant(() =>
  lines(
    header('The DomainEvent shape.'),
    "import { randomUUID } from 'node:crypto';",
    '',
    '/** What happened (type), to which aggregate, when, and with what data: the catalogue’s DomainEvent. */',
    'export interface DomainEvent<TType extends string = string, TData = unknown> {',
    '  readonly id: string;',
    '  readonly type: TType;',
    '  readonly aggregateId: string;',
    '  /** ISO 8601. */',
    '  readonly occurredAt: string;',
    '  readonly data: TData;',
    '}',
    '',
    '/** A new event with a fresh id, stamped now. */',
    'export function newEvent<TType extends string, TData>(type: TType, aggregateId: string, data: TData): DomainEvent<TType, TData> {',
    '  return { id: randomUUID(), type, aggregateId, occurredAt: new Date().toISOString(), data };',
    '}',
    '',
    '/** Whether a decoded message has the DomainEvent shape (messages come from outside: check before use). */',
    'export function isDomainEvent(value: unknown): value is DomainEvent {',
    "  if (typeof value !== 'object' || value === null) return false;",
    '  const v = value as Record<string, unknown>;',
    "  return typeof v['id'] === 'string' && typeof v['type'] === 'string' && typeof v['aggregateId'] === 'string' && typeof v['occurredAt'] === 'string' && 'data' in v;",
    '}',
  ),
);

/** src/events/event-bus.ts */
export const renderEventBus = constant(() =>
  lines(
    header('The EventBus port.'),
    "import type { DomainEvent } from './domain-event.js';",
    '',
    'export type EventHandler = (event: DomainEvent) => Promise<void>;',
    '',
    '/** Where events go: an in-process bus in development and tests, Kafka in production (config.eventBus.kind). */',
    'export interface EventBus {',
    '  publish(topic: string, event: DomainEvent): Promise<void>;',
    '  /** Registers a handler; call before start(). */',
    '  subscribe(topic: string, handler: EventHandler): Promise<void>;',
    '  /** Begins delivering to the subscribed handlers. */',
    '  start(): Promise<void>;',
    '  close(): Promise<void>;',
    '}',
  ),
);

/** src/events/in-memory-bus.ts */
export const renderInMemoryBus = constant(() =>
  lines(
    header('The in-memory EventBus.'),
    "import { log } from '../log.js';",
    "import type { DomainEvent } from './domain-event.js';",
    "import type { EventBus, EventHandler } from './event-bus.js';",
    '',
    '/**',
    ' * Delivers events inside this process: no broker, for development and tests. publish() resolves once',
    ' * every handler has run; a failing handler is logged, never thrown at the publisher, as with a broker.',
    ' */',
    'export class InMemoryEventBus implements EventBus {',
    '  private readonly handlers = new Map<string, EventHandler[]>();',
    '',
    '  async publish(topic: string, event: DomainEvent): Promise<void> {',
    '    for (const handler of this.handlers.get(topic) ?? []) {',
    '      try {',
    '        // A copy per handler, as a broker delivers: one handler cannot change what the next one sees.',
    '        await handler(structuredClone(event));',
    '      } catch (error) {',
    "        log.error({ topic, eventId: event.id, error: error instanceof Error ? error.message : String(error) }, 'event handler failed');",
    '      }',
    '    }',
    '  }',
    '',
    '  async subscribe(topic: string, handler: EventHandler): Promise<void> {',
    '    this.handlers.set(topic, [...(this.handlers.get(topic) ?? []), handler]);',
    '  }',
    '',
    '  async start(): Promise<void> {}',
    '',
    '  async close(): Promise<void> {',
    '    this.handlers.clear();',
    '  }',
    '}',
  ),
);

/** src/events/kafka-bus.ts */
export const renderKafkaBus = constant(() =>
  lines(
    header('The Kafka EventBus (kafkajs).'),
    "import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';",
    "import { log } from '../log.js';",
    "import { isDomainEvent, type DomainEvent } from './domain-event.js';",
    "import type { EventBus, EventHandler } from './event-bus.js';",
    '',
    'export interface KafkaBusOptions {',
    '  readonly clientId: string;',
    '  /** Consumer group: every instance of this service shares the work of one subscription. */',
    '  readonly groupId: string;',
    '  /** Bootstrap servers of the cluster that carries `topic`. */',
    '  readonly brokersFor: (topic: string) => readonly string[];',
    '}',
    '',
    'interface Cluster {',
    '  readonly kafka: Kafka;',
    '  readonly handlers: Map<string, EventHandler[]>;',
    '  producer?: Promise<Producer>;',
    '  consumer?: Consumer;',
    '}',
    '',
    '/**',
    ' * Topic = the drawn topic; message key = the aggregate id, so one aggregate’s events stay in order on',
    ' * one partition; value = the event as JSON. Topics drawn on different brokers get their own client.',
    ' */',
    'export class KafkaEventBus implements EventBus {',
    '  private readonly clusters = new Map<string, Cluster>();',
    '  private readonly options: KafkaBusOptions;',
    '',
    '  constructor(options: KafkaBusOptions) {',
    '    this.options = options;',
    '  }',
    '',
    '  private cluster(topic: string): Cluster {',
    '    const brokers = [...this.options.brokersFor(topic)];',
    "    const key = brokers.join(',');",
    '    let cluster = this.clusters.get(key);',
    '    if (!cluster) {',
    '      cluster = { kafka: new Kafka({ clientId: this.options.clientId, brokers, logLevel: logLevel.WARN }), handlers: new Map() };',
    '      this.clusters.set(key, cluster);',
    '    }',
    '    return cluster;',
    '  }',
    '',
    '  async publish(topic: string, event: DomainEvent): Promise<void> {',
    '    const cluster = this.cluster(topic);',
    '    cluster.producer ??= (async () => {',
    '      const producer = cluster.kafka.producer();',
    '      await producer.connect();',
    '      return producer;',
    '    })();',
    '    const producer = await cluster.producer;',
    '    await producer.send({ topic, messages: [{ key: event.aggregateId, value: JSON.stringify(event) }] });',
    '  }',
    '',
    '  async subscribe(topic: string, handler: EventHandler): Promise<void> {',
    '    const cluster = this.cluster(topic);',
    '    cluster.handlers.set(topic, [...(cluster.handlers.get(topic) ?? []), handler]);',
    '  }',
    '',
    '  async start(): Promise<void> {',
    '    for (const cluster of this.clusters.values()) {',
    '      if (cluster.handlers.size === 0 || cluster.consumer) continue;',
    '      const consumer = cluster.kafka.consumer({ groupId: this.options.groupId });',
    '      cluster.consumer = consumer;',
    '      await consumer.connect();',
    '      for (const topic of cluster.handlers.keys()) await consumer.subscribe({ topic, fromBeginning: false });',
    '      await consumer.run({',
    '        eachMessage: async ({ topic, message }) => {',
    '          let event: unknown;',
    '          try {',
    "            event = JSON.parse(message.value?.toString() ?? 'null');",
    '          } catch {',
    '            event = undefined;',
    '          }',
    '          if (!isDomainEvent(event)) {',
    "            log.warn({ topic, offset: message.offset }, 'message is not a DomainEvent: skipped');",
    '            return;',
    '          }',
    '          for (const handler of cluster.handlers.get(topic) ?? []) await handler(event);',
    '        },',
    '      });',
    '    }',
    '  }',
    '',
    '  async close(): Promise<void> {',
    '    for (const cluster of this.clusters.values()) {',
    '      await cluster.consumer?.disconnect();',
    '      if (cluster.producer) await (await cluster.producer).disconnect();',
    '    }',
    '  }',
    '}',
  ),
);

/** src/events/bus.ts: the bus config selects. */
export const renderBusSelection = constant(() =>
  lines(
    header('The event bus this process uses.'),
    "import { config } from '../config.js';",
    "import type { EventBus } from './event-bus.js';",
    "import { InMemoryEventBus } from './in-memory-bus.js';",
    "import { KafkaEventBus } from './kafka-bus.js';",
    '',
    '/** EVENT_BUS=kafka: Kafka at the drawn brokers; otherwise in-memory, which works with no infrastructure. */',
    'export const eventBus: EventBus =',
    "  config.eventBus.kind === 'kafka'",
    '    ? new KafkaEventBus({ clientId: config.eventBus.clientId, groupId: config.eventBus.groupId, brokersFor: config.eventBus.brokersFor })',
    '    : new InMemoryEventBus();',
  ),
);

function roles(events: EventsPlan, raw: string): string {
  const published = events.published.filter((p) => p.event.raw === raw).map((p) => p.topic);
  const subscribed = events.subscriptions.filter((s) => s.events.some((e) => e.raw === raw)).map((s) => s.topic);
  return [published.length > 0 && `published on ${published.join(', ')}`, subscribed.length > 0 && `handled from ${subscribed.join(', ')}`].filter(Boolean).join('; ');
}

/** src/events/types.ts: one DomainEvent type per event this service publishes or handles. */
export function renderEventTypes(service: ServicePlan, events: EventsPlan): string {
  return lines(
    header(`${service.dir}: the events it publishes and handles.`),
    "import type { DomainEvent } from './domain-event.js';",
    ...events.types.flatMap((t) => [
      '',
      `// ${commentText(t.raw)}: ${commentText(roles(events, t.raw))}.`,
      `// TODO: list the fields ${commentText(t.raw)} carries.`,
      `export interface ${t.dataName} {`,
      '  readonly [field: string]: unknown;',
      '}',
      `export type ${t.typeName} = DomainEvent<${jsString(t.raw)}, ${t.dataName}>;`,
    ]),
  );
}

/** src/events/publisher.ts: a typed publish function per event this service publishes. */
export function renderPublisher(service: ServicePlan, events: EventsPlan): string {
  const byEvent = new Map<string, { typeName: string; dataName: string; publishName: string; raw: string; topics: string[] }>();
  for (const { event, topic } of events.published) {
    const entry = byEvent.get(event.raw) ?? { ...event, topics: [] };
    entry.topics.push(topic);
    byEvent.set(event.raw, entry);
  }
  const published = [...byEvent.values()];
  return lines(
    header(`${service.dir}: publishers.`),
    "import { eventBus } from './bus.js';",
    "import { newEvent } from './domain-event.js';",
    "import type { EventBus } from './event-bus.js';",
    `import type { ${published.flatMap((p) => [p.dataName, p.typeName]).join(', ')} } from './types.js';`,
    ...published.flatMap((p) => [
      '',
      `// Publishes ${commentText(p.raw)} on ${commentText(p.topics.join(', '))}; resolves with the event sent.`,
      `export async function ${p.publishName}(aggregateId: string, data: ${p.dataName}, bus: EventBus = eventBus): Promise<${p.typeName}> {`,
      `  const event = newEvent(${jsString(p.raw)}, aggregateId, data);`,
      ...p.topics.map((topic) => `  await bus.publish(${jsString(topic)}, event);`),
      '  return event;',
      '}',
    ]),
  );
}

/** src/events/subscriber.ts: a handler stub per event this service handles, and their subscription. */
export function renderSubscriber(service: ServicePlan, events: EventsPlan): string {
  const handled = events.types.filter((t) => events.subscriptions.some((s) => s.events.includes(t)));
  return lines(
    header(`${service.dir}: event handlers.`),
    "import type { Logger } from '../log.js';",
    "import type { EventBus } from './event-bus.js';",
    `import type { ${handled.map((t) => t.typeName).join(', ')} } from './types.js';`,
    '',
    '/** What a handler gets besides its event. */',
    'export interface HandlerContext {',
    '  readonly log: Logger;',
    '}',
    ...handled.flatMap((t) => [
      '',
      `// Handles ${commentText(t.raw)}. TODO: replace the log line with what this service does about it.`,
      `export async function ${t.handlerName}(event: ${t.typeName}, context: HandlerContext): Promise<void> {`,
      `  context.log.info({ eventId: event.id, type: event.type, aggregateId: event.aggregateId }, 'event received');`,
      '}',
    ]),
    '',
    '/** Subscribes each handler to the topics drawn for it; events of a type not drawn are logged and skipped. */',
    'export async function subscribeHandlers(bus: EventBus, context: HandlerContext): Promise<void> {',
    ...events.subscriptions.flatMap((s) => [
      `  await bus.subscribe(${jsString(s.topic)}, async (event) => {`,
      '    switch (event.type) {',
      ...s.events.flatMap((t) => [`      case ${jsString(t.raw)}:`, `        return ${t.handlerName}(event as ${t.typeName}, context);`]),
      '      default:',
      `        context.log.warn({ topic: ${jsString(s.topic)}, type: event.type }, 'event of a type not drawn: skipped');`,
      '    }',
      '  });',
    ]),
    '}',
  );
}
