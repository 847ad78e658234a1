/**
 * The overview drawn far out (zoom below OVERVIEW_ZOOM, see lod.ts): every bounded context with members
 * collapses into one box carrying their worst mark, and the links that leave a context are bundled into
 * one line per pair of ends. A 1,000-node model at fit view is then ~50 boxes and ~50 lines instead of
 * 1,000 nodes and 1,500 links. Readable too: at that zoom a node's name is a few pixels high, a
 * context's is not. The boxes and lines are not React Flow nodes and edges but one layer
 * (OverviewLayer.tsx): a React Flow node is positioned by its own transform, and the browser re-layers
 * every separately transformed element on each pan frame, so 50 boxes cost four times what 13 do;
 * boxes placed by left/top in one layer cost the same however many there are.
 * Contexts open and close a few at a time (overview-steps.ts), so crossing the threshold is never one
 * long task.
 */
import type { Group, Link, LinkKind, Model } from '../../core/model/index.ts';
import type { Severity } from '../../core/rules/index.ts';
import type { Rect } from '../../core/layout/group-boxes.ts';
import { NODE_SIZE } from '../../core/layout/node-size.ts';
import type { ElementMark } from './flow-types.ts';
import { floatingEnds } from './floating-edge.ts';
import { worseSeverity } from './marks.ts';
import { worseHealth, type SimHealth, type SimOverlay } from './sim-overlay.ts';

/** What a collapsed context shows of its members, which are not drawn. */
export interface ContextOverview {
  severity?: Severity;
  highlighted?: boolean;
  /** Some member is selected. */
  selected?: boolean;
  /** During simulation playback: the worst health among its members at the cursor. */
  sim?: SimHealth;
}

/** The collapsed context each of their members is drawn as. */
export function collapsedGroupOf(model: Model, collapsed: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const node of model.nodes) if (node.group && collapsed.has(node.group)) out.set(node.id, node.group);
  return out;
}

/**
 * Per collapsed context: the worst mark of it and its members, whether a member is selected, and during
 * playback (`overlay`) its members' worst health.
 */
export function contextOverviews(
  groupOf: ReadonlyMap<string, string>,
  marks: ReadonlyMap<string, ElementMark>,
  selectedNodes: ReadonlySet<string>,
  overlay?: SimOverlay,
): Map<string, ContextOverview> {
  const out = new Map<string, ContextOverview>();
  const entry = (groupId: string) => {
    let o = out.get(groupId);
    if (!o) out.set(groupId, (o = {}));
    return o;
  };
  for (const [nodeId, groupId] of groupOf) {
    const mark = marks.get(nodeId);
    const selected = selectedNodes.has(nodeId);
    const sim = overlay?.get(nodeId)?.health;
    if (!mark?.severity && !mark?.highlighted && !selected && !sim) {
      entry(groupId);
      continue;
    }
    const o = entry(groupId);
    const health = worseHealth(o.sim, sim);
    if (health) o.sim = health;
    const severity = worseSeverity(o.severity, mark?.severity);
    if (severity) o.severity = severity;
    if (mark?.highlighted) o.highlighted = true;
    if (selected) o.selected = true;
  }
  for (const [groupId, o] of out) {
    const own = marks.get(groupId);
    const severity = worseSeverity(o.severity, own?.severity);
    if (severity) o.severity = severity;
    if (own?.highlighted) o.highlighted = true;
  }
  return out;
}

export interface Bundle {
  /** Stable across renders: the two ends, in id order. */
  key: string;
  a: string;
  b: string;
  count: number;
  kinds: Record<LinkKind, number>;
  severity?: Severity;
  highlighted?: boolean;
  /** During simulation playback: the worst health among its links at the cursor. */
  sim?: SimHealth;
}

/**
 * The bundles of the links touching a collapsed context: one per pair of ends (either direction). Links
 * inside one context are not drawn; links between two drawn nodes are React Flow's (to-flow.ts).
 */
