/**
 * What a container is, recognised from the words of its image (or build context, or service name).
 * A signature is a run of words that must appear next to each other: `mongo express` is an admin UI
 * even though `mongo` alone is a database. The order of SIGNATURES matters: the first match wins, so
 * compound tools (exporters, admin UIs, Kafka tooling) come before the engines they are named after.
 */
import type { DatabaseNode, BrokerNode } from '../../model/types.ts';

export type DatabaseEngine = NonNullable<DatabaseNode['engine']>;
export type BrokerEngine = NonNullable<BrokerNode['engine']>;

/** The roles of containers that run the platform rather than the application. */
export type InfrastructureRole =
  | 'tracing'
  | 'monitoring'
  | 'logging'
  | 'service registry'
  | 'config server'
  | 'coordination'
  | 'secrets'
  | 'admin UI'
  | 'Kafka tooling'
  | 'load generator'
  | 'one-off job'
  | 'mail catcher'
  | 'ops tooling';

export type Category =
  | { kind: 'database'; engine?: DatabaseEngine; label: string }
  | { kind: 'broker'; engine: BrokerEngine; label: string }
  | { kind: 'gateway'; label: string }
  | { kind: 'infrastructure'; role: InfrastructureRole; label: string };

export interface Signature {
  readonly words: readonly string[];
  readonly category: Category;
  /** The words must be the whole name (`registry:2`, not `product-registry`). */
  readonly exact?: boolean;
}

const db = (engine: DatabaseEngine | undefined, label: string): Category => (engine === undefined ? { kind: 'database', label } : { kind: 'database', engine, label });
const broker = (engine: BrokerEngine, label: string): Category => ({ kind: 'broker', engine, label });
const gateway = (label: string): Category => ({ kind: 'gateway', label });
const infra = (role: InfrastructureRole, label: string): Category => ({ kind: 'infrastructure', role, label });

/** Comma-separated phrases of space-separated words; a leading `=` marks a whole-name match. */
function sig(phrases: string, category: Category): Signature[] {
  return phrases.split(',').map((raw) => {
    const phrase = raw.trim();
    const exact = phrase.startsWith('=');
    const words = (exact ? phrase.slice(1) : phrase).split(' ');
    return exact ? { words, category, exact } : { words, category };
  });
}

export const SIGNATURES: readonly Signature[] = [
  // Infrastructure first: many of these are named after the engine they watch or administer.
  ...sig('jaeger, jaegertracing, zipkin, openzipkin, tempo, otel collector, opentelemetry collector, otelcol, skywalking, apm server, signoz', infra('tracing', 'tracing')),
  ...sig('loki, promtail, fluentd, fluent bit, fluentbit, logstash, kibana, filebeat, metricbeat, graylog, splunk', infra('logging', 'logging')),
  ...sig('exporter, prometheus, grafana, alertmanager, cadvisor, pushgateway, victoriametrics, netdata, telegraf, statsd, datadog, instana, newrelic', infra('monitoring', 'monitoring')),
  ...sig('mongo express, redis commander, redisinsight, phpmyadmin, adminer, pgadmin, pgadmin4, portainer, dozzle, akhq, kafdrop, kafka ui, rabbitmq admin', infra('admin UI', 'admin UI')),
  ...sig('schema registry, kafka connect, kafka rest, ksqldb, ksqldb server, control center', infra('Kafka tooling', 'Kafka tooling')),
  ...sig('eureka, consul, nacos, service registry, discovery server, discovery service, =registry', infra('service registry', 'service registry')),
  ...sig('config server, configserver, spring cloud config', infra('config server', 'config server')),
  ...sig('zookeeper, etcd', infra('coordination', 'coordination')),
  ...sig('vault', infra('secrets', 'secrets')),
  ...sig('locust, k6, jmeter, gatling, vegeta, artillery, load test, load tester, load generator, loadgen, loadgenerator', infra('load generator', 'load generator')),
  ...sig('migrate, migration, migrations, flyway, liquibase, db init, mongo init, seed, seeder', infra('one-off job', 'one-off job')),
  ...sig('mailhog, mailpit, maildev, mailcatcher', infra('mail catcher', 'mail catcher')),
  ...sig('watchtower, autoheal', infra('ops tooling', 'ops tooling')),

  // Brokers.
  ...sig('kafka, redpanda, cp kafka', broker('kafka', 'kafka')),
  ...sig('rabbitmq, rabbit', broker('rabbitmq', 'rabbitmq')),
  ...sig('nats, jetstream', broker('nats', 'nats')),
  ...sig('elasticmq, sqs', broker('sqs', 'sqs')),
  ...sig('pubsub, pubsub emulator', broker('pubsub', 'pubsub')),
  ...sig('activemq, artemis, pulsar, nsq, nsqd, mosquitto, emqx, hivemq, eventstore', broker('other', 'message broker')),

  // Databases and caches.
  ...sig('postgres, postgresql, postgis, timescaledb, pgvector', db('postgresql', 'postgresql')),
  ...sig('mysql, mariadb, percona', db('mysql', 'mysql')),
  ...sig('mongo, mongodb', db('mongodb', 'mongodb')),
  ...sig('redis, valkey, keydb, dragonfly', db('redis', 'redis')),
  ...sig('clickhouse', db('clickhouse', 'clickhouse')),
  ...sig('cassandra, scylla, scylladb', db('cassandra', 'cassandra')),
  ...sig('dynamodb, dynamodb local', db('dynamodb', 'dynamodb')),
  ...sig('elasticsearch, opensearch', db('elasticsearch', 'elasticsearch')),
  ...sig('sqlite', db('sqlite', 'sqlite')),
  ...sig('memcached, mssql, sqlserver, oracle, couchdb, couchbase, neo4j, influxdb, cockroach, cockroachdb, arangodb, rethinkdb, minio, solr, hazelcast, etcd db', db('other', 'datastore')),
  // A container named `<x>-db` with an image we do not know: a datastore of unknown engine.
  ...sig('db, database, datastore', db(undefined, 'datastore (engine unknown)')),

  // Gateways and reverse proxies.
  ...sig('nginx, openresty, traefik, envoy, kong, haproxy, caddy, apisix, tyk, krakend, zuul', gateway('gateway')),
  ...sig('gateway, api gateway, ingress, edge router, edge proxy, reverse proxy, load balancer, loadbalancer', gateway('gateway')),
];

/**
 * Words that say a container is an application *using* an engine (`kafka-consumer`, `redis-cart-service`),
 * not the engine itself. Outside the matched phrase they veto a match, except a gateway's
 * (`gateway-service` is still a gateway).
 */
export const APPLICATION_WORDS: ReadonlySet<string> = new Set([
  'consumer', 'producer', 'client', 'worker', 'service', 'svc', 'api', 'app', 'adapter', 'bridge', 'listener',
  'processor', 'handler', 'loader', 'sink', 'source', 'web', 'frontend', 'backend',
]);

/**
 * Environment keys a database image reads on first start. They name the engine of a datastore whose
 * image does not (`weaveworksdemos/catalogue-db` with `MYSQL_ROOT_PASSWORD`).
 */
export const ENGINE_ENV_PREFIXES: readonly (readonly [prefix: string, engine: DatabaseEngine])[] = [
  ['MYSQL_', 'mysql'],
  ['MARIADB_', 'mysql'],
  ['POSTGRES_', 'postgresql'],
  ['PGDATA', 'postgresql'],
  ['MONGO_INITDB_', 'mongodb'],
  ['REDIS_', 'redis'],
];
