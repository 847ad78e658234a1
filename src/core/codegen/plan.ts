/**
 * The one place that reads the model and decides names and wiring: which nodes become packages, their
 * directories, hosts, environment variables and identifiers, which clients, routes, events and sagas
 * each gets. Renderers only print a plan, so a name is sanitised once and used the same way everywhere.
 */
import type { AsyncLink, BrokerNode, DatabaseNode, GatewayNode, Link, Model, ModelNode, Saga, ServiceNode, SyncLink } from '../model/types.ts';
import { brokerEngine, databaseEngine, DATABASE_RUNTIME, type BrokerEngine, type DatabaseEngine } from './engines.ts';
import { parseOperation, routeMethodName, sagaRoute, type Route } from './routes.ts';
import { camelCase, constantCase, identifierScope, kebabCase, NameScope, pascalCase, slugScope, snakeCase } from './sanitize.ts';
import { kafkaTopic } from './topics.ts';

/** Every service listens on this port inside its container; compose publishes it on a distinct host port. */
export const CONTAINER_PORT = 3000;
/** The host port of the first service in docker-compose; the next get +1, +2, … */
export const FIRST_HOST_PORT = 3001;

export type ServiceLike = ServiceNode | GatewayNode;

export interface WorkspacePlan {
  readonly model: Model;
  /** npm scope of every service package (`@e-commerce`): a service named "fastify" must not shadow the real one. */
  readonly scope: string;
  readonly rootName: string;
  readonly services: readonly ServicePlan[];
  readonly datastores: readonly DatastorePlan[];
  readonly brokers: readonly BrokerPlan[];
  /** Sagas whose orchestrator is not a generated service, so no file carries them. */
  readonly skippedSagas: readonly Saga[];
  /** Node id → the host name it has in docker-compose (also used for externals' placeholder URLs). */
  readonly hosts: ReadonlyMap<string, string>;
}

export interface DatastorePlan {
  readonly node: DatabaseNode;
  readonly host: string;
  readonly engine: DatabaseEngine;
  readonly dbName: string;
  readonly envName: string;
  readonly defaultUrl: string;
  /** Ids of the generated services that use it (more than one is the shared-database anti-pattern). */
  readonly users: readonly string[];
}

export interface BrokerPlan {
  readonly node: BrokerNode;
  readonly host: string;
  readonly engine: BrokerEngine;
}

export interface ServicePlan {
  readonly node: ServiceLike;
  readonly dir: string;
  readonly host: string;
  readonly packageName: string;
  readonly hostPort: number;
  readonly liveness: boolean;
  readonly readiness: boolean;
  readonly datastores: readonly DatastoreRef[];
  readonly peers: readonly PeerPlan[];
  readonly clients: readonly ClientPlan[];
  readonly routes: readonly RoutePlan[];
  readonly events: EventsPlan | undefined;
  readonly sagas: readonly SagaPlan[];
  /** Sync links this service makes that get no client (callee is not something code can call). */
  readonly ignoredLinks: readonly SyncLink[];
}

export interface DatastoreRef {
  readonly store: DatastorePlan;
  /** Property name in `config.datastores`. */
  readonly key: string;
}

export interface PeerPlan {
  readonly node: ModelNode;
  readonly host: string;
  /** Property name in `config.peers`. */
  readonly key: string;
  readonly envName: string;
  readonly defaultUrl: string;
  readonly external: boolean;
}

export interface PipelinePlan {
  /** The drawn link whose policies this is; undefined for saga calls with no link drawn. */
  readonly link: SyncLink | undefined;
  /** Module-level name of the composed policy (`policy1`). */
  readonly name: string;
  /** Module-level name of the fallback text constant, when a fallback is drawn. */
  readonly fallbackName: string | undefined;
}

export interface MethodPlan {
  readonly name: string;
  readonly route: Route;
  readonly pipeline: PipelinePlan;
  /** What the call is for, for its doc comment (user text: render with commentText). */
  readonly purpose: string;
}

export interface ClientPlan {
  readonly peer: PeerPlan;
  /** File name without extension under src/clients/. */
  readonly file: string;
  readonly exportName: string;
  readonly pipelines: readonly PipelinePlan[];
  readonly methods: readonly MethodPlan[];
}

