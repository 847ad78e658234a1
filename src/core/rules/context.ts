/**
 * The shared, build-once index every rule reads. Analysis stays linear because each rule is one pass over
 * these arrays; anything two rules need (sync graph, its SCCs, data access) is computed here once, lazily,
 * so a disabled rule costs nothing.
 *
 * Why typed columns (kind codes, from/to indices) instead of reading `link.kind` in every rule: links
 * come in many object shapes (optional fields), so property reads on them are megamorphic and slow; each
 * is read once here and rules then scan flat arrays.
 */
import type { Group, Link, Model, ModelNode, NodeKind } from '../model/index.ts';
import { tarjanScc, weakComponents } from '../graph/index.ts';
import type { Csr, Scc } from '../graph/index.ts';
import { readCallPolicy } from './call-policy.ts';
import type { CallPolicy } from './call-policy.ts';
import { decide } from './decision.ts';
import type { Decision } from './decision.ts';
import { resolveRuleConfig } from './settings.ts';
import type { Finding, FindingData, Rule } from './types.ts';

/** What a rule fills in; the engine's `emit` adds the rule id and the configured severity. */
export interface FindingDraft {
  readonly message: string;
  readonly nodes: readonly string[];
  readonly links: readonly string[];
  readonly data?: FindingData;
}

export interface RuleUse {
  /** The effective threshold (the rule's default when the model sets none; 0 for rules without one). */
  readonly threshold: number;
  emit(draft: FindingDraft): Finding;
}

/** Link kinds as small integers for the typed columns. */
export const LINK = { sync: 0, async: 1, data: 2 } as const;
/** Node kinds as small integers for the typed columns. */
export const NODE = { service: 0, database: 1, broker: 2, gateway: 3, client: 4, external: 5 } as const satisfies Record<NodeKind, number>;

export interface RuleContext {
  readonly model: Model;
  readonly nodes: readonly ModelNode[];
  readonly links: readonly Link[];
  /** Node id → index into `nodes`. */
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly groupById: ReadonlyMap<string, Group>;
  /** Per node: its id and its kind code (NODE). */
  readonly nodeIds: readonly string[];
  readonly nodeKind: Uint8Array;
  /** Per link: its id, its kind code (LINK), and the index of its `from` / `to` node (-1 when it dangles). */
  readonly linkIds: readonly string[];
  readonly linkKind: Uint8Array;
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  /** Every non-dangling link, out- and in-edges; CSR edge ids are indices into `links`. */
  readonly out: Csr;
  readonly in: Csr;
  /** Sync calls between backend nodes (clients excluded: a browser waiting is not a hop in a chain). */
  readonly sync: Csr;
  readonly syncScc: Scc;
  /** Weakly connected parts of the sync graph: rules that report once per part share it. */
  readonly syncParts: { readonly count: number; readonly comp: Int32Array };
  /** Sync and async links between backend nodes: the dependency graph. */
  readonly deps: Csr;
  readonly depsScc: Scc;
  /** Data links grouped by datastore (targets = accessor) and by accessor (targets = datastore). */
  readonly dataByStore: Csr;
  readonly dataByAccessor: Csr;
  /** Resilience settings of every sync call as typed columns (indexed by link). */
  readonly policy: CallPolicy;
  readonly decision: Decision;
  /** The rule's effective threshold and its finding factory (rule id and configured severity applied). */
  use(rule: Rule): RuleUse;
  /** The display name of node `i` (its name, or its id when unnamed). */
  label(i: number): string;
}

/** Builds the context once per analysis; every graph is made on first use. */
export function createContext(model: Model): RuleContext {
  return new AnalysisContext(model);
}

class AnalysisContext implements RuleContext {
  readonly model: Model;
  readonly nodes: readonly ModelNode[];
  readonly links: readonly Link[];
  readonly nodeIndex = new Map<string, number>();
  readonly groupById: Map<string, Group>;
  readonly nodeIds: string[];
  readonly nodeKind: Uint8Array;
  readonly linkIds: string[];
  readonly linkKind: Uint8Array;
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  #out?: Csr;
  #policy?: CallPolicy;
  #in?: Csr;
  #sync?: Csr;
  #syncScc?: Scc;
  #syncParts?: { count: number; comp: Int32Array };
  #deps?: Csr;
  #depsScc?: Scc;
  #dataByStore?: Csr;
  #dataByAccessor?: Csr;
  #decision?: Decision;

  constructor(model: Model) {
    this.model = model;
    this.nodes = model.nodes;
    this.links = model.links;
    const n = this.nodes.length;
    this.nodeIds = new Array<string>(n);
    this.nodeKind = new Uint8Array(n);
    // Backwards, so on a duplicate id the first node wins (what a reader of the file would assume)
    // with one hash operation per node.
    for (let i = n - 1; i >= 0; i--) {
      const node = this.nodes[i]!;
      this.nodeIds[i] = node.id;
      this.nodeKind[i] = NODE[node.kind];
      this.nodeIndex.set(node.id, i);
    }
    this.groupById = new Map(model.groups.map((g) => [g.id, g]));
    const m = this.links.length;
    this.linkIds = new Array<string>(m);
    this.linkKind = new Uint8Array(m);
    this.linkFrom = new Int32Array(m);
    this.linkTo = new Int32Array(m);
    for (let l = 0; l < m; l++) {
      const link = this.links[l]!;
      this.linkIds[l] = link.id;
      this.linkKind[l] = link.kind === 'sync' ? LINK.sync : link.kind === 'async' ? LINK.async : LINK.data;
      this.linkFrom[l] = this.nodeIndex.get(link.from) ?? -1;
      this.linkTo[l] = this.nodeIndex.get(link.to) ?? -1;
    }
  }

