/**
 * The discrete-event engine. Simulated time in ms; a binary heap holds what happens later (arrivals,
 * the end of a node's own latency, timeouts, retries, fault boundaries). What follows at the same instant
 * (a job resuming after a call answered) runs at once, up to MAX_DEPTH nested, then through a FIFO, so a
 * chain of instant answers never recurses deeply. Because an answer can resume its caller on the spot,
 * every handler finishes its own bookkeeping before it answers.
 *
 * A request at a node (a Job) waits for a slot, holds it for its own latency, then makes its data calls,
 * its sync calls (one after another, in parallel, or down one route) and its publishes, and answers.
 * Sync calls go through retry → bulkhead → circuit breaker → timeout → the callee, as resilience4j
 * stacks them: a bulkhead or breaker rejection is not retried, and a bulkhead rejection says nothing
 * about the callee's health. A callee keeps working after its caller times out; its late answer is dropped.
 */
import { backoffMs } from './backoff.ts';
import type { BreakerState } from './breaker.ts';
import type { Compiled } from './compile.ts';
import { DELAYED_MESSAGE_MS, DRAIN_MS, MAX_ASYNC_HOPS } from './constants.ts';
import { Deque } from './deque.ts';
import { dexp } from './det-math.ts';
import { EntryTable } from './entry-table.ts';
import { EventQueue } from './event-queue.ts';
import {
  ASYNC,
  BREAKER_OPEN,
  BULKHEAD_FULL,
  CAPACITY,
  ERROR,
  FROM_CALL,
  FROM_ENTRY,
  FROM_MESSAGE,
  Job,
  LAT_CONSTANT,
  LAT_LOGNORMAL,
  Message,
  ROUTER,
  SEQUENTIAL,
  TIMEOUT,
  UPSTREAM,
} from './runtime.ts';
import type { EntryRt, FaultRt, LinkRt, NodeRt } from './runtime.ts';
import { SeriesTable } from './series-table.ts';
import type { BreakerTransition, SimOptions } from './types.ts';

const EV_ARRIVAL = 1;
const EV_LATENCY = 2;
const EV_TIMEOUT = 3;
const EV_RETRY = 4;
const EV_FAULT_START = 5;
const EV_FAULT_END = 6;

/** Breaker transitions kept before the log stops (a breaker with a 0 ms recovery can flap on every call). */
const MAX_TRANSITIONS = 100_000;
/** Nested same-instant resumptions before the engine defers to its FIFO. */
const MAX_DEPTH = 32;
/** How often, in events, progress is reported and cancellation polled. */
const CHECK_EVERY = 16_384;

/** Thrown when SimOptions.shouldCancel answers true; named like the DOM's so callers can treat both alike. */
export class SimCancelledError extends Error {
  override name = 'AbortError';
  constructor() {
    super('The simulation was cancelled');
  }
}

export class Engine {
  now = 0;
  events = 0;
  readonly nodesT: SeriesTable;
  readonly linksT: SeriesTable;
  readonly entryT: EntryTable;
  readonly transitions: BreakerTransition[] = [];
  readonly warnings: string[] = [];
  private readonly heap = new EventQueue<unknown>(4096);
  private readonly soon = new Deque<Job>(256);
  private readonly endMs: number;
  private nextCheck = CHECK_EVERY;
  private lastProgress = -1;
  private hopWarned = false;
  private depth = 0;

  constructor(
    private readonly c: Compiled,
    private readonly durationMs: number,
    bucketMs: number,
    bucketCount: number,
    private readonly opts: SimOptions,
  ) {
    this.nodesT = new SeriesTable(c.nodes.map((n) => n.id), bucketCount, bucketMs, durationMs, true);
    this.linksT = new SeriesTable(c.links.map((l) => l.id), bucketCount, bucketMs, durationMs, false);
    this.entryT = new EntryTable(c.entryIds, bucketCount, bucketMs);
    this.endMs = durationMs + DRAIN_MS;
  }