export interface RoutePlan {
  readonly route: Route;
  /** Who calls it and why, for comments (user text). */
  readonly callers: readonly string[];
  /** Set when the route cannot be registered (it would clash with a generated one). */
  readonly skipped?: string;
}

export interface EventTypePlan {
  /** The event's name as drawn; the value of its `type` field. */
  readonly raw: string;
  readonly typeName: string;
  readonly dataName: string;
  readonly publishName: string;
  readonly handlerName: string;
}

export interface TopicEvents {
  readonly topic: string;
  readonly events: readonly EventTypePlan[];
}

export interface EventsPlan {
  readonly types: readonly EventTypePlan[];
  readonly published: readonly { readonly event: EventTypePlan; readonly topic: string }[];
  readonly subscriptions: readonly TopicEvents[];
  /** Topic → Kafka bootstrap servers (host:port of the drawn Kafka brokers it flows through). */
  readonly kafkaBrokers: readonly { readonly topic: string; readonly brokers: readonly string[] }[];
  /** Whether the service touches a Kafka broker drawn in the model (compose then selects the Kafka bus). */
  readonly usesKafka: boolean;
}

export type StepCall =
  | { readonly kind: 'local'; readonly name: string; readonly fnName: string; readonly note?: string }
  | { readonly kind: 'remote'; readonly name: string; readonly client: ClientPlan; readonly method: MethodPlan };

export interface SagaStepPlan {
  readonly service: string;
  readonly action: StepCall;
  readonly compensation: StepCall | undefined;
}

export interface SagaPlan {
  readonly saga: Saga;
  readonly file: string;
  readonly runName: string;
  readonly contextName: string;
  readonly steps: readonly SagaStepPlan[];
}

/** Names the generated modules declare themselves; user-derived identifiers must never take them. */
const GENERATED_IDENTIFIERS = ['DomainEvent', 'EventBus', 'EventHandler', 'HandlerContext', 'InMemoryEventBus', 'KafkaEventBus', 'Logger', 'SagaStep', 'SagaResult', 'SagaTraceEntry'];
/** Files the generator writes into folders that also hold user-named files. */
const FIXED_SAGA_FILES = ['saga-runner'];

