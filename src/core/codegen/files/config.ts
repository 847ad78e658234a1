import { DATABASE_RUNTIME } from '../engines.ts';
import { CONTAINER_PORT, type ServicePlan } from '../plan.ts';
import { commentText, jsString } from '../sanitize.ts';
import { lines } from '../text.ts';
import { header } from './header.ts';

/** src/config.ts: every address the service needs, from the environment, defaulting to docker-compose's. */
export function renderConfig(service: ServicePlan): string {
  const events = service.events;
  return lines(
    header(`${service.dir}: configuration. Every value can be set from the environment; the defaults are the addresses docker-compose.yml gives each container.`),
    '',
    'function env(name: string, fallback: string): string {',
    '  const value = process.env[name]?.trim();',
    "  return value === undefined || value === '' ? fallback : value;",
    '}',
    '',
    'function portFrom(name: string, fallback: number): number {',
    '  const value = Number(env(name, String(fallback)));',
    '  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} must be a port number`);',
    '  return value;',
    '}',
    events && [
      '',
      'function listFrom(name: string): readonly string[] | undefined {',
      "  const value = env(name, '');",
      "  return value === '' ? undefined : value.split(',').map((item) => item.trim()).filter((item) => item !== '');",
      '}',
      '',
      '// Where each topic’s drawn Kafka broker listens; KAFKA_BROKERS overrides them all (one cluster).',
      'const KAFKA_BROKERS = new Map<string, readonly string[]>([',
      ...events.kafkaBrokers.map((k) => `  [${jsString(k.topic)}, [${k.brokers.map(jsString).join(', ')}]],`),
      ']);',
      "const kafkaOverride = listFrom('KAFKA_BROKERS');",
    ],
    '',
    'export const config = {',
    `  service: ${jsString(service.dir)},`,
    "  host: env('HOST', '0.0.0.0'),",
    `  port: portFrom('PORT', ${CONTAINER_PORT}),`,
    "  logLevel: env('LOG_LEVEL', 'info'),",
    '  /** The datastores this service owns (a database per service): engine, how readiness checks it, URL. */',
    '  datastores: {',
    ...service.datastores.flatMap((d) => [
      `    // ${commentText(d.store.node.name || d.store.node.id)}${d.store.users.length > 1 ? ' — also used by other services (rule shared-database)' : ''}`,
      `    ${d.key}: { engine: ${jsString(d.store.engine)}, check: ${jsString(DATABASE_RUNTIME[d.store.engine].check)}, url: env(${jsString(d.store.envName)}, ${jsString(d.store.defaultUrl)}) },`,
    ]),
    '  },',
    '  /** Base URLs of the services this one calls. */',
    '  peers: {',
    ...service.peers.flatMap((p) => [
      `    // ${commentText(p.node.name || p.node.id)}${p.external ? ' (external system: set its real address)' : ''}`,
      `    ${p.key}: env(${jsString(p.envName)}, ${jsString(p.defaultUrl)}),`,
    ]),
    '  },',
    events && [
      '  /** EVENT_BUS=kafka selects Kafka; anything else the in-memory bus, which needs no infrastructure. */',
      '  eventBus: {',
      "    kind: env('EVENT_BUS', 'memory') === 'kafka' ? ('kafka' as const) : ('memory' as const),",
      `    clientId: ${jsString(service.dir)},`,
      `    groupId: ${jsString(service.dir)},`,
      "    brokersFor: (topic: string): readonly string[] => kafkaOverride ?? KAFKA_BROKERS.get(topic) ?? ['localhost:9092'],",
      '  },',
    ],
    '} as const;',
  );
}