export function bundleLinks(
  links: readonly Link[],
  groupOf: ReadonlyMap<string, string>,
  marks: ReadonlyMap<string, ElementMark>,
  overlay?: SimOverlay,
): Bundle[] {
  const bundles = new Map<string, Bundle>();
  for (const link of links) {
    const from = groupOf.get(link.from);
    const to = groupOf.get(link.to);
    if (from === undefined && to === undefined) continue;
    const a0 = from ?? link.from;
    const b0 = to ?? link.to;
    if (a0 === b0) continue;
    const [a, b] = a0 < b0 ? [a0, b0] : [b0, a0];
    const key = `${a}|${b}`;
    let bundle = bundles.get(key);
    if (!bundle) bundles.set(key, (bundle = { key, a, b, count: 0, kinds: { sync: 0, async: 0, data: 0 } }));
    bundle.count++;
    bundle.kinds[link.kind]++;
    const mark = marks.get(link.id);
    const severity = worseSeverity(bundle.severity, mark?.severity);
    if (severity) bundle.severity = severity;
    if (mark?.highlighted) bundle.highlighted = true;
    const health = worseHealth(bundle.sim, overlay?.get(link.id)?.health);
    if (health) bundle.sim = health;
  }
  return [...bundles.values()];
}

/** A collapsed context as the overview layer draws it. */
export interface CollapsedBox {
  group: Group;
  box: Rect;
  memberCount: number;
  /** The context itself is selected. */
  selected: boolean;
  overview: ContextOverview;
}

/** A bundle as the overview layer draws it: a straight line between the facing sides of its ends. */
export interface BundleLine extends Bundle {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The two ends' names, for the line's tooltip. */
  between: readonly [string, string];
}

export interface OverviewScene {
  boxes: CollapsedBox[];
  lines: BundleLine[];
}

export const EMPTY_SCENE: OverviewScene = { boxes: [], lines: [] };

/**
 * What the overview layer draws for the `collapsed` contexts: their boxes, and the bundles of the links
 * that touch them. A bundle's other end may be a drawn node (outside any context, or in an open one);
 * its box comes from the model, like everything here, so the layer needs nothing from React Flow.
 */
export function overviewScene(
  model: Model,
  boxes: ReadonlyMap<string, Rect>,
  collapsed: ReadonlySet<string>,
  marks: ReadonlyMap<string, ElementMark>,
  selectedNodes: ReadonlySet<string>,
  overlay?: SimOverlay,
): OverviewScene {
  if (collapsed.size === 0) return EMPTY_SCENE;
  const groupOf = collapsedGroupOf(model, collapsed);
  const overviews = contextOverviews(groupOf, marks, selectedNodes, overlay);
  const memberCounts = new Map<string, number>();
  for (const id of groupOf.values()) memberCounts.set(id, (memberCounts.get(id) ?? 0) + 1);
  const out: CollapsedBox[] = [];
  for (const group of model.groups) {
    const overview = overviews.get(group.id);
    const box = boxes.get(group.id);
    // A collapsed context without members has nothing to stand for: it stays a React Flow node.
    if (!overview || !box) continue;
    out.push({ group, box, memberCount: memberCounts.get(group.id) ?? 0, selected: selectedNodes.has(group.id), overview });
  }
  const bundles = bundleLinks(model.links, groupOf, marks, overlay);
  const ends = new Map<string, { name: string; box: Rect }>();
  for (const b of out) ends.set(b.group.id, { name: b.group.name, box: b.box });
  const wanted = new Set<string>();
  for (const bundle of bundles) for (const end of [bundle.a, bundle.b]) if (!ends.has(end)) wanted.add(end);
  if (wanted.size > 0) {
    for (const node of model.nodes) {
      if (!wanted.has(node.id) || !node.position) continue;
      ends.set(node.id, { name: node.name, box: { ...node.position, ...NODE_SIZE[node.kind] } });
    }
  }
  const lines: BundleLine[] = [];
  for (const bundle of bundles) {
    const a = ends.get(bundle.a);
    const b = ends.get(bundle.b);
    if (!a || !b) continue;
    const { sx, sy, tx, ty } = floatingEnds(a.box, b.box);
    lines.push({ ...bundle, x1: sx, y1: sy, x2: tx, y2: ty, between: [a.name, b.name] });
  }
  return { boxes: out, lines };
}

const touches = (a: Rect, b: Rect) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/** The collapsed contexts a selection box touches (the canvas selects partly covered elements too). */
export function collapsedInRect(boxes: readonly CollapsedBox[], rect: Rect): string[] {
  return boxes.filter((b) => touches(b.box, rect)).map((b) => b.group.id);
}
