/**
 * A link's pending attempts in start order. Every attempt on a link has the same timeout, so deadlines
 * come out in that order too and one timer per link (for the oldest live attempt) replaces a heap event
 * per attempt. An answered attempt clears its slot, so the ring does not keep finished requests alive
 * for a whole timeout (which would push them into the old generation of the garbage collector).
 */
export class TimeoutRing<T> {
  private items: (T | null)[];
  private mask: number;
  /** Absolute positions: the oldest entry and one past the newest. */
  private head = 0;
  private tail = 0;

  constructor(capacity = 16) {
    this.items = new Array<T | null>(capacity).fill(null);
    this.mask = capacity - 1;
  }

  get length(): number {
    return this.tail - this.head;
  }

  /** Adds `item` at the end; returns its slot, for clear(). */
  push(item: T): number {
    if (this.tail - this.head > this.mask) this.grow();
    this.items[this.tail & this.mask] = item;
    return this.tail++;
  }

  /** Empties `slot` if it still holds `item`. */
  clear(slot: number, item: T): void {
    if (slot >= this.head && slot < this.tail && this.items[slot & this.mask] === item) this.items[slot & this.mask] = null;
  }

  /** The oldest entry (null when cleared); check length first. */
  peek(): T | null {
    return this.items[this.head & this.mask]!;
  }

  /** The slot of the oldest entry. */
  get headSlot(): number {
    return this.head;
  }

  /** Drops the oldest entry. */
  shift(): void {
    this.items[this.head & this.mask] = null;
    this.head++;
  }

  private grow(): void {
    const size = this.items.length * 2;
    const mask = size - 1;
    const items = new Array<T | null>(size).fill(null);
    for (let s = this.head; s < this.tail; s++) items[s & mask] = this.items[s & this.mask]!;
    this.items = items;
    this.mask = mask;
  }
}
