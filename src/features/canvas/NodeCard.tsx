import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { Handle, Position } from '@xyflow/react';
import { NODE_SIZE } from '../../core/layout/node-size.ts';
import type { ModelNode } from '../../core/model/index.ts';
import type { ElementMark } from './flow-types.ts';
import type { SimMark } from './sim-overlay.ts';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { renameElement } from '../../store/actions.ts';
import { useZoomedOut } from './lod.ts';

export interface NodeCardProps {
  node: ModelNode;
  mark?: ElementMark | undefined;
  selected: boolean;
  icon: ReactNode;
  subtitle: string;
  badges?: readonly { label: string; title: string; tone?: 'warn' | 'muted' }[];
}

/** The body every architecture node shares: icon, name (renamable in place), subtitle, badges, handles. */
export const NodeCard = memo(function NodeCard({ node, mark, selected, icon, subtitle, badges = [] }: NodeCardProps) {
  const renaming = useEditor((s) => s.renamingId === node.id);
  const size = NODE_SIZE[node.kind];
  const sim = mark?.sim;
  return (
    <div
      className={`arch-node arch-node--${node.kind}${selected ? ' is-selected' : ''}${mark?.severity ? ` has-${mark.severity}` : ''}${mark?.highlighted ? ' is-highlighted' : ''}${sim ? ` sim-${sim.health}` : ''}`}
      style={{ width: size.width, height: size.height }}
      title={sim ? HEALTH_TITLES[sim.health] : undefined}
      data-testid={`node-${node.id}`}
      data-kind={node.kind}
      data-severity={mark?.severity}
      data-sim-health={sim?.health}
    >
      {sim && <SimBadges sim={sim} />}
      {mark?.severity && <span className={`arch-node__flag arch-node__flag--${mark.severity}`} title={`Has ${mark.severity === 'error' ? 'an error' : 'a warning'}: see Findings`} aria-label={`${mark.severity} finding`}>!</span>}
      <Handle type="target" position={Position.Left} id="in" className="arch-handle" />
      <div className="arch-node__icon">{icon}</div>
      <div className="arch-node__body">
        {renaming ? <RenameInput id={node.id} initial={node.name} /> : <div className="arch-node__name" title={node.name}>{node.name}</div>}
        <div className="arch-node__subtitle">{subtitle}</div>
        {badges.length > 0 && (
          <div className="arch-node__badges">
            {badges.map((b) => (
              <span key={b.label} className={`badge${b.tone ? ` badge--${b.tone}` : ''}`} title={b.title}>{b.label}</span>
            ))}
          </div>
        )}
      </div>
      <Handle type="source" position={Position.Right} id="out" className="arch-handle" />
    </div>
  );
});

/**
 * A node zoomed out (see lod.ts): its shape, colour and marks, with its name in large type (hidden by
 * CSS when far out). No icon or badges; its handles are there but hidden (links need their ends, and
 * they are too small to aim at from afar). Keeps the test ids and data attributes of the full card.
 */
export const CompactNodeCard = memo(function CompactNodeCard({ node, mark, selected }: { node: ModelNode; mark?: ElementMark | undefined; selected: boolean }) {
  const size = NODE_SIZE[node.kind];
  const sim = mark?.sim;
  return (
    <div
      className={`arch-node arch-node--${node.kind} arch-node--compact${selected ? ' is-selected' : ''}${mark?.severity ? ` has-${mark.severity}` : ''}${mark?.highlighted ? ' is-highlighted' : ''}${sim ? ` sim-${sim.health}` : ''}`}
      style={{ width: size.width, height: size.height }}
      title={node.name}
      data-testid={`node-${node.id}`}
      data-kind={node.kind}
      data-severity={mark?.severity}
      data-sim-health={sim?.health}
    >
      {/* Hidden, but present: React Flow measures a node again when its box changes, and a node without
          handles then loses its links. */}
      <Handle type="target" position={Position.Left} id="in" className="arch-handle" isConnectable={false} />
      <span className="arch-node__compact-name">{node.name}</span>
      <Handle type="source" position={Position.Right} id="out" className="arch-handle" isConnectable={false} />
    </div>
  );
});

/** Whether node `id` draws compact now: zoomed out, and not being renamed (the rename box needs the full card). */
export function useCompact(id: string): boolean {
  const zoomedOut = useZoomedOut();
  const renaming = useEditor((s) => s.renamingId === id);
  return zoomedOut && !renaming;
}

const FAULT_LABELS = { down: 'down', hung: 'hung', slow: 'slow', erroring: 'erroring', partition: 'cut' } as const;
const HEALTH_TITLES = {
  ok: 'Healthy at this moment',
  degraded: 'Degraded: some requests failed or were answered by a fallback',
  failing: 'Failing: many requests failed or none were answered',
  idle: 'Idle: no requests at this moment',
} as const;

/** During simulation playback: the fault acting on the node and its queue, at the cursor. */
function SimBadges({ sim }: { sim: SimMark }) {
  if (!sim.fault && sim.queue < 1) return null;
  return (
    <span className="arch-node__sim">
      {sim.fault && <span className={`sim-pill sim-pill--fault sim-pill--${sim.fault}`}>{FAULT_LABELS[sim.fault]}</span>}
      {sim.queue >= 1 && <span className="sim-pill sim-pill--queue" title={`${sim.queue} requests waiting for a slot`}>{sim.queue} queued</span>}
    </span>
  );
}

/** In-place rename: Enter commits, Escape cancels, blur commits. */
export function RenameInput({ id, initial, className = 'rename-input' }: { id: string; initial: string; className?: string }) {
  const store = useEditorStore();
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit && value.trim() && value.trim() !== initial) renameElement(store, id, value.trim());
    store.getState().setRenaming(null);
  };
  return (
    <input
      ref={ref}
      className={`${className} nodrag nopan`}
      aria-label="Name"
      value={value}
      maxLength={200}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}
