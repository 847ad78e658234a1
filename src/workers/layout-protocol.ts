/** Messages between the layout client and layout.worker.ts; plain data, structured-cloned. */
import type { ElkGraphNode } from '../core/layout/elk-types.ts';

export interface LayoutRequest {
  requestId: number;
  graph: ElkGraphNode;
}

export type LayoutResponse = { requestId: number; result: ElkGraphNode } | { requestId: number; error: string };