  /** Runs to the end of the drain period (or until nothing is left to happen). */
  run(): void {
    if (this.opts.shouldCancel?.() === true) throw new SimCancelledError();
    for (const entry of this.c.entries) this.scheduleArrival(entry, 0);
    for (const f of this.c.faults) {
      if (f.fromMs <= this.endMs) this.heap.push(f.fromMs, EV_FAULT_START, f);
      if (f.toMs <= this.endMs) this.heap.push(f.toMs, EV_FAULT_END, f);
    }
    const heap = this.heap;
    const soon = this.soon;
    for (;;) {
      const job = soon.shift();
      if (job !== undefined) {
        this.events++;
        this.resume(job);
        continue;
      }
      if (heap.size === 0 || heap.peekTime() > this.endMs) break;
      heap.pop();
      this.now = heap.time;
      this.events++;
      switch (heap.type) {
        case EV_LATENCY:
          this.resume(heap.item as Job);
          break;
        case EV_ARRIVAL:
          this.onArrival(heap.item as EntryRt);
          break;
        case EV_TIMEOUT:
          this.onTimeoutCheck(heap.item as LinkRt);
          break;
        case EV_RETRY:
          this.onRetry(heap.item as Job);
          break;
        case EV_FAULT_START:
          this.onFault(heap.item as FaultRt, true);
          break;
        case EV_FAULT_END:
          this.onFault(heap.item as FaultRt, false);
          break;
      }
      if (this.events >= this.nextCheck) this.checkpoint();
    }
    // Bring every level up to the end of the series time span.
    const t = Math.max(this.now, this.durationMs);
    for (const n of this.c.nodes) this.nodesT.level(n.index, t, n.busy, n.queue.length);
    for (const l of this.c.links) this.linksT.level(l.index, t, l.inflight, l.backlog.length);
  }

  private checkpoint(): void {
    this.nextCheck = this.events + CHECK_EVERY;
    if (this.opts.shouldCancel?.() === true) throw new SimCancelledError();
    const fraction = Math.min(1, this.now / this.durationMs);
    if (this.opts.onProgress && fraction - this.lastProgress >= 0.01) {
      this.lastProgress = fraction;
      this.opts.onProgress(fraction);
    }
  }

  // ── load ────────────────────────────────────────────────────────────────────────────────────────

  /** Schedules the entry point's next Poisson arrival after `from` (thinning when the rate varies). */
  private scheduleArrival(e: EntryRt, from: number): void {
    if (e.maxRate <= 0) return;
    const meanGap = 1000 / e.maxRate;
    let t = from;
    for (;;) {
      t += e.rng.exponential(meanGap);
      if (t >= this.durationMs) return;
      if (e.steps.length === 0 || e.rng.next() * e.maxRate < rateAt(e, t)) {
        this.heap.push(t, EV_ARRIVAL, e);
        return;
      }
    }
  }

  private onArrival(e: EntryRt): void {
    const job = new Job(e.node, FROM_ENTRY, this.now, null, 0);
    job.entry = e.index;
    this.entryT.arrival(e.index, this.now);
    this.arrive(job);
    this.scheduleArrival(e, this.now);
  }

  // ── jobs at a node ──────────────────────────────────────────────────────────────────────────────

  private arrive(job: Job): void {
    const node = job.node;
    this.nodesT.arrival(node.index, this.now);
    if (node.down) this.refuse(job, ERROR);
    else if (node.hung) node.unanswered++;
    else if (node.busy < node.slots) this.start(job);
    else if (node.queue.length < node.queueLimit) {
      this.nodesT.level(node.index, this.now, node.busy, node.queue.length);
      node.queue.push(job);
      if (node.queue.length > node.maxQueue) node.maxQueue = node.queue.length;
    } else this.refuse(job, CAPACITY);
  }

  /** Answers a job that never got a slot. */
  private refuse(job: Job, cause: number): void {
    job.done = true;
    this.nodesT.failure(job.node.index, this.now, cause);
    this.respond(job, false, cause, cause);
  }

  private start(job: Job): void {
    const node = job.node;
    const now = this.now;
    this.nodesT.level(node.index, now, node.busy, node.queue.length);
    node.busy++;
    job.startedAt = now;
    node.started++;
    node.queueWaitSum += now - job.arrivedAt;
    if (node.errorRate > 0 && node.rng.next() < node.errorRate) job.failed = true;
    if (node.latKind === LAT_CONSTANT && node.latScale === 0) this.soon.push(job);
    else this.heap.push(now + this.latency(node), EV_LATENCY, job);
  }

  private latency(node: NodeRt): number {
    const base =
      node.latKind === LAT_LOGNORMAL ? node.latScale * dexp(node.latSigma * node.rng.normal()) : node.latKind === LAT_CONSTANT ? node.latScale : node.rng.exponential(node.latScale);
    return base * node.slow;
  }

  /** Continues a job after its own latency or after a call settles. */
  private resume(job: Job): void {
    if (job.done) return;
    if (job.failed) this.finish(job, false, ERROR, ERROR);
    else this.advance(job);
  }

