import { memo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import type { Rect } from '../../core/layout/group-boxes.ts';
import { useEditor } from '../../store/StoreProvider.tsx';
import type { BundleLine, OverviewScene } from './overview.ts';
import { CollapsedContext } from './CollapsedContext.tsx';
import { Bounds } from './bounds.ts';

/**
 * The overview (overview.ts) drawn as one <svg> in React Flow's viewport: the bundled links, and over
 * them the collapsed contexts. The browser re-layers the page on every pan frame, at a cost per
 * separately painted piece: a React Flow node per context (its own transform) or an absolutely placed
 * <div> per context (its own paint layer) made a frame cost in proportion to the number of contexts;
 * the shapes of one <svg> are one piece however many there are.
 */
export const OverviewLayer = memo(function OverviewLayer({ scene, onOpen }: { scene: OverviewScene; onOpen: (box: Rect) => void }) {
  const renamingId = useEditor((s) => s.renamingId);
  if (scene.boxes.length === 0) return null;
  const area = sceneArea(scene);
  return (
    <ViewportPortal>
      <svg className="overview-layer" data-testid="overview-layer" style={{ left: area.x, top: area.y, width: area.width, height: area.height }}
        viewBox={`${area.x} ${area.y} ${area.width} ${area.height}`}>
        {scene.lines.map((line) => <BundlePath key={line.key} line={line} />)}
        {scene.boxes.map((item) => <CollapsedContext key={item.group.id} item={item} renaming={renamingId === item.group.id} onOpen={onOpen} />)}
      </svg>
    </ViewportPortal>
  );
});

/**
 * The links between two collapsed contexts (or a context and a node): one straight line, thicker the
 * more links it stands for, coloured by their worst finding; its tooltip counts them by kind. Its width
 * is in screen pixels (non-scaling stroke), so it stays visible however far out.
 */
const BundlePath = memo(function BundlePath({ line }: { line: BundleLine }) {
  const width = 1.25 + Math.min(3, Math.log2(line.count));
  const kinds = (['sync', 'async', 'data'] as const).filter((k) => line.kinds[k] > 0).map((k) => `${line.kinds[k]} ${k}`).join(', ');
  return (
    <path
      className={`bundle-path${line.kinds.sync === 0 ? ' bundle-path--async-only' : ''}${line.severity ? ` has-${line.severity}` : ''}${line.highlighted ? ' is-highlighted' : ''}${line.sim ? ` sim-${line.sim}` : ''}`}
      d={`M${line.x1},${line.y1}L${line.x2},${line.y2}`}
      strokeWidth={width}
    >
      <title>{`${line.count} link${line.count === 1 ? '' : 's'} between ${line.between[0]} and ${line.between[1]}: ${kinds}${line.sim ? `; simulation: ${line.sim}` : ''}`}</title>
    </path>
  );
});

/** The box everything drawn spans, a little larger so the lines' round caps are not cut. */
function sceneArea(scene: OverviewScene): Rect {
  const bounds = new Bounds();
  for (const { box } of scene.boxes) bounds.addRect(box);
  for (const l of scene.lines) bounds.add(l.x1, l.y1).add(l.x2, l.y2);
  return bounds.rect(50)!;
}