const isServiceLike = (node: ModelNode): node is ServiceLike => node.kind === 'service' || node.kind === 'gateway';
const label = (node: ModelNode): string => node.name.trim() || node.id;
const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Resolves the model into everything the renderers print. */
export function planWorkspace(model: Model): WorkspacePlan {
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  // Sorting by id first makes every "first one keeps the name" decision independent of drawing order.
  const sortedNodes = [...model.nodes].sort(byId);
  const links = [...model.links].sort(byId);

  const hostScope = slugScope();
  const hosts = new Map<string, string>();
  for (const node of sortedNodes) {
    if (node.kind === 'client') continue;
    hosts.set(node.id, hostScope.claim(kebabCase(label(node), kebabCase(node.id, node.kind)), node.id));
  }
  const hostOf = (id: string): string => hosts.get(id) ?? kebabCase(id);

  const rootName = kebabCase(model.name, 'architecture');
  const generated = sortedNodes.filter(isServiceLike).sort((a, b) => (hostOf(a.id) < hostOf(b.id) ? -1 : 1));
  const generatedIds = new Set(generated.map((s) => s.id));

  // Datastores: databases a generated service reaches over a data link (in either direction).
  const storeUsers = new Map<string, Set<string>>();
  for (const link of links) {
    if (link.kind !== 'data') continue;
    for (const [svc, db] of [
      [link.from, link.to],
      [link.to, link.from],
    ] as const) {
      if (generatedIds.has(svc) && nodes.get(db)?.kind === 'database') {
        const users = storeUsers.get(db) ?? new Set<string>();
        users.add(svc);
        storeUsers.set(db, users);
      }
    }
  }
  const envScope = new NameScope(['PORT', 'HOST', 'LOG_LEVEL', 'EVENT_BUS', 'KAFKA_BROKERS', 'NODE_ENV', 'PATH', 'HOME']);
  const datastores: DatastorePlan[] = sortedNodes
    .filter((n): n is DatabaseNode => n.kind === 'database' && storeUsers.has(n.id))
    .map((node) => {
      const host = hostOf(node.id);
      const engine = databaseEngine(node);
      const dbName = snakeCase(label(node), 'app');
      return {
        node,
        host,
        engine,
        dbName,
        envName: envScope.claim(`${constantCase(host)}_URL`, `db:${node.id}`),
        defaultUrl: DATABASE_RUNTIME[engine].url(host, dbName),
        users: [...(storeUsers.get(node.id) ?? [])].sort(),
      };
    });
  const storeById = new Map(datastores.map((d) => [d.node.id, d]));

  const brokers: BrokerPlan[] = sortedNodes
    .filter((n): n is BrokerNode => n.kind === 'broker')
    .map((node) => ({ node, host: hostOf(node.id), engine: brokerEngine(node) }));
  const brokerById = new Map(brokers.map((b) => [b.node.id, b]));

  const sagaSlugs = slugScope();
  const sagaSlug = new Map(model.sagas.map((s) => [s.id, sagaSlugs.claim(kebabCase(s.name, kebabCase(s.id, 'saga')), s.id)]));
  const orchestratorOf = (saga: Saga): string | undefined => saga.orchestrator ?? saga.steps[0]?.service;

  const topicsByBroker = brokerTopics(links, nodes);
  // Indexes, so planning each service looks at its own links and sagas only (linear in the model).
  const linksAt = new Map<string, Link[]>();
  for (const link of links) {
    for (const end of link.from === link.to ? [link.from] : [link.from, link.to]) {
      const list = linksAt.get(end);
      if (list) list.push(link);
      else linksAt.set(end, [link]);
    }
  }
  const sagas = [...model.sagas].sort(byId);
  const sagasStepping = new Map<string, Saga[]>();
  const sagasOrchestrated = new Map<string, Saga[]>();
  for (const saga of sagas) {
    const orchestrator = orchestratorOf(saga);
    if (orchestrator !== undefined) sagasOrchestrated.set(orchestrator, [...(sagasOrchestrated.get(orchestrator) ?? []), saga]);
    for (const service of new Set(saga.steps.map((s) => s.service))) {
      const list = sagasStepping.get(service);
      if (list) list.push(saga);
      else sagasStepping.set(service, [saga]);
    }
  }
  const scope = `@${rootName}`;
  const services = generated.map((node, index) => {
    const ctx: ServiceContext = {
      node,
      nodes,
      linksAt,
      sagasOrchestrated,
      sagasStepping,
      hostOf,
      envScope,
      storeById,
      brokerById,
      topicsByBroker,
      sagaSlug,
      orchestratorOf,
      generatedIds,
      scope,
    };
    return planService(ctx, index);
  });

  const skippedSagas = model.sagas.filter((s) => {
    const o = orchestratorOf(s);
    return o === undefined || !generatedIds.has(o);
  });
  return { model, scope, rootName, services, datastores, brokers, skippedSagas, hosts };
}

interface ServiceContext {
  readonly node: ServiceLike;
  readonly nodes: ReadonlyMap<string, ModelNode>;
  /** The links that start or end at each node, in id order (a self-link once). */
  readonly linksAt: ReadonlyMap<string, readonly Link[]>;
  /** Sagas in id order, and for each service the sagas with a step on it. */
  readonly sagasOrchestrated: ReadonlyMap<string, readonly Saga[]>;
  readonly sagasStepping: ReadonlyMap<string, readonly Saga[]>;
  readonly hostOf: (id: string) => string;
  readonly envScope: NameScope;
  readonly storeById: ReadonlyMap<string, DatastorePlan>;
  readonly brokerById: ReadonlyMap<string, BrokerPlan>;
  readonly topicsByBroker: ReadonlyMap<string, readonly DrawnEvent[]>;
  readonly sagaSlug: ReadonlyMap<string, string>;
  readonly orchestratorOf: (saga: Saga) => string | undefined;
  readonly generatedIds: ReadonlySet<string>;
  readonly scope: string;
}

