/**
 * The one mapper from the model to React Flow's nodes and edges. React Flow re-renders every node
 * whose object changes, so this keeps the previous object for every node and edge whose inputs (the
 * model entity, its selection, its parent box) did not change: a drag of one node out of 1,000
 * re-renders one node. It runs on every drag frame, so it updates its caches in place (a generation
 * stamp finds the entries of deleted elements) rather than building new maps of every element, and
 * keeps the link lanes while the links array is the same.
 */
import type { Model } from '../../core/model/index.ts';
import type { Selection } from '../../store/editor-store.ts';
import { resolveGroupBoxes } from '../../core/layout/group-boxes.ts';
import { NODE_SIZE } from '../../core/layout/node-size.ts';
import { handlesFor } from './handles.ts';
import type { ArchFlowNode, ContextFlowNode, ElementMark, FlowNode, LinkFlowEdge, Rect } from './flow-types.ts';
import { sameSimMark, type SimMark, type SimOverlay } from './sim-overlay.ts';
import { collapsedGroupOf } from './overview.ts';

interface NodeCacheEntry {
  gen: number;
  source: unknown;
  selected: boolean;
  mark?: ElementMark | undefined;
  sim?: SimMark | undefined;
  parentX: number;
  parentY: number;
  extra: number;
  out: FlowNode;
}
interface EdgeCacheEntry {
  gen: number;
  source: unknown;
  selected: boolean;
  lane: number;
  mark?: ElementMark | undefined;
  sim?: SimMark | undefined;
  out: LinkFlowEdge;
}

/** Findings' marks by element id; absent ids are unmarked. */
export type Marks = ReadonlyMap<string, ElementMark>;
const NO_MARKS: Marks = new Map();

export interface FlowMapper {
  /**
   * `overlay`: a simulation run's state at the playback cursor, by element id (see sim-overlay.ts).
   * `collapsed`: contexts drawn collapsed (the overview, see overview.ts): neither they, their members
   * nor the links that touch them are React Flow's to draw; the overview layer draws them.
   */
  (model: Model, selection: Selection, marks?: Marks, overlay?: SimOverlay, collapsed?: ReadonlySet<string>): { nodes: FlowNode[]; edges: LinkFlowEdge[] };
}

function sameMark(a: ElementMark | undefined, b: ElementMark | undefined): boolean {
  return a === b || (a?.severity === b?.severity && Boolean(a?.highlighted) === Boolean(b?.highlighted));
}

