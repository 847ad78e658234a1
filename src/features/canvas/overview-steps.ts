/**
 * Opening and closing the overview (overview.ts) a few contexts at a time. Opening a context mounts its
 * members with their links; at the threshold a 1,000-node model has ~250 of them on screen, so opening
 * them all at once would be one ~300 ms task. Instead each frame
 * opens the contexts nearest the middle of the view until a budget of members is spent. What costs
 * nothing goes at once: contexts off screen (their members are culled), and, when closing, contexts
 * that were not on screen in the previous step (closing them saves mounting their members now).
 */
import type { Model } from '../../core/model/index.ts';
import type { Rect } from '../../core/layout/group-boxes.ts';

export interface ContextBox {
  id: string;
  members: number;
  box: Rect;
}

/**
 * Members mounted or unmounted per frame: one context of 20. A step costs React Flow's bookkeeping over
 * the whole model (~40 ms at 1,000 nodes on these machines) plus ~1 ms a member, so smaller steps would
 * not get much shorter, and bigger ones would get longer.
 */
export const MEMBERS_PER_STEP = 20;

/** The contexts that can collapse (those with members), with their boxes. */
export function contextBoxes(model: Model, boxes: ReadonlyMap<string, Rect>): ContextBox[] {
  const members = new Map<string, number>();
  for (const node of model.nodes) if (node.group) members.set(node.group, (members.get(node.group) ?? 0) + 1);
  const out: ContextBox[] = [];
  for (const group of model.groups) {
    const box = boxes.get(group.id);
    const count = members.get(group.id) ?? 0;
    if (box && count > 0) out.push({ id: group.id, members: count, box });
  }
  return out;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const distance = (box: Rect, view: Rect) =>
  Math.hypot(box.x + box.width / 2 - (view.x + view.width / 2), box.y + box.height / 2 - (view.y + view.height / 2));

/**
 * The collapsed set one step towards `collapse` (all collapsed, or none). `view` is what is on screen
 * now and `before` what was on screen at the previous step, both in flow coordinates. Returns `current`
 * itself when it is already there.
 */
export function stepCollapsed(
  current: ReadonlySet<string>,
  collapse: boolean,
  contexts: readonly ContextBox[],
  view: Rect,
  before: Rect,
  budget = MEMBERS_PER_STEP,
): ReadonlySet<string> {
  const pending = contexts.filter((c) => current.has(c.id) !== collapse);
  const stale = [...current].filter((id) => !contexts.some((c) => c.id === id));
  if (pending.length === 0 && stale.length === 0) return current;
  const next = new Set(current);
  for (const id of stale) next.delete(id);
  // Free moves first; the rest, nearest the middle of the view first, while the budget lasts (at least one).
  const costly: ContextBox[] = [];
  for (const c of pending) {
    const free = collapse ? !overlaps(c.box, before) || !overlaps(c.box, view) : !overlaps(c.box, view);
    if (free) toggle(next, c.id, collapse);
    else costly.push(c);
  }
  costly.sort((a, b) => distance(a.box, view) - distance(b.box, view));
  let spent = 0;
  for (const c of costly) {
    if (spent > 0 && spent + c.members > budget) break;
    toggle(next, c.id, collapse);
    spent += c.members;
  }
  return next;
}

function toggle(set: Set<string>, id: string, collapse: boolean): void {
  if (collapse) set.add(id);
  else set.delete(id);
}
