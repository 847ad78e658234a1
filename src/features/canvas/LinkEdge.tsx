import { memo, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { floatingEnds, offsetEnds } from './floating-edge.ts';
import { useEditorStore } from '../../store/StoreProvider.tsx';
import type { LinkFlowEdge } from './flow-types.ts';
import { linkBadges, type LinkBadge } from './link-badges.ts';
import type { SimMark } from './sim-overlay.ts';
import { LabelLayerContext, useZoomedOut } from './lod.ts';
import { nodeBox, useNodeOf } from './use-node-of.ts';
import { LINK_ARROW } from './LinkArrow.tsx';

/**
 * A link drawn the way it behaves: sync solid, async dashed and flowing, data dotted; policies as badges.
 * Zoomed out (see lod.ts) it drops the badges; far out, CSS drops its arrowhead, dashes and click target.
 */
const LinkEdge = memo(function LinkEdge(props: EdgeProps<LinkFlowEdge>) {
  const { id, source, target, data, selected } = props;
  const store = useEditorStore();
  const zoomedOut = useZoomedOut();
  const labelLayer = useContext(LabelLayerContext);
  const sourceNode = useNodeOf(source);
  const targetNode = useNodeOf(target);
  if (!sourceNode || !targetNode) return null;
  const sourceBox = nodeBox(sourceNode);
  const targetBox = nodeBox(targetNode);
  const lane = data?.lane ?? 0;
  // A reverse link's perpendicular points the other way; flip it so lanes stay on their own side.
  const direction = source < target ? 1 : -1;
  const ends = offsetEnds(floatingEnds(sourceBox, targetBox), sourceBox, targetBox, lane * 16 * direction);
  const [path, labelX, labelY] = getBezierPath({
    sourceX: ends.sx, sourceY: ends.sy, sourcePosition: ends.sourcePosition,
    targetX: ends.tx, targetY: ends.ty, targetPosition: ends.targetPosition,
  });
  const link = data?.link;
  const sim = data?.mark?.sim;
  const badges = link && !zoomedOut ? withSimBadges(linkBadges(link), sim) : [];
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={LINK_ARROW} className={`link-path link-path--${link?.kind ?? 'sync'}${selected ? ' is-selected' : ''}${data?.mark?.severity ? ` has-${data.mark.severity}` : ''}${data?.mark?.highlighted ? ' is-highlighted' : ''}${sim ? ` sim-${sim.health}` : ''}`}
        {...(sim?.traffic ? { style: { strokeWidth: 1.4 + sim.traffic * 0.9 } } : {})} interactionWidth={18} />
      {badges.length > 0 && (
        <LabelPortal layer={labelLayer}>
          <div
            className={`link-badges${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid={`link-badges-${id}`}
            // The badges sit on the link, so clicking them selects it (Shift/Ctrl adds to the selection).
            onClick={(e) => {
              const current = store.getState().selection;
              const additive = e.shiftKey || e.ctrlKey || e.metaKey;
              store.getState().setSelection({ nodes: additive ? current.nodes : new Set(), links: new Set(additive ? [...current.links, id] : [id]) });
            }}
          >
            {badges.map((b) => (
              <span key={b.key} className={`link-badge link-badge--${b.key}`} title={b.title}>{b.label}</span>
            ))}
          </div>
        </LabelPortal>
      )}
    </>
  );
});

/** Into React Flow's edge-label layer: the one the canvas found, or React Flow's own lookup until then. */
function LabelPortal({ layer, children }: { layer: HTMLElement | null; children: ReactNode }) {
  return layer ? createPortal(children, layer) : <EdgeLabelRenderer>{children}</EdgeLabelRenderer>;
}

const BREAKER_TITLES = {
  closed: 'Circuit breaker closed: calls go through',
  open: 'Circuit breaker open: calls fail at once, without reaching the callee',
  'half-open': 'Circuit breaker half-open: trial calls decide whether it closes',
} as const;

/** During simulation playback: the breaker's state replaces its static badge; a backlog and a cut show too. */
function withSimBadges(badges: LinkBadge[], sim: SimMark | undefined): LinkBadge[] {
  if (!sim) return badges;
  const out = badges.filter((b) => b.key !== 'breaker');
  if (sim.breaker) out.unshift({ key: `cb-${sim.breaker}`, label: `CB ${sim.breaker}`, title: BREAKER_TITLES[sim.breaker] });
  if (sim.fault === 'partition') out.unshift({ key: 'cut', label: 'partitioned', title: 'A partition drops the calls on this link' });
  if (sim.queue >= 1) out.push({ key: 'backlog', label: `${sim.queue} queued`, title: `${sim.queue} messages waiting to be consumed` });
  return out;
}

export const EDGE_TYPES: EdgeTypes = { link: LinkEdge };