/** Makes a mapper with its own identity cache (one per canvas). */
export function createFlowMapper(): FlowMapper {
  const nodeCache = new Map<string, NodeCacheEntry>();
  const edgeCache = new Map<string, EdgeCacheEntry>();
  let gen = 0;
  let lanesFor: Model['links'] | undefined;
  let lanes = new Map<string, number>();
  // The arrays last returned: handed back when every element in them is the same object, so React Flow
  // does not rebuild its lookup of every link on each drag frame (a drag moves nodes, not links).
  let lastNodes: FlowNode[] = [];
  let lastEdges: LinkFlowEdge[] = [];
  // Entries stamped with this generation: the others belong to deleted elements.
  let liveNodes = 0;
  let liveEdges = 0;

  // A cache hit only restamps its entry (no allocation); a miss stores a new entry.
  const keepNode = (id: string, entry: NodeCacheEntry): void => {
    liveNodes++;
    nodeCache.set(id, entry);
  };
  const keepEdge = (id: string, entry: EdgeCacheEntry): void => {
    liveEdges++;
    edgeCache.set(id, entry);
  };
  // Elements hidden in the overview keep their entries, so opening the contexts again reuses them.
  const restamp = (entry: { gen: number } | undefined, count: 'node' | 'edge'): void => {
    if (!entry) return;
    entry.gen = gen;
    if (count === 'node') liveNodes++;
    else liveEdges++;
  };

  return (model, selection, marks = NO_MARKS, overlay, collapsed) => {
    gen++;
    liveNodes = 0;
    liveEdges = 0;
    const boxes = resolveGroupBoxes(model);
    const nodes: FlowNode[] = [];

    const memberCounts = new Map<string, number>();
    for (const node of model.nodes) if (node.group) memberCounts.set(node.group, (memberCounts.get(node.group) ?? 0) + 1);
    const groupOf = collapsed && collapsed.size > 0 ? collapsedGroupOf(model, collapsed) : undefined;

    // Parents must come before their children in React Flow's array.
    for (const group of model.groups) {
      const box = boxes.get(group.id) as Rect;
      const selected = selection.nodes.has(group.id);
      const count = memberCounts.get(group.id) ?? 0;
      const cached = nodeCache.get(group.id);
      if (count > 0 && collapsed?.has(group.id)) {
        restamp(cached, 'node');
        continue;
      }
      if (cached && cached.source === group && cached.selected === selected && cached.parentX === box.x &&
          cached.parentY === box.y && cached.extra === box.width * 100_003 + box.height * 7 + count) {
        restamp(cached, 'node');
        nodes.push(cached.out);
      } else {
        const ctx: ContextFlowNode = {
          id: group.id,
          type: 'context',
          position: { x: box.x, y: box.y },
          width: box.width,
          height: box.height,
          measured: { width: box.width, height: box.height },
          data: { group, memberCount: count },
          selected,
          zIndex: -1,
          // A context drags by its header: its body is where its members are.
          dragHandle: '.context-node__header',
          ariaLabel: `Bounded context ${group.name}`,
        };
        keepNode(group.id, { gen, source: group, selected, parentX: box.x, parentY: box.y, extra: box.width * 100_003 + box.height * 7 + count, out: ctx });
        nodes.push(ctx);
      }
    }

    for (const node of model.nodes) {
      if (groupOf?.has(node.id)) {
        restamp(nodeCache.get(node.id), 'node');
        continue;
      }
      const selected = selection.nodes.has(node.id);
      const mark = marks.get(node.id);
      const sim = overlay?.get(node.id);
      const parent = node.group ? boxes.get(node.group) : undefined;
      const parentX = parent?.x ?? 0;
      const parentY = parent?.y ?? 0;
      const cached = nodeCache.get(node.id);
      if (cached && cached.source === node && cached.selected === selected && cached.parentX === parentX && cached.parentY === parentY && sameMark(cached.mark, mark) && sameSimMark(cached.sim, sim)) {
        restamp(cached, 'node');
        cached.mark = mark;
        cached.sim = sim;
        nodes.push(cached.out);
      } else {
        const pos = node.position ?? { x: 0, y: 0 };
        const size = NODE_SIZE[node.kind];
        const shown = withSim(mark, sim);
        // Sizes and handle boxes are known up front, so React Flow never has to measure the DOM.
        const arch: ArchFlowNode = {
          id: node.id,
          type: node.kind,
          position: { x: pos.x - parentX, y: pos.y - parentY },
          width: size.width,
          height: size.height,
          measured: size,
          handles: handlesFor(size),
          data: shown ? { node, mark: shown } : { node },
          selected,
          ariaLabel: `${node.kind} ${node.name}`,
          ...(parent && node.group ? { parentId: node.group } : {}),
        };
        keepNode(node.id, { gen, source: node, selected, mark, sim, parentX, parentY, extra: 0, out: arch });
        nodes.push(arch);
      }
    }

    const edges: LinkFlowEdge[] = [];
    if (lanesFor !== model.links) {
      lanes = laneByLink(model);
      lanesFor = model.links;
    }
    let shownLinks: readonly Model['links'][number][] = model.links;
    if (groupOf) {
      // Links touching a collapsed context are bundled by the overview layer; their entries are kept.
      shownLinks = model.links.filter((link) => !groupOf.has(link.from) && !groupOf.has(link.to));
      if (shownLinks.length < model.links.length) {
        for (const link of model.links) if (groupOf.has(link.from) || groupOf.has(link.to)) restamp(edgeCache.get(link.id), 'edge');
      }
    }
    for (const link of shownLinks) {
      const lane = lanes.get(link.id) ?? 0;
      const selected = selection.links.has(link.id);
      const mark = marks.get(link.id);
      const sim = overlay?.get(link.id);
      const cached = edgeCache.get(link.id);
      if (cached && cached.source === link && cached.selected === selected && sameMark(cached.mark, mark) && sameSimMark(cached.sim, sim) && cached.lane === lane) {
        restamp(cached, 'edge');
        cached.mark = mark;
        cached.sim = sim;
        edges.push(cached.out);
      } else {
        const shown = withSim(mark, sim);
        const out: LinkFlowEdge = {
          id: link.id,
          type: 'link',
          source: link.from,
          target: link.to,
          sourceHandle: 'out',
          targetHandle: 'in',
          data: { link, ...(shown ? { mark: shown } : {}), ...(lane ? { lane } : {}) },
          selected,
          className: `link-edge link-edge--${link.kind}${mark?.severity ? ` has-${mark.severity}` : ''}${mark?.highlighted ? ' is-highlighted' : ''}${sim ? ` sim-${sim.health}` : ''}`,
          ariaLabel: `${link.kind} link from ${link.from} to ${link.to}`,
        };
        keepEdge(link.id, { gen, source: link, selected, mark, sim, lane, out });
        edges.push(out);
      }
    }

    // Forget deleted elements (only when there are some: the counts tell).
    if (nodeCache.size > liveNodes) for (const [id, entry] of nodeCache) if (entry.gen !== gen) nodeCache.delete(id);
    if (edgeCache.size > liveEdges) for (const [id, entry] of edgeCache) if (entry.gen !== gen) edgeCache.delete(id);
    if (!sameItems(nodes, lastNodes)) lastNodes = nodes;
    if (!sameItems(edges, lastEdges)) lastEdges = edges;
    return { nodes: lastNodes, edges: lastEdges };
  };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A finding's mark with the simulation's state folded in (what NodeCard and LinkEdge read). */
function withSim(mark: ElementMark | undefined, sim: SimMark | undefined): ElementMark | undefined {
  return sim ? { ...mark, sim } : mark;
}

/** Lanes for links that share their two ends (in either direction); lone links are left out. */
function laneByLink(model: Model): Map<string, number> {
  const byPair = new Map<string, string[]>();
  for (const link of model.links) {
    const key = link.from < link.to ? `${link.from}\u0000${link.to}` : `${link.to}\u0000${link.from}`;
    const list = byPair.get(key);
    if (list) list.push(link.id);
    else byPair.set(key, [link.id]);
  }
  const lanes = new Map<string, number>();
  for (const ids of byPair.values()) {
    if (ids.length < 2) continue;
    ids.forEach((id, i) => lanes.set(id, i - (ids.length - 1) / 2));
  }
  return lanes;
}
