import {
  BROKER_ENGINES,
  CLIENT_PLATFORMS,
  DATABASE_ENGINES,
  DEFAULT_SERVICE_RUNTIME,
  LIMITS,
  NODE_KIND_INFO,
  type ModelNode,
  type RuntimeNode,
} from '../../core/model/index.ts';
import type { NodePatch } from '../../core/ops/index.ts';
import { editNode, renameElement } from '../../store/actions.ts';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { selectGroups } from '../../store/selectors.ts';
import { NumberField, Section, SelectField, TextField, ToggleField, formatLimit, type SelectOption } from '../../ui/fields/index.ts';
import { InspectorHeader } from './InspectorHeader.tsx';
import { KindIcon } from './KindIcon.tsx';
import { setNodeContext } from '../../store/actions.ts';
import { InferredNote } from './InferredNote.tsx';
import { RoutesSection } from './RoutesSection.tsx';

const ENGINE_LABELS: Readonly<Record<string, string>> = {
  postgresql: 'PostgreSQL', mysql: 'MySQL', mongodb: 'MongoDB', redis: 'Redis', clickhouse: 'ClickHouse',
  cassandra: 'Cassandra', dynamodb: 'DynamoDB', elasticsearch: 'Elasticsearch', sqlite: 'SQLite',
  kafka: 'Kafka', rabbitmq: 'RabbitMQ', nats: 'NATS', sqs: 'Amazon SQS', pubsub: 'Google Pub/Sub',
  'redis-streams': 'Redis Streams', web: 'Web', mobile: 'Mobile', desktop: 'Desktop', cli: 'Command line', other: 'Other',
};

const options = <T extends string>(values: readonly T[]): SelectOption<T>[] => values.map((value) => ({ value, label: ENGINE_LABELS[value] ?? value }));
const DATABASE_OPTIONS = options(DATABASE_ENGINES);
const BROKER_OPTIONS = options(BROKER_ENGINES);
const PLATFORM_OPTIONS = options(CLIENT_PLATFORMS);

/** Everything about one node, by kind. */
export function NodeInspector({ node }: { node: ModelNode }) {
  const store = useEditorStore();
  const groups = useEditor(selectGroups);
  const edit = (patch: NodePatch, label?: string) => editNode(store, node.id, patch, label);
  const info = NODE_KIND_INFO[node.kind];
  const groupOptions = groups.map((g) => ({ value: g.id, label: g.name || g.id }));

  return (
    <>
      <InspectorHeader tone={node.kind} icon={<KindIcon kind={node.kind} />} title={node.name} subtitle={info.label} detail={node.id} />
      <Section title="General" testId="section-general">
        <TextField label="Name" testId="field-name" value={node.name} required requiredMessage="A node needs a name"
          maxLength={LIMITS.maxNameLength} onCommit={(name) => renameElement(store, node.id, name)} />
        <SelectField label="Context" testId="field-context" value={node.group} options={groupOptions} emptyLabel="None"
          hint={groups.length === 0 ? 'Group nodes into a bounded context to pick one here.' : undefined}
          disabled={groups.length === 0}
          onChange={(group) => setNodeContext(store, node.id, group ?? null)} />
        {node.kind !== 'client' && (
          <TextField label="Team" testId="field-team" value={node.team} placeholder="Who owns it" maxLength={LIMITS.maxNameLength}
            onCommit={(team) => edit({ team: team || undefined }, 'Edit team')} />
        )}
        {node.kind === 'database' && (
          <SelectField label="Engine" testId="field-engine" value={node.engine} options={DATABASE_OPTIONS} emptyLabel="Not set"
            onChange={(engine) => edit({ engine }, 'Change engine')} />
        )}
        {node.kind === 'broker' && (
          <SelectField label="Engine" testId="field-engine" value={node.engine} options={BROKER_OPTIONS} emptyLabel="Not set"
            onChange={(engine) => edit({ engine }, 'Change engine')} />
        )}
        {node.kind === 'client' && (
          <SelectField label="Platform" testId="field-platform" value={node.platform} options={PLATFORM_OPTIONS} emptyLabel="Not set"
            onChange={(platform) => edit({ platform }, 'Change platform')} />
        )}
        <TextField label="Description" testId="field-description" value={node.description} multiline maxLength={10_000}
          placeholder={info.summary} onCommit={(description) => edit({ description: description || undefined }, 'Edit description')} />
        <InferredNote reason={node.inferred} onConfirm={() => edit({ inferred: undefined }, 'Confirm inferred node')} />
      </Section>
      {node.kind === 'gateway' && <RoutesSection gateway={node} />}
      {node.kind !== 'client' && <RuntimeSection node={node} />}
      {node.kind === 'service' && (
        <Section title="Health checks" testId="section-health" hint="Every service needs liveness and readiness probes.">
          <ToggleField label="Liveness probe" testId="field-healthChecks-liveness" hint="Is the process alive?"
            checked={node.healthChecks?.liveness ?? false}
            onChange={(liveness) => edit({ healthChecks: { liveness, readiness: node.healthChecks?.readiness ?? false } }, 'Edit health checks')} />
          <ToggleField label="Readiness probe" testId="field-healthChecks-readiness" hint="Can it serve traffic?"
            checked={node.healthChecks?.readiness ?? false}
            onChange={(readiness) => edit({ healthChecks: { liveness: node.healthChecks?.liveness ?? false, readiness } }, 'Edit health checks')} />
        </Section>
      )}
      {(node.kind === 'service' || node.kind === 'gateway') && (
        <Section title="Behaviour" testId="section-behaviour">
          <ToggleField label="Parallel calls" testId="field-parallelCalls"
            hint="Makes its outgoing sync calls at the same time (an aggregator), not one after another."
            checked={node.parallelCalls ?? false}
            onChange={(parallelCalls) => edit({ parallelCalls: parallelCalls || undefined }, parallelCalls ? 'Call in parallel' : 'Call in sequence')} />
          {node.kind === 'service' && (
            <ToggleField label="Legacy monolith" testId="field-legacy" hint="A legacy system being strangled piece by piece."
              checked={node.legacy ?? false}
              onChange={(legacy) => edit({ legacy: legacy || undefined }, legacy ? 'Mark as legacy' : 'Unmark legacy')} />
          )}
        </Section>
      )}
    </>
  );
}

