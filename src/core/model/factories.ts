import { FORMAT, SCHEMA_VERSION } from './constants.ts';
import { inferLinkKind, NODE_KIND_INFO } from './kinds.ts';
import { assertNever } from './assert-never.ts';
import type { Link, LinkKind, Model, ModelNode, NodeKind, Position } from './types.ts';

/** A valid model with nothing in it. */
export function createEmptyModel(name = 'Untitled architecture'): Model {
  return { format: FORMAT, version: SCHEMA_VERSION, name, groups: [], nodes: [], links: [], sagas: [] };
}

/** A new node of `kind` with the defaults a user expects from the palette. */
export function createNode(kind: NodeKind, id: string, name: string, position?: Position): ModelNode {
  const base = position ? { id, name, position } : { id, name };
  switch (kind) {
    case 'service':
      return { kind, ...base, replicas: 1, healthChecks: { liveness: true, readiness: true } };
    case 'database':
      return { kind, ...base, engine: 'postgresql' };
    case 'broker':
      return { kind, ...base, engine: 'kafka' };
    case 'gateway':
    case 'external':
      return { kind, ...base };
    case 'client':
      return { kind, ...base, platform: 'web' };
    default:
      return assertNever(kind, 'node kind');
  }
}

/** A new link; its kind is inferred from its ends unless given. */
export function createLink(id: string, from: ModelNode, to: ModelNode, kind: LinkKind = inferLinkKind(from, to)): Link {
  switch (kind) {
    case 'sync':
      return { kind, id, from: from.id, to: to.id, protocol: 'http' };
    case 'async':
      return { kind, id, from: from.id, to: to.id };
    case 'data':
      return { kind, id, from: from.id, to: to.id, access: 'read-write' };
    default:
      return assertNever(kind, 'link kind');
  }
}

export function defaultNodeName(kind: NodeKind): string {
  return NODE_KIND_INFO[kind].defaultName;
}
