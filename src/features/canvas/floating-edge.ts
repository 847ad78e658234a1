import { Position } from '@xyflow/react';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FloatingEnds {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  sourcePosition: Position;
  targetPosition: Position;
}

/** Where the line from `box`'s centre towards `toward` leaves the box, and through which side. */
function exitPoint(box: Box, toward: { x: number; y: number }): { x: number; y: number; side: Position } {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: box.x + box.width, y: cy, side: Position.Right };
  const halfW = box.width / 2;
  const halfH = box.height / 2;
  // Scale the direction so it touches the nearer of the vertical or horizontal sides.
  const scale = Math.min(dx === 0 ? Infinity : halfW / Math.abs(dx), dy === 0 ? Infinity : halfH / Math.abs(dy));
  const x = cx + dx * scale;
  const y = cy + dy * scale;
  const side = Math.abs(x - box.x) < 0.5 ? Position.Left
    : Math.abs(x - (box.x + box.width)) < 0.5 ? Position.Right
    : Math.abs(y - box.y) < 0.5 ? Position.Top
    : Position.Bottom;
  return { x, y, side };
}

/**
 * Floating ends: a link leaves and enters each node on the side facing the other node, so links to a
 * database drawn below its service run straight down instead of looping round to a side handle.
 */
export function floatingEnds(source: Box, target: Box): FloatingEnds {
  const sc = { x: source.x + source.width / 2, y: source.y + source.height / 2 };
  const tc = { x: target.x + target.width / 2, y: target.y + target.height / 2 };
  const s = exitPoint(source, tc);
  const t = exitPoint(target, sc);
  return { sx: s.x, sy: s.y, tx: t.x, ty: t.y, sourcePosition: s.side, targetPosition: t.side };
}

/** Shifts both ends sideways (perpendicular to the line between the node centres) by `offset` pixels. */
export function offsetEnds(ends: FloatingEnds, source: Box, target: Box, offset: number): FloatingEnds {
  if (offset === 0) return ends;
  // Measured from the lower id's side so a link and its reverse get opposite sides for opposite lanes.
  const dx = target.x + target.width / 2 - (source.x + source.width / 2);
  const dy = target.y + target.height / 2 - (source.y + source.height / 2);
  const length = Math.hypot(dx, dy) || 1;
  const nx = (-dy / length) * offset;
  const ny = (dx / length) * offset;
  return { ...ends, sx: ends.sx + nx, sy: ends.sy + ny, tx: ends.tx + nx, ty: ends.ty + ny };
}