  /** Makes the job's next call, or answers when its plan is done. */
  private advance(job: Job): void {
    const node = job.node;
    if (job.phase === 0) {
      if (job.step < node.pre.length) return this.startCall(job, node.pre[job.step++]!);
      job.phase = 1;
      job.step = 0;
    }
    if (job.phase === 1) {
      const sync = node.sync;
      if (sync.length > 0) {
        if (node.mode === SEQUENTIAL) {
          if (job.step < sync.length) return this.startCall(job, sync[job.step++]!);
        } else if (node.mode === ROUTER) {
          let route = job.route;
          if (route === null) route = job.route = node.routeLinks.length > 0 ? pickRoute(node) : sync.length === 1 ? sync[0]! : sync[Math.floor(node.rng.next() * sync.length)]!;
          if (job.step < route.callsPerRequest) {
            job.step++;
            return this.startCall(job, route);
          }
        } else {
          // Parallel: fire everything; the last call to settle resumes the job at its publishes.
          job.phase = 2;
          job.step = 0;
          job.pending = sync.length;
          for (let k = 0; k < sync.length && !job.done; k++) this.startCall(job, sync[k]!);
          return;
        }
      }
      job.phase = 2;
      job.step = 0;
    }
    if (job.step < node.post.length) {
      if (job.hops < MAX_ASYNC_HOPS) return this.startCall(job, node.post[job.step++]!);
      this.warnHops();
    }
    this.finish(job, true, 0, 0);
  }

  private finish(job: Job, ok: boolean, cause: number, rootCause: number): void {
    job.done = true;
    const node = job.node;
    const now = this.now;
    this.nodesT.level(node.index, now, node.busy, node.queue.length);
    node.busy--;
    if (ok) {
      const latency = now - job.arrivedAt;
      this.nodesT.success(node.index, now, latency, job.degraded);
      node.latencySum += latency;
      if (node.isBroker && job.link !== null) this.fanOut(job.link, job.hops);
    } else this.nodesT.failure(node.index, now, cause);
    // Hand the slot on before answering: the answer may resume the caller, which may call this node again.
    const next = node.queue.shift();
    if (next !== undefined) this.start(next);
    else if (node.consumes.length > 0) this.consume(node);
    this.respond(job, ok, cause, rootCause);
  }

  /** Tells whoever waits for `job` how it went. */
  private respond(job: Job, ok: boolean, cause: number, rootCause: number): void {
    const now = this.now;
    if (job.from === FROM_CALL) this.answer(job, ok, cause, job.degraded);
    else if (job.from === FROM_ENTRY) {
      // A client only forwards: what its user saw is why its call failed.
      if (ok) this.entryT.success(job.entry, job.arrivedAt, now - job.arrivedAt, job.degraded);
      else this.entryT.failure(job.entry, job.arrivedAt, job.node.isClient ? rootCause : cause);
    } else {
      const message = job.message!;
      const link = message.link;
      this.linksT.level(link.index, now, link.inflight, link.backlog.length);
      link.inflight--;
      if (ok) {
        const lag = now - message.publishedAt;
        this.linksT.success(link.index, now, lag, false);
        link.delivered++;
        link.lagSum += lag;
        if (lag > link.lagMax) link.lagMax = lag;
        if (lag > DELAYED_MESSAGE_MS) link.delayed++;
      } else {
        this.linksT.failure(link.index, now, cause);
        link.messagesFailed++;
      }
    }
  }

  // ── calls ───────────────────────────────────────────────────────────────────────────────────────

  private startCall(job: Job, link: LinkRt): void {
    if (link.inCycle && onPath(job, link.to)) return this.callSettled(job);
    link.calls++;
    if (link.kind === ASYNC && !link.to.isBroker) {
      this.deliver(link, job.hops + 1);
      return this.callSettled(job);
    }
    this.attempt(job, link, 1);
  }

  /** Attempt number `n` of `caller`'s call along `link`. */
  private attempt(caller: Job, link: LinkRt, n: number): void {
    const li = link.index;
    const now = this.now;
    link.attempts++;
    this.linksT.arrival(li, now);
    if (link.inflight >= link.bulkheadMax) {
      this.linksT.failure(li, now, BULKHEAD_FULL);
      return this.callFailed(caller, link, BULKHEAD_FULL);
    }
    const breaker = link.breaker;
    if (breaker !== null) {
      const before = breaker.state;
      const allowed = breaker.allow(now);
      if (breaker.state !== before) this.transition(link, before, breaker.state);
      if (!allowed) {
        this.linksT.failure(li, now, BREAKER_OPEN);
        return this.callFailed(caller, link, BREAKER_OPEN);
      }
    }
    this.linksT.level(li, now, link.inflight, link.backlog.length);
    link.inflight++;
    const a = new Job(link.to, FROM_CALL, now, caller, caller.hops);
    a.link = link;
    a.attempt = n;
    a.awaiting = true;
    if (link.timeoutMs > 0) {
      a.timeoutSlot = link.timeouts.push(a);
      this.armTimer(link, now + link.timeoutMs);
    }
    // A partition drops packets: the callee never hears of the call, only a timeout ends the wait.
    if (!link.partitioned) this.arrive(a);
  }

