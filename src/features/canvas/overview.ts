/**
 * The overview drawn far out (zoom below OVERVIEW_ZOOM, see lod.ts): every bounded context with members
 * collapses into one box carrying their worst mark, and the links that leave a context are bundled into
 * one line per pair of ends. A 1,000-node model at fit view is then ~50 boxes and a few hundred lines
 * instead of 1,000 nodes and 1,500 links: React Flow runs a store selector per drawn node and link on
 * every pan and zoom frame, and the browser paints each of them, so this is what keeps the whole-diagram
 * view smooth. Readable too: at that zoom a node's name is a few pixels high, a context's is not.
 * Contexts open and close a few at a time (overview-steps.ts), so crossing the threshold is never one
 * long task.
 */
import type { Link, LinkKind, Model } from '../../core/model/index.ts';
import type { Severity } from '../../core/rules/index.ts';
import type { ContextOverview, ElementMark } from './flow-types.ts';
import { worseSeverity } from './marks.ts';

/** The collapsed context each of their members is drawn as. */
export function collapsedGroupOf(model: Model, collapsed: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const node of model.nodes) if (node.group && collapsed.has(node.group)) out.set(node.id, node.group);
  return out;
}

/** Per collapsed context: the worst mark of it and its members, and whether a member is selected. */
export function contextOverviews(
  groupOf: ReadonlyMap<string, string>,
  marks: ReadonlyMap<string, ElementMark>,
  selectedNodes: ReadonlySet<string>,
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
    if (!mark?.severity && !mark?.highlighted && !selected) {
      entry(groupId);
      continue;
    }
    const o = entry(groupId);
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
}

/**
 * Splits the links: those between two drawn nodes stay themselves; those touching a collapsed context
 * join the bundle of their two ends (either direction); those inside one context are not drawn.
 */
export function bundleLinks(
  links: readonly Link[],
  groupOf: ReadonlyMap<string, string>,
  marks: ReadonlyMap<string, ElementMark>,
): { own: Link[]; bundles: Bundle[] } {
  const own: Link[] = [];
  const bundles = new Map<string, Bundle>();
  for (const link of links) {
    const from = groupOf.get(link.from);
    const to = groupOf.get(link.to);
    if (from === undefined && to === undefined) {
      own.push(link);
      continue;
    }
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
  }
  return { own, bundles: [...bundles.values()] };
}
