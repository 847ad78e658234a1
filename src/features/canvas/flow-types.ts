import type { Edge, Node } from '@xyflow/react';
import type { Group, Link, ModelNode, NodeKind } from '../../core/model/index.ts';

export type ArchNodeData = { node: ModelNode };
export type ContextNodeData = { group: Group; memberCount: number };
export type LinkEdgeData = { link: Link };

export type ArchFlowNode = Node<ArchNodeData, NodeKind>;
export type ContextFlowNode = Node<ContextNodeData, 'context'>;
export type FlowNode = ArchFlowNode | ContextFlowNode;
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

export type { Rect } from '../../core/layout/group-boxes.ts';
