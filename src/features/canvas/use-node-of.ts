import { useCallback } from 'react';
import { useStore, type InternalNode, type ReactFlowState } from '@xyflow/react';

/**
 * A node's internal state (position, size) for a link end. Like React Flow's useInternalNode, but
 * compared by identity instead of key by key: React Flow replaces a node's object whenever it changes,
 * and this selector runs for both ends of every link on every pan frame.
 */
export function useNodeOf(id: string): InternalNode | undefined {
  return useStore(useCallback((s: ReactFlowState) => s.nodeLookup.get(id), [id]));
}

/** The node's box in flow coordinates. */
export function nodeBox(n: InternalNode): { x: number; y: number; width: number; height: number } {
  return { ...n.internals.positionAbsolute, width: n.measured.width ?? 0, height: n.measured.height ?? 0 };
}
