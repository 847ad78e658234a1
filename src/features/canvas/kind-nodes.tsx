/**
 * One node component per kind: each recognisable at a glance by shape (CSS), icon, colour and badges.
 * Zoomed out, every kind draws the compact card instead (see lod.ts).
 */
import { memo } from 'react';
import type { NodeProps, NodeTypes } from '@xyflow/react';
import type { ArchFlowNode } from './flow-types.ts';
import { CompactNodeCard, NodeCard, useCompact } from './NodeCard.tsx';
import { ContextNode } from './ContextNode.tsx';
import { BrokerIcon, ClientIcon, DatabaseIcon, ExternalIcon, GatewayIcon, ServiceIcon } from '../../ui/icons.tsx';

type Props = NodeProps<ArchFlowNode>;

const ServiceNode = memo(function ServiceNode({ data, selected }: Props) {
  const compact = useCompact(data.node.id);
  if (compact) return <CompactNodeCard node={data.node} mark={data.mark} selected={selected} />;
  const node = data.node;
  if (node.kind !== 'service') return null;
  const badges = [];
  if (node.legacy) badges.push({ label: 'legacy', title: 'A legacy monolith being strangled', tone: 'warn' as const });
  if ((node.replicas ?? 1) > 1) badges.push({ label: `×${node.replicas}`, title: `${node.replicas} replicas` });
  if (node.healthChecks?.liveness && node.healthChecks.readiness) badges.push({ label: 'health', title: 'Liveness and readiness checks' });
  else badges.push({ label: 'no health', title: 'Missing liveness or readiness check', tone: 'muted' as const });
  if (node.team) badges.push({ label: node.team, title: `Team ${node.team}`, tone: 'muted' as const });
  return <NodeCard node={node} mark={data.mark} selected={selected} icon={<ServiceIcon size={20} />} subtitle={node.legacy ? 'Legacy service' : 'Service'} badges={badges} />;
});

const DatabaseNode = memo(function DatabaseNode({ data, selected }: Props) {
  const compact = useCompact(data.node.id);
  if (compact) return <CompactNodeCard node={data.node} mark={data.mark} selected={selected} />;
  const node = data.node;
  const engine = node.kind === 'database' ? node.engine : undefined;
  return <NodeCard node={node} mark={data.mark} selected={selected} icon={<DatabaseIcon size={20} />} subtitle={engine ? `Database · ${engine}` : 'Database'} />;
});

const BrokerNode = memo(function BrokerNode({ data, selected }: Props) {
  const compact = useCompact(data.node.id);
  if (compact) return <CompactNodeCard node={data.node} mark={data.mark} selected={selected} />;
  const node = data.node;
  const engine = node.kind === 'broker' ? node.engine : undefined;
  return <NodeCard node={node} mark={data.mark} selected={selected} icon={<BrokerIcon size={20} />} subtitle={engine ? `Broker · ${engine}` : 'Broker'} />;
});

const GatewayNode = memo(function GatewayNode({ data, selected }: Props) {
  const compact = useCompact(data.node.id);
  if (compact) return <CompactNodeCard node={data.node} mark={data.mark} selected={selected} />;
  const node = data.node;
  const badges = node.kind === 'gateway' && node.parallelCalls ? [{ label: 'aggregates', title: 'Calls downstream services in parallel' }] : [];
  return <NodeCard node={node} mark={data.mark} selected={selected} icon={<GatewayIcon size={20} />} subtitle="API gateway" badges={badges} />;
});

const ClientNode = memo(function ClientNode({ data, selected }: Props) {
  const compact = useCompact(data.node.id);
  if (compact) return <CompactNodeCard node={data.node} mark={data.mark} selected={selected} />;
  const node = data.node;
  const platform = node.kind === 'client' ? node.platform : undefined;
  return <NodeCard node={node} mark={data.mark} selected={selected} icon={<ClientIcon size={20} />} subtitle={platform ? `Client · ${platform}` : 'Client'} />;
});

const ExternalNode = memo(function ExternalNode({ data, selected }: Props) {
  const compact = useCompact(data.node.id);
  if (compact) return <CompactNodeCard node={data.node} mark={data.mark} selected={selected} />;
  return <NodeCard node={data.node} mark={data.mark} selected={selected} icon={<ExternalIcon size={20} />} subtitle="External system" />;
});

/** Module-level so React Flow never sees a new object (which would remount every node). */
export const NODE_TYPES: NodeTypes = {
  service: ServiceNode,
  database: DatabaseNode,
  broker: BrokerNode,
  gateway: GatewayNode,
  client: ClientNode,
  external: ExternalNode,
  context: ContextNode,
};
