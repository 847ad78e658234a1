/** Subscriptions to one model element: a component re-renders only when that element's object changes. */
import type { Group, Link, ModelNode } from '../../core/model/index.ts';
import { useEditor } from '../../store/StoreProvider.tsx';

export function useNode(id: string | undefined): ModelNode | undefined {
  return useEditor((s) => (id === undefined ? undefined : s.model.nodes.find((n) => n.id === id)));
}

export function useLink(id: string | undefined): Link | undefined {
  return useEditor((s) => (id === undefined ? undefined : s.model.links.find((l) => l.id === id)));
}

export function useGroup(id: string | undefined): Group | undefined {
  return useEditor((s) => (id === undefined ? undefined : s.model.groups.find((g) => g.id === id)));
}