  /** Attempt `a` was answered, or its timeout fired; an answer after the timeout is ignored. */
  private answer(a: Job, ok: boolean, cause: number, degraded: boolean): void {
    if (!a.awaiting) return;
    a.awaiting = false;
    const link = a.link!;
    const caller = a.parent!;
    const now = this.now;
    if (link.timeoutMs > 0) link.timeouts.clear(a.timeoutSlot, a);
    this.linksT.level(link.index, now, link.inflight, link.backlog.length);
    link.inflight--;
    const breaker = link.breaker;
    if (breaker !== null) {
      const before = breaker.state;
      if (ok) breaker.onSuccess();
      else breaker.onFailure(now);
      if (breaker.state !== before) this.transition(link, before, breaker.state);
    }
    if (ok) {
      this.linksT.success(link.index, now, now - a.arrivedAt, false);
      if (caller.done) return;
      if (degraded) caller.degraded = true;
      return this.callSettled(caller);
    }
    this.linksT.failure(link.index, now, cause);
    if (a.attempt < link.maxAttempts && !caller.done) {
      const b = link.backoff!;
      this.heap.push(now + backoffMs(b, a.attempt, b.jitter ? link.rng.next() : 0), EV_RETRY, a);
      return;
    }
    this.callFailed(caller, link, cause);
  }

  private onRetry(failed: Job): void {
    const caller = failed.parent!;
    if (!caller.done) this.attempt(caller, failed.link!, failed.attempt + 1);
  }

  /** The call failed for good: a fallback degrades the answer, otherwise the caller fails. */
  private callFailed(caller: Job, link: LinkRt, cause: number): void {
    if (caller.done) return;
    if (link.fallback) {
      link.fallbacks++;
      this.linksT.degrade(link.index, this.now);
      caller.degraded = true;
      return this.callSettled(caller);
    }
    this.finish(caller, false, UPSTREAM, cause);
  }

  private callSettled(job: Job): void {
    if (job.pending > 0 && --job.pending > 0) return;
    // Resume at once while the stack is shallow; past that, via the same-instant queue, so a long
    // chain of instant answers (a dead callee called 1,000 times per request) cannot overflow it.
    if (this.depth < MAX_DEPTH) {
      this.depth++;
      this.events++;
      this.resume(job);
      this.depth--;
    } else this.soon.push(job);
  }

  private onTimeoutCheck(link: LinkRt): void {
    if (this.now >= link.timerAt) link.timerArmed = false;
    const ring = link.timeouts;
    while (ring.length > 0) {
      const a = ring.peek();
      // Answered attempts cleared their slot.
      if (a === null || !a.awaiting) {
        ring.shift();
        continue;
      }
      const deadline = a.arrivedAt + link.timeoutMs;
      if (deadline > this.now) return this.armTimer(link, deadline);
      ring.shift();
      // May resume the caller, which may call along this link again (appending to the ring).
      this.answer(a, false, TIMEOUT, false);
    }
  }

  /** Makes sure a timeout check runs on `link` at or before `at`. */
  private armTimer(link: LinkRt, at: number): void {
    if (link.timerArmed && link.timerAt <= at) return;
    link.timerArmed = true;
    link.timerAt = at;
    this.heap.push(at, EV_TIMEOUT, link);
  }

  private transition(link: LinkRt, from: BreakerState, to: BreakerState): void {
    if (to === 'open') link.breakerOpenings++;
    if (this.transitions.length < MAX_TRANSITIONS) this.transitions.push({ link: link.id, atMs: this.now, from, to });
    else if (this.transitions.length === MAX_TRANSITIONS) {
      this.warnings.push(`more than ${MAX_TRANSITIONS} breaker state changes; the log stops there`);
      this.transitions.push({ link: link.id, atMs: this.now, from, to });
    }
  }

  // ── messages ────────────────────────────────────────────────────────────────────────────────────

  /** The broker stored a message published on `link`: one copy per matching subscription. */
  private fanOut(link: LinkRt, hops: number): void {
    const targets = link.fanOut;
    for (let k = 0; k < targets.length; k++) this.deliver(targets[k]!, hops + 1);
  }

