import { memo } from 'react';
import { Handle, NodeResizer, Position, type NodeProps } from '@xyflow/react';
import type { ContextFlowNode } from './flow-types.ts';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { RenameInput } from './NodeCard.tsx';
import { resizeGroup } from '../../store/actions.ts';
import { ContextIcon } from '../../ui/icons.tsx';
import { useZoomedOut } from './lod.ts';

/**
 * A bounded context: a labelled container; drag by its header, resize from its edges. Zoomed out (see
 * lod.ts) its header shows only the name, in type large enough to read from afar; far out it is drawn
 * collapsed (overview.ts): a filled box with its name, its size and its members' worst finding.
 */
export const ContextNode = memo(function ContextNode({ id, data, selected, width, height }: NodeProps<ContextFlowNode>) {
  const store = useEditorStore();
  const renaming = useEditor((s) => s.renamingId === id);
  const zoomedOut = useZoomedOut();
  const { group, memberCount, overview } = data;
  if (overview && !renaming) {
    const severity = overview.severity;
    // Type sized to the box (read from afar), so a small context's name fits as well as a big one's.
    const nameSize = Math.max(12, Math.min(110, (width ?? 0) / Math.max(6, group.name.length * 0.62), (height ?? 0) / 3));
    return (
      <div style={{ fontSize: nameSize }} className={`context-node context-node--collapsed${selected ? ' is-selected' : ''}${overview.selected ? ' has-selected' : ''}${severity ? ` has-${severity}` : ''}${overview.highlighted ? ' is-highlighted' : ''}`}
        data-testid={`context-${id}`} data-members={memberCount} title={`${group.name}: ${memberCount} element(s)${severity ? `, worst finding: ${severity}` : ''}. Double-click to open`}>
        {/* Where the bundled links end; not for drawing new links (a context is not a service). */}
        <Handle type="target" position={Position.Left} id="in" className="context-node__bundle-end" isConnectable={false} />
        <span className="context-node__overview-name">{group.name}</span>
        <span className="context-node__overview-count">{memberCount} element{memberCount === 1 ? '' : 's'}{group.team ? ` · ${group.team}` : ''}</span>
        <Handle type="source" position={Position.Right} id="out" className="context-node__bundle-end" isConnectable={false} />
      </div>
    );
  }
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
