import { memo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import { floatingEnds } from './floating-edge.ts';
import type { BundleFlowEdge } from './flow-types.ts';
import { nodeBox, useNodeOf } from './use-node-of.ts';

/**
 * The links between two collapsed contexts (or a context and a node), zoomed far out: one straight line,
 * thicker the more links it stands for, coloured by their worst finding; its tooltip counts them by kind.
 * Its width is in screen pixels (non-scaling stroke), so it stays visible however far out.
 */
export const BundleEdge = memo(function BundleEdge({ source, target, data }: EdgeProps<BundleFlowEdge>) {
  const sourceNode = useNodeOf(source);
  const targetNode = useNodeOf(target);
  if (!sourceNode || !targetNode || !data) return null;
  const ends = floatingEnds(nodeBox(sourceNode), nodeBox(targetNode));
  const width = 1.25 + Math.min(3, Math.log2(data.count));
  const kinds = (['sync', 'async', 'data'] as const).filter((k) => data.kinds[k] > 0).map((k) => `${data.kinds[k]} ${k}`).join(', ');
  return (
    <path
      className={`bundle-path${data.kinds.sync === 0 ? ' bundle-path--async-only' : ''}${data.severity ? ` has-${data.severity}` : ''}${data.highlighted ? ' is-highlighted' : ''}`}
      d={`M${ends.sx},${ends.sy}L${ends.tx},${ends.ty}`}
      strokeWidth={width}
    >
      <title>{`${data.count} link${data.count === 1 ? '' : 's'} between ${data.between[0]} and ${data.between[1]}: ${kinds}`}</title>
    </path>
  );
});
