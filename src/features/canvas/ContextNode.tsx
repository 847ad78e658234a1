import { memo } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import type { ContextFlowNode } from './flow-types.ts';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { RenameInput } from './NodeCard.tsx';
import { resizeGroup } from '../../store/actions.ts';
import { ContextIcon } from '../../ui/icons.tsx';
import { useZoomedOut } from './lod.ts';

/**
 * A bounded context: a labelled container; drag by its header, resize from its edges. Zoomed out (see
 * lod.ts) its header shows only the name, in type large enough to read from afar. Far out, a context
 * with members is not a React Flow node at all: the overview layer draws it collapsed (OverviewLayer.tsx).
 */
export const ContextNode = memo(function ContextNode({ id, data, selected }: NodeProps<ContextFlowNode>) {
  const store = useEditorStore();
  const renaming = useEditor((s) => s.renamingId === id);
  const zoomedOut = useZoomedOut();
  const { group, memberCount } = data;
  if (zoomedOut && !renaming && !selected) {
    return (
      <div className="context-node context-node--compact" data-testid={`context-${id}`}>
        <div className="context-node__header">
          <span className="context-node__name" title={group.name}>{group.name}</span>
        </div>
      </div>
    );
  }
  return (
    <div className={`context-node${selected ? ' is-selected' : ''}`} data-testid={`context-${id}`}>
      <NodeResizer
        isVisible={selected}
        minWidth={160}
        minHeight={100}
        lineClassName="context-node__resize-line"
        handleClassName="context-node__resize-handle"
        onResizeEnd={(_, params) => resizeGroup(store, id, params)}
      />
      <div className="context-node__header">
        <ContextIcon size={14} />
        {renaming ? (
          <RenameInput id={id} initial={group.name} className="rename-input rename-input--context" />
        ) : (
          <span className="context-node__name" title={group.name}>{group.name}</span>
        )}
        {group.team && <span className="context-node__team" title={`Owned by ${group.team}`}>· {group.team}</span>}
        <span className="context-node__count" title={`${memberCount} element(s) in this context`}>{memberCount}</span>
      </div>
    </div>
  );
});
