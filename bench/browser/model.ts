/**
 * Generated canvas models for the browser benchmarks: `n` nodes in bounded contexts of 20, 1.5 links
 * per node, every node and context placed (so opening one never waits for a layout), about half the
 * sync calls carrying policies (so links draw their badges). Seeded: every run draws the same model.
 * Imported by the Node side (to make share links) and by the bench pages (the bare React Flow page
 * draws the same boxes and lines as default nodes and edges).
 */
import type { Group, Link, Model, ModelNode } from '../../src/core/model/types.ts';

/** Nodes per bounded context, and their grid inside it. */
export const CONTEXT_SIZE = 20;
const COLUMNS = 5;
const CELL = { width: 240, height: 110 };
const PADDING = 40;
const HEADER = 36;
const CONTEXT_WIDTH = COLUMNS * CELL.width + 2 * PADDING;
const CONTEXT_HEIGHT = (CONTEXT_SIZE / COLUMNS) * CELL.height + HEADER + 2 * PADDING;
const CONTEXT_GAP = 100;

/** mulberry32: a tiny seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The kind of the node at `slot` (0…19) in its context: 15 services, 3 databases, a broker, an external system. */
function kindAt(slot: number): ModelNode['kind'] {
  if (slot < 15) return 'service';
  if (slot < 18) return 'database';
  return slot === 18 ? 'broker' : 'external';
}

/** A model of `n` nodes (a multiple of 20 is tidiest) and round(1.5 n) links. */
export function generateCanvasModel(n: number, seed = 7): Model {
  const rnd = prng(seed);
  const pick = (k: number) => Math.floor(rnd() * k);
  const contexts = Math.ceil(n / CONTEXT_SIZE);
  // Contexts in a grid about as wide as tall on screen (the canvas is about 1.1 : 1), so even 3,000
  // nodes fit the view above the app's minimum zoom.
  const perRow = Math.max(1, Math.round(Math.sqrt((contexts * (CONTEXT_HEIGHT + CONTEXT_GAP) * 1.1) / (CONTEXT_WIDTH + CONTEXT_GAP))));
  const groups: Group[] = [];
  const nodes: ModelNode[] = [];
  for (let c = 0; c < contexts; c++) {
    const gx = (c % perRow) * (CONTEXT_WIDTH + CONTEXT_GAP);
    const gy = Math.floor(c / perRow) * (CONTEXT_HEIGHT + CONTEXT_GAP);
    groups.push({ id: `ctx-${c}`, name: `Context ${c}`, team: `team-${c % 12}`, position: { x: gx, y: gy }, size: { width: CONTEXT_WIDTH, height: CONTEXT_HEIGHT } });
    for (let slot = 0; slot < CONTEXT_SIZE && nodes.length < n; slot++) {
      const i = nodes.length;
      const position = {
        x: gx + PADDING + (slot % COLUMNS) * CELL.width,
        y: gy + HEADER + PADDING + Math.floor(slot / COLUMNS) * CELL.height,
      };
      const base = { id: `n${i}`, name: `${kindAt(slot)}-${i}`, group: `ctx-${c}`, position };
      switch (kindAt(slot)) {
        case 'service':
          nodes.push({ kind: 'service', ...base, replicas: 1 + pick(3), ...(rnd() < 0.9 ? { healthChecks: { liveness: true, readiness: true } } : {}), team: `team-${c % 12}` });
          break;
        case 'database':
          nodes.push({ kind: 'database', ...base, engine: 'postgresql' });
          break;
        case 'broker':
          nodes.push({ kind: 'broker', ...base, engine: 'kafka' });
          break;
        default:
          nodes.push({ kind: 'external', ...base });
      }
    }
  }

  // Links: 60 % sync calls between services (one in ten to the next context), 20 % data access to a
  // database of the same context, 20 % async events through the context's broker.
  const links: Link[] = [];
  const total = Math.round(n * 1.5);
  // A short last context borrows the first context's node in the same slot, so kinds always match.
  const inContext = (c: number, slot: number) => (c * CONTEXT_SIZE + slot < n ? c * CONTEXT_SIZE + slot : slot);
  for (let j = 0; j < total; j++) {
    const c = j % contexts;
    const from = `n${inContext(c, pick(15))}`;
    const roll = rnd();
    if (roll < 0.6) {
      const tc = rnd() < 0.1 ? (c + 1) % contexts : c;
      let to = `n${inContext(tc, pick(15))}`;
      if (to === from) to = `n${inContext(tc, ((Number(from.slice(1)) % CONTEXT_SIZE) + 1) % 15)}`;
      const guarded = rnd() < 0.5;
      links.push({
        kind: 'sync', id: `l${j}`, from, to, protocol: 'http',
        ...(guarded ? { timeoutMs: 2000, retry: { attempts: 3, backoff: 'exponential', minMs: 100, maxMs: 1000 }, circuitBreaker: { failureThreshold: 5, recoveryTimeoutMs: 30000, successThreshold: 2 } } : {}),
      });
    } else if (roll < 0.8) {
      links.push({ kind: 'data', id: `l${j}`, from, to: `n${inContext(c, 15 + pick(3))}`, access: 'read-write' });
    } else {
      const broker = `n${inContext(c, 18)}`;
      links.push(rnd() < 0.5 ? { kind: 'async', id: `l${j}`, from, to: broker, event: 'Changed' } : { kind: 'async', id: `l${j}`, from: broker, to: from, event: 'Changed' });
    }
  }
  return {
    format: 'faultline',
    version: 1,
    name: `Generated ${n}`,
    groups,
    nodes,
    links,
    sagas: [],
  } as Model;
}
