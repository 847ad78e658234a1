/**
 * The subset of ELK's JSON graph format we produce and read. Declared locally because src/core must not
 * import elkjs; the shapes match elkjs' own ElkNode / ElkExtendedEdge so the worker can pass them through.
 */
export type ElkLayoutOptions = Record<string, string>;

export interface ElkGraphNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: ElkLayoutOptions;
  children?: ElkGraphNode[];
  edges?: ElkGraphEdge[];
}

export interface ElkGraphEdge {
  id: string;
  sources: string[];
  targets: string[];
}

/*
 * Node, group and link ids live in separate namespaces in a model, so a group may share an id with a node.
 * ELK needs one namespace: prefix them.
 */
export const ELK_ROOT_ID = 'root';
export const elkNodeId = (nodeId: string): string => `n:${nodeId}`;
export const elkGroupId = (groupId: string): string => `g:${groupId}`;
export const elkEdgeId = (linkId: string): string => `e:${linkId}`;
