import type { LinkKind, ModelNode, NodeKind } from './types.ts';

export interface NodeKindInfo {
  kind: NodeKind;
  label: string;
  /** Base for new names and ids: `service` → `service-2`. */
  defaultName: string;
  summary: string;
}

export const NODE_KIND_INFO: Readonly<Record<NodeKind, NodeKindInfo>> = {
  service: { kind: 'service', label: 'Service', defaultName: 'service', summary: 'A deployable unit that owns one business capability.' },
  database: { kind: 'database', label: 'Database', defaultName: 'database', summary: 'A datastore; one per service is the pattern.' },
  broker: { kind: 'broker', label: 'Broker / topic', defaultName: 'events', summary: 'A topic, queue or bus that carries events.' },
  gateway: { kind: 'gateway', label: 'API gateway', defaultName: 'api-gateway', summary: 'The single entry point: routing and aggregation.' },
  client: { kind: 'client', label: 'Client', defaultName: 'web-app', summary: 'A web, mobile or desktop user interface.' },
  external: { kind: 'external', label: 'External system', defaultName: 'external-api', summary: 'A third-party system outside your control.' },
};

export const LINK_KIND_INFO: Readonly<Record<LinkKind, { label: string; summary: string }>> = {
  sync: { label: 'Sync call', summary: 'Request/response over REST or gRPC: the caller waits.' },
  async: { label: 'Async event', summary: 'An event follows the arrow: publisher → broker → subscriber.' },
  data: { label: 'Data access', summary: 'A service reading or writing a datastore.' },
};

/** The link kind a drag from `from` to `to` most likely means: to a datastore is data, to a broker async. */
export function inferLinkKind(from: ModelNode, to: ModelNode): LinkKind {
  if (to.kind === 'database') return 'data';
  if (to.kind === 'broker' || from.kind === 'broker') return 'async';
  return 'sync';
}