function planService(ctx: ServiceContext, index: number): ServicePlan {
  const { node, nodes, hostOf } = ctx;
  const links = ctx.linksAt.get(node.id) ?? [];
  const host = hostOf(node.id);
  const idents = identifierScope(GENERATED_IDENTIFIERS);

  const storeKeys = identifierScope();
  const datastores: DatastoreRef[] = [];
  for (const link of links) {
    if (link.kind !== 'data') continue;
    const other = link.from === node.id ? link.to : link.to === node.id ? link.from : undefined;
    const store = other === undefined ? undefined : ctx.storeById.get(other);
    if (!store || datastores.some((d) => d.store === store)) continue;
    datastores.push({ store, key: storeKeys.claim(camelCase(store.host, 'datastore'), store.node.id) });
  }

  // Peers and clients: one client file per callee, one policy pipeline per drawn link.
  const peerKeys = identifierScope();
  const clientFiles = slugScope();
  const peers = new Map<string, PeerPlan>();
  const clients = new Map<string, { peer: PeerPlan; file: string; exportName: string; pipelines: PipelinePlan[]; methods: MethodPlan[]; methodNames: NameScope }>();
  const ignoredLinks: SyncLink[] = [];
  let pipelineCount = 0;

  const clientFor = (calleeId: string) => {
    const existing = clients.get(calleeId);
    if (existing) return existing;
    const callee = nodes.get(calleeId)!;
    const calleeHost = hostOf(calleeId);
    const external = callee.kind === 'external';
    const peer: PeerPlan = {
      node: callee,
      host: calleeHost,
      key: peerKeys.claim(camelCase(calleeHost, 'peer'), calleeId),
      envName: ctx.envScope.claim(`${constantCase(calleeHost)}_URL`, `peer:${calleeId}`),
      // An external system's address is not known: a placeholder that fails loudly until configured.
      defaultUrl: external ? `http://${calleeHost}.invalid` : `http://${calleeHost}:${CONTAINER_PORT}`,
      external,
    };
    peers.set(calleeId, peer);
    const [exportName] = idents.claimFamily(camelCase(calleeHost, 'peer'), (b) => [`${b}Client`], `client:${calleeId}`);
    const client = { peer, file: clientFiles.claim(calleeHost, calleeId), exportName: exportName!, pipelines: [], methods: [], methodNames: identifierScope() };
    clients.set(calleeId, client);
    return client;
  };
  const addPipeline = (client: ReturnType<typeof clientFor>, link: SyncLink | undefined): PipelinePlan => {
    pipelineCount += 1;
    const pipeline = { link, name: `policy${pipelineCount}`, fallbackName: link?.fallback === undefined ? undefined : `fallback${pipelineCount}` };
    client.pipelines.push(pipeline);
    return pipeline;
  };

  for (const link of links) {
    if (link.kind !== 'sync' || link.from !== node.id) continue;
    const callee = nodes.get(link.to);
    if (!callee || !(isServiceLike(callee) || callee.kind === 'external')) {
      ignoredLinks.push(link);
      continue;
    }
    const client = clientFor(link.to);
    const pipeline = addPipeline(client, link);
    const route = parseOperation(link.operation);
    const name = client.methodNames.claim(link.operation?.trim() ? routeMethodName(route) : 'call', `link:${link.id}`);
    client.methods.push({ name, route, pipeline, purpose: `${link.operation?.trim() || 'call'} (link ${link.id})` });
  }

  // Sagas this service orchestrates: remote steps call through the client (with the drawn link's policies).
  const sagaFiles = slugScope(FIXED_SAGA_FILES);
  const sagas: SagaPlan[] = [];
  for (const saga of ctx.sagasOrchestrated.get(node.id) ?? []) {
    const slug = ctx.sagaSlug.get(saga.id)!;
    const [runName, contextName] = idents.claimFamily(pascalCase(saga.name, pascalCase(saga.id, 'Saga')), (b) => [`run${b}Saga`, `${b}SagaContext`], `saga:${saga.id}`);
    const stepCall = (service: string, stepName: string, key: string, what: string): StepCall => {
      const target = nodes.get(service);
      if (service !== node.id && target && (isServiceLike(target) || target.kind === 'external')) {
        const client = clientFor(service);
        const drawn = client.pipelines.find((p) => p.link !== undefined && p.link.from === node.id);
        const pipeline = drawn ?? client.pipelines.find((p) => p.link === undefined) ?? addPipeline(client, undefined);
        const route = sagaRoute(slug, stepName);
        // The same step drawn twice calls the same endpoint: one method serves both.
        const known = client.methods.find((m) => m.route.key === route.key && m.pipeline === pipeline);
        const method: MethodPlan = known ?? {
          name: client.methodNames.claim(camelCase(stepName, 'step'), key),
          route,
          pipeline,
          purpose: `${what} "${stepName}" of saga ${saga.name || saga.id}`,
        };
        if (!known) client.methods.push(method);
        return { kind: 'remote', name: stepName, client: client as ClientPlan, method };
      }
      const [fnName] = idents.claimFamily(pascalCase(stepName, 'Step'), (b) => [`local${b}`], key);
      const note = service === node.id ? undefined : target ? `step on ${label(target)} (${target.kind}): not callable over HTTP, so it runs here` : `step on unknown node ${service}`;
      return note === undefined ? { kind: 'local', name: stepName, fnName: fnName! } : { kind: 'local', name: stepName, fnName: fnName!, note };
    };
    const steps = saga.steps.map((step, i) => ({
      service: step.service,
      action: stepCall(step.service, step.action, `saga:${saga.id}:${i}:action`, 'action'),
      compensation: step.compensation === undefined ? undefined : stepCall(step.service, step.compensation, `saga:${saga.id}:${i}:compensation`, 'compensation'),
    }));
    sagas.push({ saga, file: sagaFiles.claim(slug, saga.id), runName: runName!, contextName: contextName!, steps });
  }

  return {
    node,
    dir: host,
    host,
    packageName: `${ctx.scope}/${host}`,
    hostPort: FIRST_HOST_PORT + index,
    liveness: node.kind === 'gateway' || node.healthChecks?.liveness === true,
    readiness: node.kind === 'gateway' || node.healthChecks?.readiness === true,
    datastores,
    peers: [...peers.values()],
    clients: [...clients.values()].map(({ peer, file, exportName, pipelines, methods }) => ({ peer, file, exportName, pipelines, methods })),
    routes: planRoutes(ctx),
    events: planEvents(ctx, idents),
    sagas,
    ignoredLinks,
  };
}

