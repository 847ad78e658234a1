import type { Position, Size } from '../model/types.ts';

export interface PackItem extends Size {
  id: string;
  rank: number;
}

export interface PackResult extends Size {
  /** Top-left corners relative to the packed block's top-left corner. */
  positions: Map<string, Position>;
}

export interface PackOptions {
  columnGap: number;
  rowGap: number;
}

/**
 * Lays items out in columns by rank, left to right, each column centred vertically. A rank with many
 * items wraps into several columns so thousands of unlinked nodes form a block instead of one endless
 * column.
 */
export function packColumns(items: readonly PackItem[], opts: PackOptions): PackResult {
  // A column pitch (~280px) is about 2.5 row pitches (~112px): this keeps a wrapped block roughly square.
  const maxPerColumn = Math.max(10, Math.ceil(Math.sqrt(items.length * 2.5)));
  const byRank = new Map<number, PackItem[]>();
  for (const item of items) {
    const bucket = byRank.get(item.rank);
    if (bucket) bucket.push(item);
    else byRank.set(item.rank, [item]);
  }

  const columns: { items: PackItem[]; width: number; height: number }[] = [];
  for (const rank of [...byRank.keys()].sort((a, b) => a - b)) {
    const bucket = byRank.get(rank) ?? [];
    for (let start = 0; start < bucket.length; start += maxPerColumn) {
      const chunk = bucket.slice(start, start + maxPerColumn);
      const width = chunk.reduce((max, i) => Math.max(max, i.width), 0);
      const height = chunk.reduce((sum, i) => sum + i.height, 0) + opts.rowGap * (chunk.length - 1);
      columns.push({ items: chunk, width, height });
    }
  }

  const totalHeight = columns.reduce((max, c) => Math.max(max, c.height), 0);
  const positions = new Map<string, Position>();
  let x = 0;
  for (const column of columns) {
    let y = Math.round((totalHeight - column.height) / 2);
    for (const item of column.items) {
      positions.set(item.id, { x: x + Math.round((column.width - item.width) / 2), y });
      y += item.height + opts.rowGap;
    }
    x += column.width + opts.columnGap;
  }
  const width = columns.length === 0 ? 0 : x - opts.columnGap;
  return { positions, width, height: totalHeight };
}