const DEFAULTS = DEFAULT_SERVICE_RUNTIME;

/** What the failure simulator reads: replicas, capacity, latency and error rate. */
function RuntimeSection({ node }: { node: RuntimeNode }) {
  const store = useEditorStore();
  const edit = (patch: NodePatch, label: string) => editNode(store, node.id, patch, label);
  // Latency is stored as a pair; editing one half of an absent pair starts from the simulator's defaults.
  const latency = node.latency ?? DEFAULTS.latency;
  const errorPercent = node.errorRate === undefined ? undefined : node.errorRate * 100;

  return (
    <Section title="Runtime" testId="section-runtime" hint="What the failure simulator assumes. Leave a field empty to use its default.">
      <NumberField label="Replicas" testId="field-replicas" value={node.replicas} integer min={1} max={LIMITS.maxReplicas}
        placeholder={String(DEFAULTS.replicas)} onCommit={(replicas) => edit({ replicas }, 'Edit replicas')} />
      <NumberField label="Capacity" testId="field-capacity" value={node.capacity} integer min={1} max={LIMITS.maxCapacity}
        placeholder={String(DEFAULTS.capacity)} step={10} onCommit={(capacity) => edit({ capacity }, 'Edit capacity')} />
      <NumberField label="Latency p50" testId="field-latency-p50Ms" value={node.latency?.p50Ms} integer min={0} max={LIMITS.maxLatencyMs}
        unit="ms" step={5} placeholder={String(DEFAULTS.latency.p50Ms)}
        validate={(p50) => (p50 > latency.p99Ms ? `p50 must not exceed p99 (${formatLimit(latency.p99Ms, 'ms')})` : null)}
        onCommit={(p50Ms) => edit({ latency: p50Ms === undefined ? undefined : { p50Ms, p99Ms: latency.p99Ms } }, 'Edit latency')} />
      <NumberField label="Latency p99" testId="field-latency-p99Ms" value={node.latency?.p99Ms} integer min={0} max={LIMITS.maxLatencyMs}
        unit="ms" step={10} placeholder={String(DEFAULTS.latency.p99Ms)}
        validate={(p99) => (p99 < latency.p50Ms ? `p99 must be at least p50 (${formatLimit(latency.p50Ms, 'ms')})` : null)}
        onCommit={(p99Ms) => edit({ latency: p99Ms === undefined ? undefined : { p50Ms: latency.p50Ms, p99Ms } }, 'Edit latency')} />
      <NumberField label="Error rate" testId="field-errorRate" value={errorPercent} min={0} max={100} unit="%" step={0.1}
        placeholder={String(DEFAULTS.errorRate * 100)}
        onCommit={(percent) => edit({ errorRate: percent === undefined ? undefined : Number((percent / 100).toPrecision(12)) }, 'Edit error rate')} />
    </Section>
  );
}
