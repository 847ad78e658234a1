import { useDeferredValue, useMemo } from 'react';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { selectSelection } from '../../store/selectors.ts';
import type { EditorState } from '../../store/editor-store.ts';
import { deleteSelection, duplicateSelection, groupSelection } from '../../store/actions.ts';
import { CopyIcon, ContextIcon, TrashIcon } from '../../ui/icons.tsx';
import { ContextInspector } from './ContextInspector.tsx';
import { InspectorHeader } from './InspectorHeader.tsx';
import { LinkInspector } from './LinkInspector.tsx';
import { ModelInspector } from './ModelInspector.tsx';
import { NodeInspector } from './NodeInspector.tsx';
import { useGroup, useLink, useNode } from './useElement.ts';
import './inspector.css';

/**
 * The right-hand panel: edits every property of the selection. Nothing selected shows the model; one
 * element shows its fields by kind; several show a count. Each element's panel is keyed by its id, so
 * half-typed drafts never leak from one element to the next.
 */
export function Inspector() {
  const current = useEditor(selectSelection);
  // Deferred: mounting an element's panel is the heaviest part of selecting it (at 1,000 nodes it made
  // a drag's first frame a long task), so the canvas shows the selection first and the panel follows in
  // slices between frames. Until it does, the old panel is inert: nothing typed reaches an element that
  // is no longer selected.
  const selection = useDeferredValue(current);
  const pending = selection !== current;
  const body = useMemo(() => {
    const count = selection.nodes.size + selection.links.size;
    const [nodeId] = selection.nodes;
    const [linkId] = selection.links;
    if (count === 0) return <ModelInspector />;
    if (count > 1) return <MultiSelection />;
    if (linkId !== undefined) return <SingleLink key={linkId} id={linkId} />;
    return <SingleNode key={nodeId} id={nodeId} />;
  }, [selection]);

  return (
    <aside className="inspector" data-testid="inspector" aria-label="Inspector" aria-busy={pending || undefined} inert={pending}>
      {body}
    </aside>
  );
}

function SingleNode({ id }: { id: string | undefined }) {
  const node = useNode(id);
  const group = useGroup(id);
  if (node) return <NodeInspector node={node} />;
  if (group) return <ContextInspector group={group} />;
  return <ModelInspector />;
}

function SingleLink({ id }: { id: string }) {
  const link = useLink(id);
  return link ? <LinkInspector link={link} /> : <ModelInspector />;
}

const selectSelectedGroupCount = (s: EditorState) => {
  let count = 0;
  for (const g of s.model.groups) if (s.selection.nodes.has(g.id)) count++;
  return count;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function MultiSelection() {
  const store = useEditorStore();
  const selection = useEditor(selectSelection);
  const contexts = useEditor(selectSelectedGroupCount);
  const nodes = selection.nodes.size - contexts;
  const links = selection.links.size;
  const total = selection.nodes.size + links;
  const parts = [
    nodes > 0 ? plural(nodes, 'node', 'nodes') : null,
    contexts > 0 ? plural(contexts, 'context', 'contexts') : null,
    links > 0 ? plural(links, 'link', 'links') : null,
  ].filter((p): p is string => p !== null);

  return (
    <>
      <InspectorHeader tone="multi" icon={<span className="insp-multi-count">{total}</span>} title={`${total} selected`} subtitle={parts.join(', ')} />
      <div className="insp-multi" data-testid="inspector-multi">
        <p className="insp-multi__hint">Delete, duplicate or group them.</p>
        <div className="insp-actions">
          <button type="button" className="insp-button" onClick={() => duplicateSelection(store)} disabled={selection.nodes.size === 0}>
            <CopyIcon size={14} /> Duplicate
          </button>
          <button type="button" className="insp-button" onClick={() => groupSelection(store)} disabled={nodes === 0}>
            <ContextIcon size={14} /> Group into context
          </button>
          <button type="button" className="insp-button insp-button--danger" onClick={() => deleteSelection(store)}>
            <TrashIcon size={14} /> Delete
          </button>
        </div>
      </div>
    </>
  );
}
