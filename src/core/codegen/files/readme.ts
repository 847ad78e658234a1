import { assertNever } from '../../model/assert-never.ts';
import { DEFAULT_RETRY } from '../../model/defaults.ts';
import type { Link, ModelNode, SyncLink } from '../../model/types.ts';
import { CONTAINER_PORT, type ServicePlan, type WorkspacePlan } from '../plan.ts';
import { markdownText, mermaidText } from '../sanitize.ts';
import { lines, type Chunk } from '../text.ts';
import { POLICY_ORDER } from './client.ts';

const md = markdownText;

function shape(node: ModelNode, id: string): string {
  const text = `"${mermaidText(node.name || node.id)}"`;
  switch (node.kind) {
    case 'service':
      return `${id}[${text}]`;
    case 'gateway':
      return `${id}{{${text}}}`;
    case 'database':
      return `${id}[(${text})]`;
    case 'broker':
      return `${id}[/${text}/]`;
    case 'client':
      return `${id}([${text}])`;
    case 'external':
      return `${id}[[${text}]]`;
    default:
      return assertNever(node, 'node kind');
  }
}

function edgeLabel(link: Link): string {
  switch (link.kind) {
    case 'sync':
      return link.operation ?? '';
    case 'async':
      return link.event ?? link.topic ?? '';
    case 'data':
      return link.access ?? '';
    default:
      return assertNever(link, 'link kind');
  }
}

function mermaid(plan: WorkspacePlan): string[] {
  const ids = new Map(plan.model.nodes.map((n, i) => [n.id, `n${i}`]));
  const arrows = { sync: '-->', async: '-.->', data: '---' } as const;
  const edges = plan.model.links.flatMap((link) => {
    const from = ids.get(link.from);
    const to = ids.get(link.to);
    if (from === undefined || to === undefined) return [];
    const label = mermaidText(edgeLabel(link));
    return [`  ${from} ${arrows[link.kind]}${label === '' ? '' : `|"${label}"|`} ${to}`];
  });
  return ['```mermaid', 'flowchart LR', ...plan.model.nodes.map((n) => `  ${shape(n, ids.get(n.id)!)}`), ...edges, '```'];
}

