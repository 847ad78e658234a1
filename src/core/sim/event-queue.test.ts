import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue.ts';
import { Rng } from './prng.ts';

describe('EventQueue', () => {
  it('pops in time order, growing past its initial capacity', () => {
    const q = new EventQueue<number>(2);
    const rng = new Rng(9);
    const times = Array.from({ length: 5_000 }, () => Math.floor(rng.next() * 1000));
    times.forEach((t, i) => q.push(t, i % 7, i));
    expect(q.size).toBe(5_000);
    const out: number[] = [];
    while (q.pop()) {
      expect(q.type).toBe(q.item! % 7);
      out.push(q.time);
    }
    expect(out).toEqual([...times].sort((a, b) => a - b));
    expect(q.pop()).toBe(false);
    expect(q.peekTime()).toBe(Infinity);
  });

  it('pops events at the same time in the order they were pushed', () => {
    const q = new EventQueue<string>();
    for (const name of ['a', 'b', 'c', 'd', 'e']) q.push(5, 0, name);
    q.push(1, 0, 'first');
    const order: string[] = [];
    while (q.pop()) order.push(q.item!);
    expect(order).toEqual(['first', 'a', 'b', 'c', 'd', 'e']);
  });

  it('interleaves pushes and pops correctly', () => {
    const q = new EventQueue<null>();
    const rng = new Rng(1);
    let now = 0;
    for (let i = 0; i < 100; i++) q.push(rng.next() * 10, 0, null);
    for (let i = 0; i < 10_000; i++) {
      q.pop();
      expect(q.time).toBeGreaterThanOrEqual(now);
      now = q.time;
      q.push(now + rng.exponential(3), 0, null);
    }
  });
});
