import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../../core/templates/index.ts';
import { resolveGroupBoxes } from '../../core/layout/group-boxes.ts';
import { collapsedInRect, overviewScene } from './overview.ts';

const model = ecommerceTemplate.build();
const boxes = resolveGroupBoxes(model);
const all = new Set(model.groups.map((g) => g.id));
const contextOf = new Map(model.nodes.filter((n) => n.group).map((n) => [n.id, n.group!]));
const end = (id: string) => contextOf.get(id) ?? id;

describe('overviewScene', () => {
  it('draws each context with members as one box that counts them, where the context is', () => {
    const scene = overviewScene(model, boxes, all, new Map(), new Set());
    const withMembers = new Set(contextOf.values());
    expect(scene.boxes.map((b) => b.group.id).sort()).toEqual([...withMembers].sort());
    for (const b of scene.boxes) {
      expect(b.box).toEqual(boxes.get(b.group.id));
      expect(b.memberCount).toBe(model.nodes.filter((n) => n.group === b.group.id).length);
    }
  });

  it('bundles every link leaving a context into exactly one line per pair of ends; links inside a context are not drawn', () => {
    const scene = overviewScene(model, boxes, all, new Map(), new Set());
    // (A link between two nodes outside every context stays React Flow's: see to-flow.test.ts.)
    const crossing = model.links.filter((l) => end(l.from) !== end(l.to) && (contextOf.has(l.from) || contextOf.has(l.to)));
    expect(scene.lines.reduce((sum, l) => sum + l.count, 0)).toBe(crossing.length);
    const pairs = scene.lines.map((l) => [l.a, l.b].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
    // A line runs between the facing sides of its two ends, and names them for its tooltip.
    const line = scene.lines.find((l) => all.has(l.a) && all.has(l.b))!;
    const a = boxes.get(line.a)!;
    expect(line.x1).toBeGreaterThanOrEqual(a.x - 0.5);
    expect(line.x1).toBeLessThanOrEqual(a.x + a.width + 0.5);
    expect(line.between).toEqual([model.groups.find((g) => g.id === line.a)!.name, model.groups.find((g) => g.id === line.b)!.name]);
  });

  it("carries a member's finding and selection to its box, and the context's own selection", () => {
    const member = model.nodes.find((n) => n.group)!;
    const marks = new Map([[member.id, { severity: 'error' as const }]]);
    const scene = overviewScene(model, boxes, all, marks, new Set([member.id]));
    const box = scene.boxes.find((b) => b.group.id === member.group)!;
    expect(box.overview).toEqual({ severity: 'error', selected: true });
    expect(box.selected).toBe(false);
    const own = overviewScene(model, boxes, all, new Map(), new Set([member.group!]));
    expect(own.boxes.find((b) => b.group.id === member.group)!.selected).toBe(true);
  });

  it("shows a simulation's worst health among a context's members, and among a bundle's links", () => {
    const [first, second] = model.nodes.filter((n) => n.group === model.groups[0]!.id);
    const leaving = model.links.find((l) => contextOf.has(l.from) && end(l.from) !== end(l.to))!;
    const overlay = new Map([
      [first!.id, { health: 'ok' as const, queue: 0 }],
      [second!.id, { health: 'failing' as const, queue: 3 }],
      [leaving.id, { health: 'degraded' as const, queue: 0 }],
    ]);
    const scene = overviewScene(model, boxes, all, new Map(), new Set(), overlay);
    expect(scene.boxes.find((b) => b.group.id === model.groups[0]!.id)!.overview.sim).toBe('failing');
    const line = scene.lines.find((l) => [l.a, l.b].includes(end(leaving.from)) && [l.a, l.b].includes(end(leaving.to)))!;
    expect(line.sim).toBe('degraded');
    // Without a run, nothing carries a health.
    const still = overviewScene(model, boxes, all, new Map(), new Set());
    expect(still.boxes.every((b) => b.overview.sim === undefined) && still.lines.every((l) => l.sim === undefined)).toBe(true);
  });

  it('draws nothing when no context is collapsed', () => {
    expect(overviewScene(model, boxes, new Set(), new Map(), new Set()).boxes).toEqual([]);
  });
});

describe('collapsedInRect', () => {
  it('picks the boxes a selection rectangle touches, even partly', () => {
    const scene = overviewScene(model, boxes, all, new Map(), new Set());
    const first = scene.boxes[0]!;
    const corner = { x: first.box.x + first.box.width - 5, y: first.box.y + first.box.height - 5, width: 10, height: 10 };
    expect(collapsedInRect(scene.boxes, corner)).toContain(first.group.id);
    expect(collapsedInRect(scene.boxes, { x: -1e6, y: -1e6, width: 1, height: 1 })).toEqual([]);
  });
});
