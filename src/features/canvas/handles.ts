import { Position, type NodeHandle } from '@xyflow/react';

/** Side length of a connection handle, in flow pixels. */
export const HANDLE_SIZE = 12;

const cache = new Map<string, NodeHandle[]>();

/** Handle boxes for a node of this size: links come in on the left and leave on the right. */
export function handlesFor(size: { width: number; height: number }): NodeHandle[] {
  const key = `${size.width}x${size.height}`;
  let handles = cache.get(key);
  if (!handles) {
    const y = size.height / 2 - HANDLE_SIZE / 2;
    handles = [
      { id: 'in', type: 'target', position: Position.Left, x: -HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
      { id: 'out', type: 'source', position: Position.Right, x: size.width - HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
    ];
    cache.set(key, handles);
  }
  return handles;
}
