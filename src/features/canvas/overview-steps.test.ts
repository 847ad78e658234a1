import { describe, expect, it } from 'vitest';
import { stepCollapsed, type ContextBox } from './overview-steps.ts';

// A row of ten contexts of 20 members, 1,000 px apart; the view shows the first three.
const contexts: ContextBox[] = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, members: 20, box: { x: i * 1000, y: 0, width: 800, height: 400 } }));
const view = { x: 0, y: 0, width: 2900, height: 600 };
const none = new Set<string>();
const all = new Set(contexts.map((c) => c.id));

describe('stepCollapsed', () => {
  it('opens the contexts off screen at once and those on screen a budget at a time, nearest the middle first', () => {
    const first = stepCollapsed(all, false, contexts, view, view, 40);
    // Off screen: opened at once (culled, they cost nothing); on screen: two of three, the middle one first.
    expect([...first].sort()).toEqual(['c0']);
    const second = stepCollapsed(first, false, contexts, view, view, 40);
    expect(second.size).toBe(0);
    expect(stepCollapsed(second, false, contexts, view, view, 40)).toBe(second);
  });

  it('always moves at least one context, however big', () => {
    const big = [{ id: 'big', members: 500, box: { x: 0, y: 0, width: 800, height: 400 } }];
    expect(stepCollapsed(new Set(['big']), false, big, view, view, 40).size).toBe(0);
  });

  it('closes at once what was not on screen before (so its members are never mounted), the rest by budget', () => {
    const before = { x: 0, y: 0, width: 1900, height: 600 }; // c0 and c1 were on screen
    const wide = { x: 0, y: 0, width: 9900, height: 600 };
    const next = stepCollapsed(none, true, contexts, wide, before, 20);
    // c2…c9 at once; of c0 and c1, the one nearer the middle of the view (c1) within the budget.
    expect([...next].sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']);
    expect([...stepCollapsed(next, true, contexts, wide, wide, 20)].sort()).toEqual([...all].sort());
  });

  it('forgets contexts that no longer exist', () => {
    const next = stepCollapsed(new Set(['gone', ...all]), true, contexts, view, view);
    expect(next.has('gone')).toBe(false);
    expect(next.size).toBe(10);
  });
});