  get out(): Csr {
    return (this.#out ??= this.#graph(() => true, false));
  }

  get in(): Csr {
    return (this.#in ??= this.#graph(() => true, false, true));
  }

  get sync(): Csr {
    const kind = this.linkKind;
    return (this.#sync ??= this.#graph((l) => kind[l] === LINK.sync, true));
  }

  get syncScc(): Scc {
    return (this.#syncScc ??= tarjanScc(this.sync));
  }

  get syncParts(): { count: number; comp: Int32Array } {
    return (this.#syncParts ??= weakComponents(this.sync));
  }

  get deps(): Csr {
    const kind = this.linkKind;
    return (this.#deps ??= this.#graph((l) => kind[l] !== LINK.data, true));
  }

  get depsScc(): Scc {
    return (this.#depsScc ??= tarjanScc(this.deps));
  }

  get dataByStore(): Csr {
    if (!this.#dataByStore) this.#buildData();
    return this.#dataByStore!;
  }

  get dataByAccessor(): Csr {
    if (!this.#dataByAccessor) this.#buildData();
    return this.#dataByAccessor!;
  }

  get policy(): CallPolicy {
    return (this.#policy ??= readCallPolicy(this.links));
  }

  get decision(): Decision {
    return (this.#decision ??= decide(this.model.decision));
  }

  use(rule: Rule): RuleUse {
    const config = resolveRuleConfig(rule, this.model.settings);
    const severity = config.severity;
    const id = rule.id;
    return {
      threshold: config.threshold ?? 0,
      emit: (draft) => {
        // One object shape for every finding (data last, only when present) keeps consumers monomorphic.
        const finding: { -readonly [K in keyof Finding]: Finding[K] } = { rule: id, severity, message: draft.message, nodes: draft.nodes, links: draft.links };
        if (draft.data !== undefined) finding.data = draft.data;
        return finding;
      },
    };
  }

  label(i: number): string {
    const node = this.nodes[i];
    return node ? node.name || node.id : '?';
  }

  /** A CSR over the links `keep` accepts; `backendOnly` drops links touching a client; `reversed` indexes by `to`. */
  #graph(keep: (link: number) => boolean, backendOnly: boolean, reversed = false): Csr {
    const n = this.nodes.length;
    const m = this.links.length;
    const { nodeKind } = this;
    const linkFrom = reversed ? this.linkTo : this.linkFrom;
    const linkTo = reversed ? this.linkFrom : this.linkTo;
    const accept = new Uint8Array(m);
    const offsets = new Int32Array(n + 1);
    let count = 0;
    for (let l = 0; l < m; l++) {
      const a = linkFrom[l]!;
      const b = linkTo[l]!;
      if (a < 0 || b < 0 || !keep(l)) continue;
      if (backendOnly && (nodeKind[a] === NODE.client || nodeKind[b] === NODE.client)) continue;
      accept[l] = 1;
      offsets[a + 1]!++;
      count++;
    }
    for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
    const cursor = offsets.slice(0, n);
    const targets = new Int32Array(count);
    const edges = new Int32Array(count);
    for (let l = 0; l < m; l++) {
      if (!accept[l]) continue;
      const slot = cursor[linkFrom[l]!]!++;
      targets[slot] = linkTo[l]!;
      edges[slot] = l;
    }
    return { n, offsets, targets, edges };
  }

  #buildData(): void {
    // A data link is drawn service → database, but read it either way: the accessor is the non-datastore end.
    const { linkFrom, linkTo, linkKind, nodeKind } = this;
    const n = this.nodes.length;
    const m = this.links.length;
    const store = new Int32Array(m).fill(-1);
    const byStore = new Int32Array(n + 1);
    const byAccessor = new Int32Array(n + 1);
    let count = 0;
    for (let l = 0; l < m; l++) {
      const a = linkFrom[l]!;
      const b = linkTo[l]!;
      if (linkKind[l] !== LINK.data || a < 0 || b < 0) continue;
      const aDb = nodeKind[a] === NODE.database;
      const bDb = nodeKind[b] === NODE.database;
      if (aDb === bDb) continue;
      store[l] = bDb ? b : a;
      byStore[(bDb ? b : a) + 1]!++;
      byAccessor[(bDb ? a : b) + 1]!++;
      count++;
    }
    for (let v = 0; v < n; v++) {
      byStore[v + 1]! += byStore[v]!;
      byAccessor[v + 1]! += byAccessor[v]!;
    }
    const storeCursor = byStore.slice(0, n);
    const accessorCursor = byAccessor.slice(0, n);
    const storeTargets = new Int32Array(count);
    const storeEdges = new Int32Array(count);
    const accessorTargets = new Int32Array(count);
    const accessorEdges = new Int32Array(count);
    for (let l = 0; l < m; l++) {
      const s = store[l]!;
      if (s < 0) continue;
      const a = s === linkTo[l] ? linkFrom[l]! : linkTo[l]!;
      let slot = storeCursor[s]!++;
      storeTargets[slot] = a;
      storeEdges[slot] = l;
      slot = accessorCursor[a]!++;
      accessorTargets[slot] = s;
      accessorEdges[slot] = l;
    }
    this.#dataByStore = { n, offsets: byStore, targets: storeTargets, edges: storeEdges };
    this.#dataByAccessor = { n, offsets: byAccessor, targets: accessorTargets, edges: accessorEdges };
  }
}
