/** The words every exporter uses for kinds, engines and links, so the formats agree with each other. */
import { assertNever } from '../model/assert-never.ts';
import type { BrokerNode, ClientNode, DatabaseNode, Link, ModelNode } from '../model/types.ts';

const DATABASE_LABELS: Readonly<Record<NonNullable<DatabaseNode['engine']>, string>> = {
  postgresql: 'PostgreSQL',
  mysql: 'MySQL',
  mongodb: 'MongoDB',
  redis: 'Redis',
  clickhouse: 'ClickHouse',
  cassandra: 'Cassandra',
  dynamodb: 'DynamoDB',
  elasticsearch: 'Elasticsearch',
  sqlite: 'SQLite',
  other: 'Datastore',
};

const BROKER_LABELS: Readonly<Record<NonNullable<BrokerNode['engine']>, string>> = {
  kafka: 'Kafka',
  rabbitmq: 'RabbitMQ',
  nats: 'NATS',
  sqs: 'Amazon SQS',
  pubsub: 'Pub/Sub',
  'redis-streams': 'Redis Streams',
  other: 'Message broker',
};

const PLATFORM_LABELS: Readonly<Record<NonNullable<ClientNode['platform']>, string>> = {
  web: 'Web app',
  mobile: 'Mobile app',
  desktop: 'Desktop app',
  cli: 'Command-line tool',
};

/** The name a diagram shows: the node's name, or its id when the name is blank. */
export function displayName(item: { id: string; name: string }): string {
  return item.name.trim() === '' ? item.id : item.name;
}

/** What the node is built with, as C4 and Structurizr call it "technology": `PostgreSQL`, `Kafka`, `API gateway`. */
export function technology(node: ModelNode): string {
  switch (node.kind) {
    case 'service':
      return node.legacy ? 'Legacy monolith' : 'Service';
    case 'database':
      return node.engine === undefined ? 'Database' : DATABASE_LABELS[node.engine];
    case 'broker':
      return node.engine === undefined ? 'Message broker' : BROKER_LABELS[node.engine];
    case 'gateway':
      return 'API gateway';
    case 'client':
      return node.platform === undefined ? 'Client' : PLATFORM_LABELS[node.platform];
    case 'external':
      return 'External system';
    default:
      return assertNever(node, 'node kind');
  }
}

/** What a link does, in a few words: the operation, the event, or how data is accessed. */
export function linkLabel(link: Link): string {
  switch (link.kind) {
    case 'sync':
      return link.operation ?? '';
    case 'async':
      return link.event ?? link.topic ?? '';
    case 'data':
      return link.access === 'read' ? 'reads' : link.access === 'write' ? 'writes' : link.access === 'read-write' ? 'reads and writes' : '';
    default:
      return assertNever(link, 'link kind');
  }
}

/** How a link travels: `HTTP`, `gRPC`, `async`, `data`. */
export function linkTechnology(link: Link): string {
  switch (link.kind) {
    case 'sync':
      return link.protocol === 'grpc' ? 'gRPC' : link.protocol === 'http' ? 'HTTP' : 'sync';
    case 'async':
      return link.topic !== undefined && link.event !== undefined ? `async, topic ${link.topic}` : 'async';
    case 'data':
      return 'data';
    default:
      return assertNever(link, 'link kind');
  }
}

/** A label for a link that has none of its own: what the arrow means. */
export function linkVerb(link: Link): string {
  return linkLabel(link) || (link.kind === 'sync' ? 'calls' : link.kind === 'async' ? 'events' : 'uses');
}
