/**
 * The simulator's future-event list: a binary min-heap on (time, insertion order) held in typed arrays
 * plus one array of payload objects, so pushing and popping allocate nothing. Ties pop in the order they
 * were pushed, which keeps same-instant events (a fault starting as a request arrives) in a stable order.
 */
export class EventQueue<T> {
  private times: Float64Array;
  private seqs: Float64Array;
  private types: Uint8Array;
  private items: (T | null)[];
  private count = 0;
  private seq = 0;
  /** Time, type and payload of the event the last pop() returned. */
  time = 0;
  type = 0;
  item: T | null = null;

  constructor(initialCapacity = 1024) {
    this.times = new Float64Array(initialCapacity);
    this.seqs = new Float64Array(initialCapacity);
    this.types = new Uint8Array(initialCapacity);
    this.items = new Array<T | null>(initialCapacity).fill(null);
  }

  get size(): number {
    return this.count;
  }

  /** The time of the next event (Infinity when empty). */
  peekTime(): number {
    return this.count > 0 ? this.times[0]! : Infinity;
  }

  /** Schedules `item` of `type` at `time`. */
  push(time: number, type: number, item: T | null): void {
    if (this.count === this.times.length) this.grow();
    const seq = this.seq++;
    let i = this.count++;
    const times = this.times;
    const seqs = this.seqs;
    // Sift up: move parents down until the hole fits.
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p]!;
      if (pt < time || (pt === time && seqs[p]! < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[p]!;
      this.types[i] = this.types[p]!;
      this.items[i] = this.items[p]!;
      i = p;
    }
    times[i] = time;
    seqs[i] = seq;
    this.types[i] = type;
    this.items[i] = item;
  }

  /** Removes the earliest event into `time`, `type` and `item`; false when empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    const times = this.times;
    const seqs = this.seqs;
    const types = this.types;
    const items = this.items;
    this.time = times[0]!;
    this.type = types[0]!;
    this.item = items[0]!;
    const n = --this.count;
    if (n === 0) {
      items[0] = null;
      return true;
    }
    const t = times[n]!;
    const s = seqs[n]!;
    const ty = types[n]!;
    const it = items[n]!;
    items[n] = null;
    // Sift the last element down from the root.
    let i = 0;
    const half = n >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      let ct = times[c]!;
      let cs = seqs[c]!;
      const r = c + 1;
      if (r < n) {
        const rt = times[r]!;
        if (rt < ct || (rt === ct && seqs[r]! < cs)) {
          c = r;
          ct = rt;
          cs = seqs[r]!;
        }
      }
      if (t < ct || (t === ct && s < cs)) break;
      times[i] = ct;
      seqs[i] = cs;
      types[i] = types[c]!;
      items[i] = items[c]!;
      i = c;
    }
    times[i] = t;
    seqs[i] = s;
    types[i] = ty;
    items[i] = it;
    return true;
  }

  private grow(): void {
    const size = this.times.length * 2;
    const times = new Float64Array(size);
    times.set(this.times);
    const seqs = new Float64Array(size);
    seqs.set(this.seqs);
    const types = new Uint8Array(size);
    types.set(this.types);
    this.times = times;
    this.seqs = seqs;
    this.types = types;
    for (let i = this.items.length; i < size; i++) this.items.push(null);
  }
}
