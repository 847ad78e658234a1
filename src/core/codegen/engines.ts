/**
 * How each drawn datastore and broker engine runs in docker-compose and how a service reaches it.
 * Images are pinned to a major/minor line so `docker compose up` behaves the same next year.
 */
import type { BrokerNode, DatabaseNode } from '../model/types.ts';

export type DatabaseEngine = NonNullable<DatabaseNode['engine']>;
export type BrokerEngine = NonNullable<BrokerNode['engine']>;

/** How readiness checks a datastore without a driver: open a TCP connection, look at a file, or not at all. */
export type CheckKind = 'tcp' | 'file' | 'none';

export interface DatabaseRuntime {
  /** Undefined when there is nothing to run (sqlite lives in a file; "other" is the user's to pick). */
  readonly image?: string;
  readonly port: number;
  readonly check: CheckKind;
  readonly environment: (dbName: string) => readonly (readonly [string, string])[];
  readonly url: (host: string, dbName: string) => string;
}

// Development credentials only: compose files are for a laptop, and the README says so.
const DEV_USER = 'app';
const DEV_PASSWORD = 'app';

export const DATABASE_RUNTIME: Readonly<Record<DatabaseEngine, DatabaseRuntime>> = {
  postgresql: {
    image: 'postgres:16-alpine',
    port: 5432,
    check: 'tcp',
    environment: (db) => [['POSTGRES_DB', db], ['POSTGRES_USER', DEV_USER], ['POSTGRES_PASSWORD', DEV_PASSWORD]],
    url: (host, db) => `postgres://${DEV_USER}:${DEV_PASSWORD}@${host}:5432/${db}`,
  },
  mysql: {
    image: 'mysql:8.4',
    port: 3306,
    check: 'tcp',
    environment: (db) => [['MYSQL_DATABASE', db], ['MYSQL_USER', DEV_USER], ['MYSQL_PASSWORD', DEV_PASSWORD], ['MYSQL_ROOT_PASSWORD', DEV_PASSWORD]],
    url: (host, db) => `mysql://${DEV_USER}:${DEV_PASSWORD}@${host}:3306/${db}`,
  },
  mongodb: {
    image: 'mongo:7.0',
    port: 27017,
    check: 'tcp',
    environment: (db) => [['MONGO_INITDB_DATABASE', db]],
    url: (host, db) => `mongodb://${host}:27017/${db}`,
  },
  redis: { image: 'redis:7.4-alpine', port: 6379, check: 'tcp', environment: () => [], url: (host) => `redis://${host}:6379/0` },
  clickhouse: {
    image: 'clickhouse/clickhouse-server:24.8',
    port: 8123,
    check: 'tcp',
    environment: (db) => [['CLICKHOUSE_DB', db]],
    url: (host, db) => `http://${host}:8123/?database=${db}`,
  },
  cassandra: { image: 'cassandra:5.0', port: 9042, check: 'tcp', environment: () => [], url: (host, db) => `cassandra://${host}:9042/${db}` },
  dynamodb: { image: 'amazon/dynamodb-local:2.5.4', port: 8000, check: 'tcp', environment: () => [], url: (host) => `http://${host}:8000` },
  elasticsearch: {
    image: 'docker.elastic.co/elasticsearch/elasticsearch:8.15.5',
    port: 9200,
    check: 'tcp',
    environment: () => [['discovery.type', 'single-node'], ['xpack.security.enabled', 'false']],
    url: (host) => `http://${host}:9200`,
  },
  sqlite: { port: 0, check: 'file', environment: () => [], url: (_host, db) => `file:./data/${db}.sqlite` },
  other: { port: 0, check: 'none', environment: () => [], url: (host) => `tcp://${host}:0` },
};

export interface BrokerRuntime {
  readonly image?: string;
  readonly port: number;
  readonly environment: (host: string) => readonly (readonly [string, string])[];
}

export const BROKER_RUNTIME: Readonly<Record<BrokerEngine, BrokerRuntime>> = {
  kafka: {
    image: 'apache/kafka:3.8.1',
    port: 9092,
    // A single KRaft node that advertises its compose host name, so other containers can reach it.
    environment: (host) => [
      ['KAFKA_NODE_ID', '1'],
      ['KAFKA_PROCESS_ROLES', 'broker,controller'],
      ['KAFKA_LISTENERS', 'PLAINTEXT://:9092,CONTROLLER://:9093'],
      ['KAFKA_ADVERTISED_LISTENERS', `PLAINTEXT://${host}:9092`],
      ['KAFKA_CONTROLLER_LISTENER_NAMES', 'CONTROLLER'],
      ['KAFKA_LISTENER_SECURITY_PROTOCOL_MAP', 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT'],
      ['KAFKA_CONTROLLER_QUORUM_VOTERS', '1@localhost:9093'],
      ['KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR', '1'],
      ['KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR', '1'],
      ['KAFKA_TRANSACTION_STATE_LOG_MIN_ISR', '1'],
      ['KAFKA_AUTO_CREATE_TOPICS_ENABLE', 'true'],
    ],
  },
  rabbitmq: { image: 'rabbitmq:3.13-management-alpine', port: 5672, environment: () => [] },
  nats: { image: 'nats:2.10-alpine', port: 4222, environment: () => [] },
  sqs: { image: 'softwaremill/elasticmq-native:1.6.11', port: 9324, environment: () => [] },
  pubsub: { image: 'gcr.io/google.com/cloudsdktool/google-cloud-cli:emulators', port: 8085, environment: () => [] },
  'redis-streams': { image: 'redis:7.4-alpine', port: 6379, environment: () => [] },
  other: { port: 0, environment: () => [] },
};

/** The engine drawn, or the one a new node gets in the editor when none is drawn. */
export function databaseEngine(node: DatabaseNode): DatabaseEngine {
  return node.engine ?? 'postgresql';
}

/** The engine drawn, or the editor's default. */
export function brokerEngine(node: BrokerNode): BrokerEngine {
  return node.engine ?? 'kafka';
}