  private deliver(link: LinkRt, hops: number): void {
    const now = this.now;
    this.linksT.arrival(link.index, now);
    this.linksT.level(link.index, now, link.inflight, link.backlog.length);
    link.backlog.push(new Message(link, now, hops));
    if (link.backlog.length > link.maxBacklog) link.maxBacklog = link.backlog.length;
    this.consume(link.to);
  }

  /** A subscriber takes messages from its backlogs while it has free slots and no sync requests waiting. */
  private consume(node: NodeRt): void {
    if (node.down || node.hung) return;
    const links = node.consumes;
    const n = links.length;
    const now = this.now;
    while (node.busy < node.slots && node.queue.length === 0) {
      let link: LinkRt | null = null;
      for (let k = 0; k < n; k++) {
        const candidate = links[(node.consumeCursor + k) % n]!;
        if (candidate.backlog.length > 0 && !candidate.partitioned) {
          link = candidate;
          node.consumeCursor = (node.consumeCursor + k + 1) % n;
          break;
        }
      }
      if (link === null) return;
      this.linksT.level(link.index, now, link.inflight, link.backlog.length);
      const message = link.backlog.shift()!;
      link.inflight++;
      const job = new Job(node, FROM_MESSAGE, now, null, message.hops);
      job.message = message;
      this.nodesT.arrival(node.index, now);
      this.start(job);
    }
  }

  private warnHops(): void {
    if (this.hopWarned) return;
    this.hopWarned = true;
    this.warnings.push(`events led to events ${MAX_ASYNC_HOPS} times in a row (an event cycle?); publishing stopped there`);
  }

  // ── faults ──────────────────────────────────────────────────────────────────────────────────────

  private onFault(fault: FaultRt, active: boolean): void {
    fault.active = active;
    if (fault.node !== null) return this.applyNodeFaults(fault.node);
    const link = fault.link!;
    let partitioned = false;
    for (const f of link.faults) if (f.active) partitioned = true;
    link.partitioned = partitioned;
    if (!partitioned && link.kind === ASYNC) this.consume(link.to);
  }

  /** Recomputes a node's state from its active faults; what starts during a fault feels it. */
  private applyNodeFaults(node: NodeRt): void {
    const wasDown = node.down;
    const wasHung = node.hung;
    let down = false;
    let hung = false;
    let slow = 1;
    let healthy = 1;
    for (const f of node.faults) {
      if (!f.active) continue;
      if (f.kind === 'down') down = true;
      else if (f.kind === 'hung') hung = true;
      else if (f.kind === 'slow') slow *= f.factor;
      else if (f.kind === 'erroring') healthy *= 1 - f.errorRate;
    }
    node.down = down;
    node.hung = hung && !down;
    node.slow = slow;
    node.errorRate = 1 - (1 - node.baseErrorRate) * healthy;
    if ((node.down && !wasDown) || (node.hung && !wasHung && !wasDown)) {
      // A crash refuses the requests waiting for a slot; a hang swallows them. Running ones finish.
      this.nodesT.level(node.index, this.now, node.busy, node.queue.length);
      for (let job = node.queue.shift(); job !== undefined; job = node.queue.shift()) {
        if (node.down) this.refuse(job, ERROR);
        else node.unanswered++;
      }
    }
    if (!node.down && !node.hung && (wasDown || wasHung)) this.consume(node);
  }
}

/** The arrival rate of entry `e` at time t: its base rate, changed by each step reached (ramped if asked). */
function rateAt(e: EntryRt, t: number): number {
  let rate = e.baseRate;
  for (const step of e.steps) {
    if (t < step.atMs) break;
    if (step.rampMs > 0 && t < step.atMs + step.rampMs) return rate + ((step.rate - rate) * (t - step.atMs)) / step.rampMs;
    rate = step.rate;
  }
  return rate;
}

/** A gateway's route for one request, drawn by the routes' traffic shares. */
function pickRoute(node: NodeRt): LinkRt {
  const links = node.routeLinks;
  if (links.length === 1) return links[0]!;
  const r = node.rng.next();
  const cum = node.routeCum;
  for (let k = 0; k < cum.length - 1; k++) if (r < cum[k]!) return links[k]!;
  return links[links.length - 1]!;
}

/** Is `node` already serving this request further up its call chain? */
function onPath(job: Job, node: NodeRt): boolean {
  for (let j: Job | null = job; j !== null; j = j.parent) if (j.node === node) return true;
  return false;
}
