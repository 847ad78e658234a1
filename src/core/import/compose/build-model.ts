/**
 * Turns classified compose services and the evidence between them into Faultline nodes and links, each
 * carrying `inferred` (why it exists and why it has its kind), plus the notes a user should read about
 * what the file could not say. No positions: the app and the CLI lay the result out.
 */
import { inferLinkKind } from '../../model/kinds.ts';
import { LIMITS } from '../../model/constants.ts';
import type { Group, Link, ModelNode } from '../../model/types.ts';
import type { Classification } from './classify-container.ts';
import type { EvidenceMap } from './collect-evidence.ts';
import type { ServiceFacts } from './read-service.ts';

export interface BuildInput {
  readonly services: readonly ServiceFacts[];
  readonly classes: ReadonlyMap<string, Classification>;
  /** Compose service name → node id. */
  readonly ids: ReadonlyMap<string, string>;
  readonly evidence: EvidenceMap;
  readonly includeInfrastructure: boolean;
  /** Id for the Infrastructure context, free among the node ids. */
  readonly infrastructureGroupId: string;
}

export interface Built {
  readonly nodes: ModelNode[];
  readonly links: Link[];
  readonly groups: Group[];
  readonly notes: string[];
}

/** Builds the model's nodes, links and groups; see the module comment. */
export function buildModel(input: BuildInput): Built {
  const notes: string[] = [];
  const nodes: ModelNode[] = [];
  const nodeOf = new Map<string, ModelNode>();
  const leftOut: string[] = [];
  let anyInfrastructure = false;

  for (const facts of input.services) {
    const cls = input.classes.get(facts.name);
    const id = input.ids.get(facts.name);
    if (!cls || id === undefined) continue;
    const isInfrastructure = cls.category.kind === 'infrastructure';
    if (isInfrastructure && !input.includeInfrastructure) {
      leftOut.push(`${facts.name} (${cls.category.kind === 'infrastructure' ? cls.category.role : ''})`);
      continue;
    }
    anyInfrastructure ||= isInfrastructure;
    const node = makeNode(id, facts, cls, isInfrastructure ? input.infrastructureGroupId : undefined, notes);
    nodes.push(node);
    nodeOf.set(facts.name, node);
  }

  const links: Link[] = [];
  const linkIds = new Set<string>();
  let droppedToInfrastructure = 0;
  const fromDatastore: string[] = [];
  for (const [fromName, targets] of input.evidence) {
    for (const [toName, evidence] of targets) {
      const from = nodeOf.get(fromName);
      const to = nodeOf.get(toName);
      if (!from || !to) {
        droppedToInfrastructure++;
        continue;
      }
      if (from.kind === 'database') {
        fromDatastore.push(`${fromName} → ${toName}`);
        continue;
      }
      const id = freeId(`${from.id}-${to.id}`, linkIds);
      links.push(makeLink(id, from, to, evidence.reasons.join('; '), evidence.schemes));
    }
  }

  if (leftOut.length > 0) {
    const dropped = droppedToInfrastructure > 0 ? `; ${plural(droppedToInfrastructure, 'link')} to or from them ${droppedToInfrastructure === 1 ? 'was' : 'were'} dropped` : '';
    notes.push(`Left out ${plural(leftOut.length, 'infrastructure container')}: ${list(leftOut)}${dropped}. To keep them in an "Infrastructure" context, import with infrastructure included (CLI: --include-infrastructure).`);
  }
  if (fromDatastore.length > 0) notes.push(`Ignored ${plural(fromDatastore.length, 'dependency')} of a datastore on another container (start-up order, not a call): ${list(fromDatastore)}.`);

  const groups: Group[] = anyInfrastructure ? [{ id: input.infrastructureGroupId, name: 'Infrastructure' }] : [];
  return { nodes, links, groups, notes };
}

function makeNode(id: string, facts: ServiceFacts, cls: Classification, group: string | undefined, notes: string[]): ModelNode {
  const reasons = [cls.reason];
  const extra: { replicas?: number } = {};
  if (facts.replicas !== undefined) {
    if (facts.replicas === 0) notes.push(`"${facts.name}" is scaled to 0 replicas in the file; it was imported with the default of 1.`);
    else {
      extra.replicas = Math.min(facts.replicas, LIMITS.maxReplicas);
      reasons.push(`${facts.replicas} replicas in deploy/scale`);
    }
  }
  const base = {
    id,
    name: facts.name,
    ...(group === undefined ? {} : { group }),
    description: describeFacts(facts),
    ...extra,
  };
  const category = cls.category;
  switch (category.kind) {
    case 'database':
      return { kind: 'database', ...base, ...(category.engine === undefined ? {} : { engine: category.engine }), inferred: reasons.join('; ') };
    case 'broker':
      return { kind: 'broker', ...base, engine: category.engine, inferred: reasons.join('; ') };
    case 'gateway':
      return { kind: 'gateway', ...base, inferred: reasons.join('; ') };
    case 'service':
    case 'infrastructure': {
      // Compose has one healthcheck per container; orchestrators use it both to restart and to route.
      if (facts.healthcheck === true) reasons.push('healthcheck → liveness and readiness checks');
      const health = facts.healthcheck === undefined ? {} : { healthChecks: { liveness: facts.healthcheck, readiness: facts.healthcheck } };
      return { kind: 'service', ...base, ...health, inferred: reasons.join('; ') };
    }
  }
}

function makeLink(id: string, from: ModelNode, to: ModelNode, inferred: string, schemes: ReadonlySet<string>): Link {
  const kind = inferLinkKind(from, to);
  const ends = { id, from: from.id, to: to.id, inferred };
  switch (kind) {
    case 'sync': {
      const protocol = schemes.has('grpc') ? 'grpc' : schemes.has('http') || schemes.has('https') ? 'http' : undefined;
      return protocol === undefined ? { kind, ...ends } : { kind, ...ends, protocol };
    }
    case 'async':
      return { kind, ...ends };
    case 'data':
      return { kind, ...ends };
  }
}

/** What the compose file said about the container, for the inspector. */
function describeFacts(facts: ServiceFacts): string {
  const parts = [facts.image !== undefined ? `image ${facts.image}` : facts.build !== undefined ? `built from ${facts.build}` : 'no image or build given'];
  if (facts.publishedPorts.length > 0) parts.push(`publishes ${facts.publishedPorts.join(', ')}`);
  return `docker-compose service "${facts.name}": ${parts.join('; ')}.`;
}

function freeId(base: string, taken: Set<string>): string {
  let id = base.length > LIMITS.maxNameLength ? base.slice(0, LIMITS.maxNameLength - 8) : base;
  for (let i = 2; taken.has(id); i++) id = `${base.slice(0, LIMITS.maxNameLength - 8)}-${i}`;
  taken.add(id);
  return id;
}

/** `a, b, c` or `a, b, … and 12 more`: notes stay one readable line. */
export function list(items: readonly string[], max = 10): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

export function plural(n: number, noun: string): string {
  if (n === 1) return `1 ${noun}`;
  return `${n} ${noun.endsWith('y') && !noun.endsWith('ey') ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}
