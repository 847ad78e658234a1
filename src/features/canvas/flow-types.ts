import type { Edge, Node } from '@xyflow/react';
import type { Group, Link, ModelNode, NodeKind } from '../../core/model/index.ts';
import type { Severity } from '../../core/rules/index.ts';
import type { SimMark } from './sim-overlay.ts';

/**
 * How a finding marks an element on the canvas: its worst severity, and whether a hovered finding names
 * it; during simulation playback, also its state at the cursor (`sim`).
 */
export interface ElementMark {
  severity?: Severity;
  highlighted?: boolean;
  sim?: SimMark;
}

export type ArchNodeData = { node: ModelNode; mark?: ElementMark };
export type ContextNodeData = { group: Group; memberCount: number };
/**
 * `lane` spreads links that join the same two nodes (a cycle, or two calls) so they do not draw on
 * top of each other: 0 for a lone link, ±0.5, ±1… for parallel ones.
 */
export type LinkEdgeData = { link: Link; mark?: ElementMark; lane?: number };

export type ArchFlowNode = Node<ArchNodeData, NodeKind>;
export type ContextFlowNode = Node<ContextNodeData, 'context'>;
export type FlowNode = ArchFlowNode | ContextFlowNode;
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

export type { Rect } from '../../core/layout/group-boxes.ts';