const HEALTH_ROUTES = new Set(['GET /health/live', 'GET /health/ready']);

/** Routes for every operation this service's callers use: drawn sync links and other services' saga steps. */
function planRoutes(ctx: ServiceContext): RoutePlan[] {
  const { node, nodes } = ctx;
  const links = ctx.linksAt.get(node.id) ?? [];
  const routes = new Map<string, { route: Route; callers: string[] }>();
  const add = (route: Route, caller: string) => {
    const known = routes.get(route.key);
    if (known) known.callers.push(caller);
    else routes.set(route.key, { route, callers: [caller] });
  };
  for (const link of links) {
    if (link.kind !== 'sync' || link.to !== node.id) continue;
    const caller = nodes.get(link.from);
    add(parseOperation(link.operation), `${caller ? label(caller) : link.from} → ${link.operation?.trim() || 'call'}`);
  }
  for (const saga of ctx.sagasStepping.get(node.id) ?? []) {
    const orchestrator = ctx.orchestratorOf(saga);
    if (orchestrator === undefined || orchestrator === node.id || !ctx.generatedIds.has(orchestrator)) continue;
    const slug = ctx.sagaSlug.get(saga.id)!;
    for (const step of saga.steps) {
      if (step.service !== node.id) continue;
      const from = `saga ${saga.name || saga.id} (${label(nodes.get(orchestrator)!)})`;
      add(sagaRoute(slug, step.action), `${from}: ${step.action}`);
      if (step.compensation !== undefined) add(sagaRoute(slug, step.compensation), `${from}: compensation ${step.compensation}`);
    }
  }
  const out = [...routes.values()].sort((a, b) => (a.route.key < b.route.key ? -1 : 1));
  const healthKeys = new Set<string>();
  const live = node.kind === 'gateway' || node.healthChecks?.liveness === true;
  const ready = node.kind === 'gateway' || node.healthChecks?.readiness === true;
  if (live) healthKeys.add('GET /health/live');
  if (ready) healthKeys.add('GET /health/ready');
  return out.map(({ route, callers }) =>
    healthKeys.has(route.key) && HEALTH_ROUTES.has(route.key) ? { route, callers, skipped: 'the generated health check answers this path' } : { route, callers },
  );
}

/** An event as drawn on one async link: its type name and topic. */
interface DrawnEvent {
  readonly raw: string;
  readonly topic: string;
}

