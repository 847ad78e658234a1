/** Subscriptions to one model element: a component re-renders only when that element's object changes. */
import type { Group, Link, ModelNode } from '../../core/model/index.ts';
import { useRef } from 'react';
import { useEditor } from '../../store/StoreProvider.tsx';

/**
 * The node's object; a change of its position alone keeps the previous object, so dragging the selected
 * node does not re-render the inspector on every frame (nothing in it shows where a node is, and every
 * edit is a patch by id).
 */
export function useNode(id: string | undefined): ModelNode | undefined {
  const last = useRef<ModelNode | undefined>(undefined);
  return useEditor((s) => {
    const next = id === undefined ? undefined : s.model.nodes.find((n) => n.id === id);
    if (next && last.current && next !== last.current && movedOnly(last.current, next)) return last.current;
    last.current = next;
    return next;
  });
}

function movedOnly(a: ModelNode, b: ModelNode): boolean {
  const keys = Object.keys(b) as (keyof ModelNode)[];
  if (Object.keys(a).length !== keys.length) return false;
  return keys.every((k) => k === 'position' || a[k] === b[k]);
}

export function useLink(id: string | undefined): Link | undefined {
  return useEditor((s) => (id === undefined ? undefined : s.model.links.find((l) => l.id === id)));
}

export function useGroup(id: string | undefined): Group | undefined {
  return useEditor((s) => (id === undefined ? undefined : s.model.groups.find((g) => g.id === id)));
}
