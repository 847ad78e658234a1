import { memo, useEffect, useRef, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Rect } from '../../core/layout/group-boxes.ts';
import { useEditorStore } from '../../store/StoreProvider.tsx';
import type { CollapsedBox } from './overview.ts';
import { moveByDragFrames, SNAP } from './drag-to-model.ts';
import { RenameInput } from './NodeCard.tsx';

/** Pointer travel (screen pixels) before a press on a box becomes a drag. */
const DRAG_THRESHOLD = 3;

interface Drag {
  pointerId: number;
  startX: number;
  startY: number;
  box: Rect;
  moving: boolean;
}

/**
 * A bounded context drawn collapsed in the overview (OverviewLayer.tsx): its name, its size, its team and
 * its members' worst finding. It behaves as the context does open: click selects it (Shift, Ctrl or ⌘
 * adds to the selection), a drag moves it with its members as one undo step, F2 renames it when selected;
 * double-click, or Enter when it has the focus, opens it (zooms in until its members show).
 */
export const CollapsedContext = memo(function CollapsedContext({ item, renaming, onOpen }: { item: CollapsedBox; renaming: boolean; onOpen: (box: Rect) => void }) {
  const store = useEditorStore();
  const flow = useStoreApi();
  const drag = useRef<Drag | null>(null);
  const { group, box, memberCount, overview } = item;
  const id = group.id;
  const severity = overview.severity;
  // Type sized to the box (read from afar), so a small context's name fits as well as a big one's.
  const nameSize = Math.max(12, Math.min(110, box.width / Math.max(6, group.name.length * 0.62), box.height / 3));

  const select = (additive: boolean) => {
    const { selection, setSelection } = store.getState();
    if (!additive) {
      if (!selection.nodes.has(id) || selection.nodes.size > 1 || selection.links.size > 0) setSelection({ nodes: new Set([id]), links: new Set() });
      return;
    }
    const nodes = new Set(selection.nodes);
    if (nodes.has(id)) nodes.delete(id);
    else nodes.add(id);
    setSelection({ nodes });
  };

  const onPointerDown = (event: PointerEvent<SVGGElement>) => {
    if (event.button !== 0 || renaming) return;
    event.stopPropagation();
    select(event.shiftKey || event.ctrlKey || event.metaKey);
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, box, moving: false };
  };

  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    const dx = event.clientX - d.startX;
    const dy = event.clientY - d.startY;
    if (!d.moving) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      d.moving = true;
      store.getState().beginGesture('Move');
    }
    const zoom = flow.getState().transform[2];
    const position = { x: Math.round((d.box.x + dx / zoom) / SNAP) * SNAP, y: Math.round((d.box.y + dy / zoom) / SNAP) * SNAP };
    const state = store.getState();
    state.applyGestureStep(moveByDragFrames(state.model, [{ id, position }]));
  };

  const onPointerEnd = (event: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    drag.current = null;
    if (d.moving) store.getState().endGesture();
  };

  // A double-click opens the context. React Flow's pane, an ancestor, would zoom in on it as well and
  // fight the opening's animation; React handles events at its root, above the pane, too late to stop
  // that, so the box listens itself.
  const element = useRef<SVGGElement>(null);
  const open = useRef(() => onOpen(box));
  open.current = () => onOpen(box);
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const onDoubleClick = (event: MouseEvent) => {
      event.stopPropagation();
      open.current();
    };
    el.addEventListener('dblclick', onDoubleClick);
    return () => el.removeEventListener('dblclick', onDoubleClick);
  }, []);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (renaming || event.key !== 'Enter') return;
    event.preventDefault();
    event.stopPropagation();
    onOpen(box);
  };

  const className = `overview-box${item.selected ? ' is-selected' : ''}${overview.selected ? ' has-selected' : ''}${severity ? ` has-${severity}` : ''}${overview.highlighted ? ' is-highlighted' : ''}${overview.sim ? ` sim-${overview.sim}` : ''}`;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return (
    <g
      ref={element}
      className={className}
      data-testid={`context-${id}`}
      data-members={memberCount}
      data-sim-health={overview.sim}
      role="button"
      tabIndex={0}
      aria-label={`Bounded context ${group.name}, collapsed: ${memberCount} element(s). Enter opens it`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onKeyDown={onKeyDown}
      // Stroke widths in flow units, in proportion to the box's type (canvas.css reads --stroke).
      style={{ '--stroke': `${Math.max(2, nameSize * 0.07)}px` } as CSSProperties}
    >
      <title>{`${group.name}: ${memberCount} element(s)${severity ? `, worst finding: ${severity}` : ''}${overview.sim ? `, simulation: ${overview.sim}` : ''}. Double-click to open`}</title>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={Math.min(24, nameSize * 0.3)} />
      {renaming ? (
        // The one HTML island: only while the name is being edited.
        <foreignObject x={box.x} y={cy - nameSize} width={box.width} height={nameSize * 1.4} style={{ fontSize: nameSize * 0.8 }}>
          <RenameInput id={id} initial={group.name} className="rename-input rename-input--context rename-input--overview" />
        </foreignObject>
      ) : (
        <text className="overview-box__name" x={cx} y={cy - nameSize * 0.12} fontSize={nameSize}>{group.name}</text>
      )}
      <text className="overview-box__count" x={cx} y={cy + nameSize * 0.7} fontSize={nameSize * 0.55}>
        {memberCount} element{memberCount === 1 ? '' : 's'}{group.team ? ` · ${group.team}` : ''}
      </text>
    </g>
  );
});