function drawnEvent(link: AsyncLink, fallbackName: string): DrawnEvent {
  const raw = link.event?.trim() || link.topic?.trim() || `${fallbackName} event`;
  return { raw, topic: kafkaTopic(link.topic?.trim() || raw) };
}

/** What is published into each broker, so a subscription drawn without an event name inherits it. */
function brokerTopics(links: readonly Model['links'][number][], nodes: ReadonlyMap<string, ModelNode>): Map<string, DrawnEvent[]> {
  const out = new Map<string, DrawnEvent[]>();
  for (const link of links) {
    if (link.kind !== 'async' || nodes.get(link.to)?.kind !== 'broker') continue;
    const from = nodes.get(link.from);
    const list = out.get(link.to) ?? [];
    const event = drawnEvent(link, from ? label(from) : link.from);
    if (!list.some((e) => e.raw === event.raw && e.topic === event.topic)) list.push(event);
    out.set(link.to, list);
  }
  return out;
}

function planEvents(ctx: ServiceContext, idents: NameScope): EventsPlan | undefined {
  const { node, nodes } = ctx;
  const links = ctx.linksAt.get(node.id) ?? [];
  const types = new Map<string, EventTypePlan>();
  const typeFor = (raw: string): EventTypePlan => {
    const known = types.get(raw);
    if (known) return known;
    const [typeName, dataName, publishName, handlerName] = idents.claimFamily(pascalCase(raw, 'Domain'), (b) => [`${b}Event`, `${b}Data`, `publish${b}`, `on${b}`], `event:${raw}`);
    const plan = { raw, typeName: typeName!, dataName: dataName!, publishName: publishName!, handlerName: handlerName! };
    types.set(raw, plan);
    return plan;
  };
  const published = new Map<string, { event: EventTypePlan; topic: string }>();
  const subscriptions = new Map<string, Map<string, EventTypePlan>>();
  const kafka = new Map<string, Set<string>>();
  let usesKafka = false;
  const viaKafka = (brokerId: string, topic: string) => {
    const broker = ctx.brokerById.get(brokerId);
    if (!broker || broker.engine !== 'kafka') return;
    usesKafka = true;
    const set = kafka.get(topic) ?? new Set<string>();
    set.add(`${broker.host}:9092`);
    kafka.set(topic, set);
  };

  for (const link of links) {
    if (link.kind !== 'async') continue;
    const from = nodes.get(link.from);
    const to = nodes.get(link.to);
    if (link.from === node.id) {
      const drawn = drawnEvent(link, label(node));
      published.set(`${drawn.raw}\u0000${drawn.topic}`, { event: typeFor(drawn.raw), topic: drawn.topic });
      if (to?.kind === 'broker') viaKafka(to.id, drawn.topic);
    }
    if (link.to === node.id) {
      // Drawn from a broker without an event name: whatever is published into that broker.
      const inherited = from?.kind === 'broker' && !link.event?.trim() && !link.topic?.trim() ? ctx.topicsByBroker.get(from.id) : undefined;
      const events = inherited && inherited.length > 0 ? inherited : [drawnEvent(link, from ? label(from) : link.from)];
      for (const drawn of events) {
        const byType = subscriptions.get(drawn.topic) ?? new Map<string, EventTypePlan>();
        byType.set(drawn.raw, typeFor(drawn.raw));
        subscriptions.set(drawn.topic, byType);
        if (from?.kind === 'broker') viaKafka(from.id, drawn.topic);
      }
    }
  }
  if (types.size === 0) return undefined;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    types: [...types.values()].sort((a, b) => cmp(a.typeName, b.typeName)),
    published: [...published.values()].sort((a, b) => cmp(a.event.publishName, b.event.publishName) || cmp(a.topic, b.topic)),
    subscriptions: [...subscriptions.entries()]
      .sort(([a], [b]) => cmp(a, b))
      .map(([topic, byType]) => ({ topic, events: [...byType.values()].sort((a, b) => cmp(a.raw, b.raw)) })),
    kafkaBrokers: [...kafka.entries()].sort(([a], [b]) => cmp(a, b)).map(([topic, set]) => ({ topic, brokers: [...set].sort() })),
    usesKafka,
  };
}
