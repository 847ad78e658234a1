import type { DragEvent, ReactNode } from 'react';
import { useReactFlow } from '@xyflow/react';
import { NODE_KINDS, NODE_KIND_INFO, type NodeKind } from '../../core/model/index.ts';
import { NODE_SIZE } from '../../core/layout/node-size.ts';
import { useEditorStore } from '../../store/StoreProvider.tsx';
import { addContextAt, addNodeAt } from '../../store/actions.ts';
import { PALETTE_MIME } from '../../ui/dnd.ts';
import { BrokerIcon, ClientIcon, ContextIcon, DatabaseIcon, ExternalIcon, GatewayIcon, ServiceIcon } from '../../ui/icons.tsx';
import './palette.css';

const ICONS: Record<NodeKind, ReactNode> = {
  service: <ServiceIcon size={18} />,
  database: <DatabaseIcon size={18} />,
  broker: <BrokerIcon size={18} />,
  gateway: <GatewayIcon size={18} />,
  client: <ClientIcon size={18} />,
  external: <ExternalIcon size={18} />,
};

/** The palette: drag a kind onto the canvas, or click to drop it in the middle of the view. */
export function Palette() {
  const store = useEditorStore();
  const flow = useReactFlow();

  const viewCentre = () => {
    const pane = document.querySelector('.react-flow');
    const rect = pane?.getBoundingClientRect();
    const centre = rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : { x: 400, y: 300 };
    return flow.screenToFlowPosition(centre);
  };

  const addAtCentre = (kind: NodeKind) => {
    const at = viewCentre();
    const size = NODE_SIZE[kind];
    // Nudge each click so several clicks don't stack nodes exactly on top of each other.
    const n = store.getState().model.nodes.length % 6;
    addNodeAt(store, kind, { x: Math.round(at.x - size.width / 2 + n * 24), y: Math.round(at.y - size.height / 2 + n * 24) });
  };

  const onDragStart = (event: DragEvent, kind: NodeKind) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'move';
  };

  return (
    <aside className="palette" aria-label="Palette" data-testid="palette">
      <div className="palette__title">Add</div>
      {NODE_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`palette__item palette__item--${kind}`}
          draggable
          onDragStart={(e) => onDragStart(e, kind)}
          onClick={() => addAtCentre(kind)}
          title={`${NODE_KIND_INFO[kind].summary} Drag onto the canvas or click to add.`}
          data-testid={`palette-${kind}`}
        >
          <span className="palette__icon">{ICONS[kind]}</span>
          <span className="palette__label">{NODE_KIND_INFO[kind].label}</span>
        </button>
      ))}
      <div className="palette__divider" />
      <button
        type="button"
        className="palette__item palette__item--context"
        onClick={() => {
          const at = viewCentre();
          addContextAt(store, { x: Math.round(at.x - 180), y: Math.round(at.y - 110) });
        }}
        title="A bounded context: a box that groups the nodes one team owns. Select nodes and press Ctrl+G to group them."
        data-testid="palette-context"
      >
        <span className="palette__icon"><ContextIcon size={18} /></span>
        <span className="palette__label">Bounded context</span>
      </button>
    </aside>
  );
}
