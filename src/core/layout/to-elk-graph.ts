import type { Model } from '../model/types.ts';
import { ELK_ROOT_ID, elkEdgeId, elkGroupId, elkNodeId } from './elk-types.ts';
import type { ElkGraphEdge, ElkGraphNode, ElkLayoutOptions } from './elk-types.ts';
import { EMPTY_GROUP_SIZE, GROUP_HEADER, GROUP_PADDING, NODE_GAP, NODE_SIZE } from './node-size.ts';

export interface ElkGraphOptions {
  direction?: 'RIGHT' | 'DOWN';
  /** Space between boxes in the same layer. */
  nodeSpacing?: number;
  /** Space between layers (columns when direction is RIGHT). */
  layerSpacing?: number;
}

function spacingOptions(opts: ElkGraphOptions): ElkLayoutOptions {
  const nodeSpacing = String(opts.nodeSpacing ?? 40);
  const layerSpacing = String(opts.layerSpacing ?? NODE_GAP);
  return {
    'elk.spacing.nodeNode': nodeSpacing,
    'elk.layered.spacing.nodeNodeBetweenLayers': layerSpacing,
    'elk.spacing.edgeNode': '24',
    'elk.layered.spacing.edgeNodeBetweenLayers': '24',
    'elk.spacing.componentComponent': layerSpacing,
  };
}

/** Describes the model as an ELK JSON graph: layered, left to right, groups as compound nodes. */
export function toElkGraph(model: Model, opts: ElkGraphOptions = {}): ElkGraphNode {
  const spacing = spacingOptions(opts);
  const groupIds = new Set(model.groups.map((g) => g.id));
  const groupOf = new Map<string, string | undefined>();
  const groupChildren = new Map<string, ElkGraphNode[]>(model.groups.map((g) => [g.id, []]));
  const groupEdges = new Map<string, ElkGraphEdge[]>(model.groups.map((g) => [g.id, []]));
  const rootChildren: ElkGraphNode[] = [];
  const rootEdges: ElkGraphEdge[] = [];

  const groupNodes = new Map<string, ElkGraphNode>();
  for (const group of model.groups) {
    const children = groupChildren.get(group.id) ?? [];
    const node: ElkGraphNode = {
      id: elkGroupId(group.id),
      layoutOptions: {
        ...spacing,
        // The header sits inside the box, above the members.
        'elk.padding': `[top=${GROUP_HEADER + GROUP_PADDING},left=${GROUP_PADDING},bottom=${GROUP_PADDING},right=${GROUP_PADDING}]`,
      },
      children,
      edges: groupEdges.get(group.id) ?? [],
    };
    groupNodes.set(group.id, node);
    rootChildren.push(node);
  }

  for (const node of model.nodes) {
    const group = node.group !== undefined && groupIds.has(node.group) ? node.group : undefined;
    groupOf.set(node.id, group);
    const size = NODE_SIZE[node.kind];
    const elkNode: ElkGraphNode = { id: elkNodeId(node.id), width: size.width, height: size.height };
    (group === undefined ? rootChildren : (groupChildren.get(group) ?? rootChildren)).push(elkNode);
  }

  // An empty compound node would collapse to nothing; give it a fixed box instead.
  for (const [groupId, node] of groupNodes) {
    if ((groupChildren.get(groupId) ?? []).length === 0) {
      node.width = EMPTY_GROUP_SIZE.width;
      node.height = EMPTY_GROUP_SIZE.height;
    }
  }

  for (const link of model.links) {
    // Dangling links are a validation finding, not something to draw; self-loops place nothing.
    if (!groupOf.has(link.from) || !groupOf.has(link.to) || link.from === link.to) continue;
    const edge: ElkGraphEdge = { id: elkEdgeId(link.id), sources: [elkNodeId(link.from)], targets: [elkNodeId(link.to)] };
    // ELK wants an edge in the lowest common ancestor of its ends.
    const fromGroup = groupOf.get(link.from);
    const container = fromGroup !== undefined && fromGroup === groupOf.get(link.to) ? groupEdges.get(fromGroup) : undefined;
    (container ?? rootEdges).push(edge);
  }

  return {
    id: ELK_ROOT_ID,
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': opts.direction ?? 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      // Keeps the result stable across small edits: ties are broken by the order in the file.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
      ...spacing,
    },
    children: rootChildren,
    edges: rootEdges,
  };
}
