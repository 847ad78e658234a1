import type { Saga, SyncLink } from '../../model/index.ts';
import { NODE } from '../context.ts';
import type { FindingDraft as Draft, RuleContext } from '../context.ts';
import type { Finding, Rule } from '../types.ts';
import { listNames } from '../text.ts';
import { addCompensationFix } from '../fixes/add-compensation.ts';

// Kind and policy codes as module constants: hot loops compare plain numbers, not object properties.
const NODE_SERVICE = NODE.service;

/** Operations that only read, by HTTP verb ("GET /orders") or by name ("getOrder", "ListItems", "find_user"). */
/** Every read operation starts with one of these letters (after spaces): a cheap test before the regex. */
const READ_INITIAL = /^\s*[gGhHoOlLfFsSqQrR]/;
const READ_OPERATION = /^\s*(?:GET|HEAD|OPTIONS|get|head|options|Get|Head|Options)\b|^(?:[gG]et|[lL]ist|[fF]ind|[sS]earch|[qQ]uery|[fF]etch|[rR]ead)(?:[A-Z_\s-]|$)/;

/**
 * Three ways a distributed transaction ends up with no way back:
 * - `uncompensated-steps`: a saga step other than the last has no compensation;
 * - `repeated-service`: two consecutive steps run in the same service (they belong in one local
 *   transaction with one compensation — not flagged when they are apart, as in the catalogue's
 *   create_order … confirm_order);
 * - `no-saga`: a service makes non-read sync calls to two or more services that write data, and runs
 *   no saga (it is no saga's orchestrator, explicit or by being its first step).
 */
export const missingCompensation: Rule = {
  id: 'missing-compensation',
  title: 'No compensation',
  defaultSeverity: 'error',
  explanation:
    'An operation writes to several services with no way to undo the parts that succeeded when a later ' +
    'part fails, so a failure leaves the system half-done: stock reserved for an order never paid, a ' +
    'payment taken for an order never confirmed. A saga gives each step a compensating action and runs ' +
    'them in reverse when a step fails.',
  pattern: { name: 'Saga', catalogueSection: 'Data Patterns › Saga Pattern (Distributed Transactions)' },
  never: "No Compensation Logic: Can't undo failed distributed transactions",
  quickFix: addCompensationFix,
  check(ctx) {
    const { emit } = ctx.use(missingCompensation);
    const findings: Finding[] = [];
    for (const saga of ctx.model.sagas) sagaFindings(ctx, saga, (draft) => findings.push(emit(draft)));
    unsagaedWrites(ctx, (draft) => findings.push(emit(draft)));
    return findings;
  },
};

function sagaFindings(ctx: RuleContext, saga: Saga, push: (draft: Draft) => void): void {
  const label = (service: string) => {
    const i = ctx.nodeIndex.get(service);
    return i === undefined ? service : ctx.label(i);
  };
  const known = (ids: Iterable<string>) => [...new Set(ids)].filter((id) => ctx.nodeIndex.has(id));
  const missing = saga.steps.slice(0, -1).filter((step) => !step.compensation?.trim());
  if (missing.length > 0) {
    const what = listNames(missing.map((s) => `${s.action} (${label(s.service)})`));
    push({
      message: `Saga "${saga.name || saga.id}": ${missing.length === 1 ? 'step' : 'steps'} ${what} ${missing.length === 1 ? 'has' : 'have'} no compensation, so a failure in a later step cannot undo ${missing.length === 1 ? 'it' : 'them'}.`,
      nodes: known(missing.map((s) => s.service)),
      links: [],
      data: { kind: 'uncompensated-steps', saga: saga.id, steps: missing.map((s) => s.action) },
    });
  }
  for (let i = 1; i < saga.steps.length; i++) {
    const a = saga.steps[i - 1]!;
    const b = saga.steps[i]!;
    if (a.service !== b.service) continue;
    push({
      message: `Saga "${saga.name || saga.id}": steps ${i} and ${i + 1} (${a.action}, ${b.action}) both run in ${label(a.service)}; make them one local transaction with one compensation.`,
      nodes: known([a.service]),
      links: [],
      data: { kind: 'repeated-service', saga: saga.id, steps: [a.action, b.action] },
    });
  }
}

function unsagaedWrites(ctx: RuleContext, push: (draft: Draft) => void): void {
  const n = ctx.nodes.length;
  const writes = new Uint8Array(n);
  const byAccessor = ctx.dataByAccessor;
  for (let v = 0; v < n; v++) {
    for (let s = byAccessor.offsets[v]!; s < byAccessor.offsets[v + 1]!; s++) {
      const link = ctx.links[byAccessor.edges[s]!]!;
      if (link.kind === 'data' && link.access !== 'read') writes[v] = 1;
    }
  }
  const orchestrators = new Set(ctx.model.sagas.map((s) => s.orchestrator ?? s.steps[0]?.service));
  const { offsets, targets, edges } = ctx.sync;
  const seen = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    if (ctx.nodeKind[v] !== NODE_SERVICE) continue;
    // Out-slots are contiguous per caller: distinct writing callees by stamping, no per-caller allocation
    // until a second one shows up.
    let first = -1;
    let callees: number[] | undefined;
    let calls: string[] | undefined;
    let firstLink = '';
    for (let s = offsets[v]!; s < offsets[v + 1]!; s++) {
      const w = targets[s]!;
      if (!writes[w] || w === v) continue;
      const link = ctx.links[edges[s]!] as SyncLink;
      if (link.operation !== undefined && READ_INITIAL.test(link.operation) && READ_OPERATION.test(link.operation)) continue;
      if (first === -1) {
        first = w;
        firstLink = link.id;
        seen[w] = v;
        continue;
      }
      calls ??= [firstLink];
      calls.push(link.id);
      if (seen[w] === v) continue;
      seen[w] = v;
      (callees ??= [first]).push(w);
    }
    if (!callees || !calls || orchestrators.has(ctx.nodeIds[v])) continue;
    const id = ctx.nodeIds[v]!;
    push({
      message: `${ctx.label(v)} changes data in ${listNames(callees.map((t) => ctx.label(t)))} in one operation with no saga: if a later call fails, the earlier changes cannot be undone.`,
      nodes: [id, ...callees.map((t) => ctx.nodeIds[t]!)],
      links: calls,
      data: { kind: 'no-saga', orchestrator: id },
    });
  }
}
