import { describe, expect, it } from 'vitest';
import { classifyContainer, describe as describeCategory, imageWords } from './classify-container.ts';

const kindOf = (image: string | undefined, name = 'x', extra: { build?: string; env?: string[] } = {}) =>
  describeCategory(classifyContainer({ name, image, build: extra.build, environmentKeys: extra.env ?? [] }).category);

describe('classifyContainer', () => {
  it.each([
    ['postgres:16-alpine', 'database (postgresql)'],
    ['postgis/postgis:15-3.4', 'database (postgresql)'],
    ['mysql:8', 'database (mysql)'],
    ['mariadb:11', 'database (mysql)'],
    ['mongo:3.4', 'database (mongodb)'],
    ['bitnami/redis:7.2', 'database (redis)'],
    ['memcached:1.6', 'database (memcached)'],
    ['cassandra:4', 'database (cassandra)'],
    ['clickhouse/clickhouse-server:24', 'database (clickhouse)'],
    ['docker.elastic.co/elasticsearch/elasticsearch:8.13.0', 'database (elasticsearch)'],
    ['mcr.microsoft.com/mssql/server:2022-latest', 'database (mssql)'],
    ['amazon/dynamodb-local', 'database (dynamodb)'],
    ['confluentinc/cp-kafka:7.6.0', 'broker (kafka)'],
    ['redpandadata/redpanda', 'broker (kafka)'],
    ['rabbitmq:3.8-management-alpine', 'broker (rabbitmq)'],
    ['nats:2.10', 'broker (nats)'],
    ['apachepulsar/pulsar', 'broker (pulsar)'],
    ['nginx:1.25', 'gateway'],
    ['traefik:v3.0', 'gateway'],
    ['envoyproxy/envoy:v1.30', 'gateway'],
    ['kong:3.6', 'gateway'],
    ['haproxy:2.9', 'gateway'],
    ['jaegertracing/all-in-one:1.57', 'infrastructure (tracing)'],
    ['openzipkin/zipkin', 'infrastructure (tracing)'],
    ['otel/opentelemetry-collector-contrib', 'infrastructure (tracing)'],
    ['prom/prometheus', 'infrastructure (monitoring)'],
    ['grafana/grafana', 'infrastructure (monitoring)'],
    ['nginx/nginx-prometheus-exporter', 'infrastructure (monitoring)'],
    ['grafana/loki', 'infrastructure (logging)'],
    ['consul:1.15', 'infrastructure (service registry)'],
    ['steeltoeoss/eureka-server', 'infrastructure (service registry)'],
    ['registry:2', 'infrastructure (service registry)'],
    ['hyness/spring-cloud-config-server', 'infrastructure (config server)'],
    ['confluentinc/cp-zookeeper:7.6.0', 'infrastructure (coordination)'],
    ['mongo-express', 'infrastructure (admin UI)'],
    ['provectuslabs/kafka-ui', 'infrastructure (admin UI)'],
    ['confluentinc/cp-schema-registry', 'infrastructure (Kafka tooling)'],
    ['locustio/locust', 'infrastructure (load generator)'],
    ['weaveworksdemos/load-test:0.1.1', 'infrastructure (load generator)'],
    ['flyway/flyway:10', 'infrastructure (one-off job)'],
    ['acme/orders:1.2', 'service'],
    ['weaveworksdemos/front-end:0.3.12', 'service'],
  ])('image %s → %s', (image, expected) => {
    expect(kindOf(image)).toBe(expected);
  });

  it('does not take an application named after an engine for the engine', () => {
    expect(kindOf('acme/kafka-consumer')).toBe('service');
    expect(kindOf('acme/redis-cart-service')).toBe('service');
    expect(kindOf('acme/order-registry')).toBe('service');
    expect(kindOf(undefined, 'ts-config-service')).toBe('service');
    // …but a gateway is still a gateway when called a service.
    expect(kindOf('acme/gateway-service')).toBe('gateway');
  });

  it('falls back to the build context, then to the service name, and says which it used', () => {
    expect(classifyContainer({ name: 'store', build: './docker/mongo', environmentKeys: [] }).reason).toBe('build context ./docker/mongo → database (mongodb)');
    expect(classifyContainer({ name: 'orders-db', image: 'acme/storage:1', environmentKeys: [] }).reason).toBe('service name "orders-db" (“db”) → database (engine unknown)');
    expect(classifyContainer({ name: 'users-db', image: 'acme/users-db', environmentKeys: ['POSTGRES_PASSWORD'] })).toEqual({
      category: { kind: 'database', engine: 'postgresql', label: 'postgresql' },
      reason: 'image acme/users-db (“db”) → database; env POSTGRES_PASSWORD → postgresql',
    });
    expect(classifyContainer({ name: 'api', environmentKeys: [] }).reason).toBe('service name "api" → service (no datastore, broker, proxy or infrastructure recognised)');
  });

  it('ignores tags, digests, registries with ports and unresolved variables in image names', () => {
    expect(imageWords('localhost:5000/team/mongo:4@sha256:abc')).toEqual(['localhost', '5000', 'team', 'mongo']);
    expect(imageWords('${REGISTRY}/rs-mysql-db:${TAG}')).toEqual(['rs', 'mysql', 'db']);
    expect(kindOf('postgres14-custom')).toBe('database (postgresql)');
  });
});
