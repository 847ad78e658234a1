/**
 * The fast fallback when ELK is too slow or the graph too big: a longest-path rank over the links, left
 * to right, with each group packed as one box. Linear time, no crossing minimisation.
 */
import type { Model } from '../model/types.ts';
import { longestPathRank } from './longest-path-rank.ts';
import { packColumns } from './pack-columns.ts';
import type { PackItem } from './pack-columns.ts';
import { EMPTY_GROUP_SIZE, GROUP_HEADER, GROUP_PADDING, NODE_GAP, NODE_SIZE } from './node-size.ts';
import type { LayoutResult } from './types.ts';

const GAPS = { columnGap: NODE_GAP, rowGap: 40 };
const unitOfGroup = (groupId: string): string => `g:${groupId}`;
const unitOfNode = (nodeId: string): string => `n:${nodeId}`;

/** Positions every node and group on a layered grid without ELK. */
export function gridLayout(model: Model): LayoutResult {
  const groupIds = new Set(model.groups.map((g) => g.id));
  const nodeGroup = new Map<string, string | undefined>();
  const members = new Map<string, string[]>(model.groups.map((g) => [g.id, []]));
  for (const node of model.nodes) {
    const group = node.group !== undefined && groupIds.has(node.group) ? node.group : undefined;
    nodeGroup.set(node.id, group);
    if (group !== undefined) members.get(group)?.push(node.id);
  }
  const unitOf = (nodeId: string): string => {
    const group = nodeGroup.get(nodeId);
    return group === undefined ? unitOfNode(nodeId) : unitOfGroup(group);
  };

  // Links inside a group order its members; links across units order the units.
  const innerEdges = new Map<string, [string, string][]>();
  const outerEdges: [string, string][] = [];
  for (const link of model.links) {
    if (!nodeGroup.has(link.from) || !nodeGroup.has(link.to)) continue;
    const fromUnit = unitOf(link.from);
    const toUnit = unitOf(link.to);
    if (fromUnit !== toUnit) outerEdges.push([fromUnit, toUnit]);
    else {
      const group = nodeGroup.get(link.from);
      if (group !== undefined) {
        const list = innerEdges.get(group);
        if (list) list.push([link.from, link.to]);
        else innerEdges.set(group, [[link.from, link.to]]);
      }
    }
  }

  const kindOf = new Map(model.nodes.map((n) => [n.id, n.kind]));
  const sizeOf = (nodeId: string) => NODE_SIZE[kindOf.get(nodeId) ?? 'service'];

  // Pack each group's members first: its box size is what the outer pass places.
  const groupPacks = new Map<string, ReturnType<typeof packColumns>>();
  const units: PackItem[] = [];
  for (const group of model.groups) {
    const ids = members.get(group.id) ?? [];
    const ranks = longestPathRank(ids, innerEdges.get(group.id) ?? []);
    const pack = packColumns(
      ids.map((id) => ({ id, rank: ranks.get(id) ?? 0, ...sizeOf(id) })),
      GAPS,
    );
    groupPacks.set(group.id, pack);
    const size =
      ids.length === 0
        ? EMPTY_GROUP_SIZE
        : { width: pack.width + 2 * GROUP_PADDING, height: pack.height + GROUP_HEADER + 2 * GROUP_PADDING };
    units.push({ id: unitOfGroup(group.id), rank: 0, width: size.width, height: size.height });
  }
  for (const node of model.nodes) {
    if (nodeGroup.get(node.id) === undefined) units.push({ id: unitOfNode(node.id), rank: 0, ...NODE_SIZE[node.kind] });
  }
  const unitRanks = longestPathRank(
    units.map((u) => u.id),
    outerEdges,
  );
  const outer = packColumns(
    units.map((u) => ({ ...u, rank: unitRanks.get(u.id) ?? 0 })),
    GAPS,
  );

  const result: LayoutResult = { positions: {}, groups: {} };
  for (const unit of units) {
    const origin = outer.positions.get(unit.id) ?? { x: 0, y: 0 };
    if (unit.id.startsWith('n:')) {
      result.positions[unit.id.slice(2)] = origin;
      continue;
    }
    const groupId = unit.id.slice(2);
    result.groups[groupId] = { position: origin, size: { width: unit.width, height: unit.height } };
    for (const [nodeId, inner] of groupPacks.get(groupId)?.positions ?? []) {
      result.positions[nodeId] = {
        x: origin.x + GROUP_PADDING + inner.x,
        y: origin.y + GROUP_HEADER + GROUP_PADDING + inner.y,
      };
    }
  }
  return result;
}