/** One line per drawn policy of a sync link ("none" when nothing is drawn). */
export function policySummary(link: SyncLink): string {
  const parts: string[] = [];
  if (link.timeoutMs !== undefined) parts.push(`timeout ${link.timeoutMs} ms`);
  if (link.retry) {
    const r = link.retry;
    const range = r.backoff === 'none' ? '' : ` ${r.minMs ?? DEFAULT_RETRY.minMs}–${r.maxMs ?? DEFAULT_RETRY.maxMs} ms`;
    parts.push(`retry ${r.attempts}× ${r.backoff}${range}${r.jitter ? ' + jitter' : ''}`);
  }
  if (link.circuitBreaker) {
    const b = link.circuitBreaker;
    parts.push(`breaker opens after ${b.failureThreshold}, half-open after ${b.recoveryTimeoutMs} ms, closes after ${b.successThreshold}`);
  }
  if (link.bulkhead) parts.push(`bulkhead ${link.bulkhead.maxConcurrent}`);
  if (link.fallback !== undefined) parts.push(`fallback: ${link.fallback}`);
  if (link.idempotent === true) parts.push('idempotency key');
  return parts.length === 0 ? 'none' : parts.join(' · ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function servicesTable(plan: WorkspacePlan, services: readonly ServicePlan[]): Chunk {
  return [
    row(['Service', 'Kind', 'Directory', 'Port', 'Datastores', 'Health checks']),
    row(['---', '---', '---', '---', '---', '---']),
    ...services.map((s) =>
      row([
        md(s.node.name || s.node.id),
        s.node.kind,
        `\`services/${s.dir}\``,
        `${s.hostPort} → ${CONTAINER_PORT}`,
        s.datastores.map((d) => `${md(d.store.node.name || d.store.node.id)} (${d.store.engine})`).join(', ') || '—',
        [s.liveness && 'live', s.readiness && 'ready'].filter(Boolean).join(', ') || 'none (missing-health-check)',
      ]),
    ),
    plan.services.length === 0 && '',
  ];
}

function linksTable(plan: WorkspacePlan): Chunk {
  const names = new Map(plan.model.nodes.map((n) => [n.id, n.name || n.id]));
  const name = (id: string) => md(names.get(id) ?? id);
  return [
    row(['From', 'To', 'Kind', 'Operation / event', 'Policies']),
    row(['---', '---', '---', '---', '---']),
    ...plan.model.links.map((l) => row([name(l.from), name(l.to), l.kind, md(edgeLabel(l)) || '—', l.kind === 'sync' ? md(policySummary(l)) : '—'])),
  ];
}

function sagasSection(plan: WorkspacePlan): Chunk {
  if (plan.model.sagas.length === 0) return ['No sagas are drawn.'];
  const names = new Map(plan.model.nodes.map((n) => [n.id, n.name || n.id]));
  const skipped = new Set(plan.skippedSagas);
  return plan.model.sagas.flatMap((saga) => {
    const orchestrator = saga.orchestrator ?? saga.steps[0]?.service;
    return [
      `### ${md(saga.name || saga.id)}`,
      '',
      skipped.has(saga)
        ? 'Not generated: its orchestrator is not a service or gateway.'
        : `Orchestrated by ${md(names.get(orchestrator ?? '') ?? orchestrator ?? '?')}. Steps run in order; when one fails, the completed ones are compensated in reverse order.`,
      '',
      ...saga.steps.map((s, i) => `${i + 1}. ${md(s.action)} on ${md(names.get(s.service) ?? s.service)} — ${s.compensation ? `compensation: ${md(s.compensation)}` : 'no compensation (missing-compensation)'}`),
      '',
    ];
  });
}

/** README.md: the architecture (Mermaid), tables of services, links and policies, and how the code works. */
export function renderReadme(plan: WorkspacePlan, services: readonly ServicePlan[]): string {
  const first = services[0];
  return lines(
    `# ${md(plan.model.name)}`,
    '',
    plan.model.description && [md(plan.model.description), ''],
    'TypeScript service stubs generated by Faultline from this model. Every policy drawn on the diagram is code',
    'here; nothing that was not drawn is invented (a comment names the rule that flags what is missing).',
    services.length < plan.services.length && ['', 'Only part of the model was generated; the tables describe the whole model.'],
    '',
    '## Run it',
    '',
    '```sh',
    'npm install',
    'npm run typecheck',
    first && `npm start --workspace ${first.packageName}   # one service; in-memory events, no infrastructure`,
    'docker compose up --build   # everything, with its databases and brokers',
    '```',
    '',
    'Each service reads its settings from the environment (`src/config.ts`); the defaults are the addresses',
    'docker-compose gives each container. `EVENT_BUS=kafka` switches from the in-memory bus to Kafka.',
    '',
    '## Architecture',
    '',
    mermaid(plan),
    '',
    '## Services',
    '',
    servicesTable(plan, services),
    '',
    '## Links and policies',
    '',
    linksTable(plan),
    '',
    '## Sagas',
    '',
    sagasSection(plan),
    '',
    '## How the generated code works',
    '',
    `- **Clients** (\`src/clients/<callee>.ts\`) compose the drawn policies with cockatiel, outermost first: ${POLICY_ORDER}.`,
    '  Retry wraps the breaker so every attempt counts and an open circuit ends retrying at once; the timeout bounds',
    '  each attempt. Only transient failures (no connection, timeout, 5xx, 429) are retried or counted by the breaker.',
    '- **Retry backoff** follows the catalogue’s `wait_exponential(multiplier, min, max)`: the wait before retry *n* is',
    '  multiplier × 2^(n−1) seconds, clamped to [minMs, maxMs]; fixed waits minMs; jitter picks between half and all of it.',
    '- **Circuit breakers** open after `failureThreshold` consecutive failures and let one trial call through after',
    '  `recoveryTimeoutMs`; after a successful trial the circuit stays on probation until `successThreshold` calls in a row',
    '  have succeeded (any failure reopens it).',
    '- **Health**: `/health/live` says the process answers; `/health/ready` checks the service’s own datastores with a',
    '  driver-free TCP check (`src/health/datastores.ts` — swap in a real query once you add a driver) and reports open breakers',
    '  without failing on them, so one broken dependency does not take every caller out of rotation.',
    '- **Events** (`src/events/`) are the catalogue’s `DomainEvent` (id, type, aggregateId, occurredAt, data) behind an',
    '  `EventBus` interface: in-memory by default, Kafka (kafkajs; topic = drawn topic, key = aggregate id) with `EVENT_BUS=kafka`.',
    '- **Sagas** (`src/sagas/`) run their steps in order through the generated clients; when a step fails, the',
    '  completed steps’ compensations run in reverse order, and a failing compensation is logged while the rest still run.',
    '- **Stubs** (route handlers, event handlers, local saga steps) are marked TODO and answer successfully, so the system',
    '  runs end to end before the real work is written.',
  );
}
