import type { ModelNode } from '../../model/index.ts';
import { LINK } from '../context.ts';
import type { RuleContext } from '../context.ts';
import type { Finding, Rule } from '../types.ts';

// Kind and policy codes as module constants: hot loops compare plain numbers, not object properties.
const LINK_DATA = LINK.data;

/**
 * A service reading or writing a datastore of another bounded context. Contexts are groups; when either
 * end is ungrouped, teams decide (a node's own team, else its group's). Unknown ownership is not flagged.
 */
export const crossContextDataAccess: Rule = {
  id: 'cross-context-data-access',
  title: 'Cross-context data access',
  defaultSeverity: 'warning',
  explanation:
    'A service reaches into a datastore that belongs to another bounded context or team. Its code now ' +
    'depends on someone else’s private schema, which they can no longer change without a cross-team ' +
    'release, and writes bypass the owner’s rules. Ask the owning service through its API, or keep a local ' +
    'copy fed by its events.',
  pattern: { name: 'Database per service', catalogueSection: 'Data Patterns › Database Per Service' },
  check(ctx) {
    const { emit } = ctx.use(crossContextDataAccess);
    const findings: Finding[] = [];
    const { links, linkFrom, linkTo, nodes } = ctx;
    for (let l = 0; l < links.length; l++) {
      if (ctx.linkKind[l] !== LINK_DATA || linkFrom[l]! < 0 || linkTo[l]! < 0) continue;
      const link = links[l]!;
      if (link.kind !== 'data') continue;
      const a = nodes[linkFrom[l]!]!;
      const b = nodes[linkTo[l]!]!;
      if ((a.kind === 'database') === (b.kind === 'database')) continue;
      const [store, accessor] = b.kind === 'database' ? [b, a] : [a, b];
      const owner = foreignOwner(ctx, accessor, store);
      if (owner === undefined) continue;
      const verb = link.access === 'read' ? 'reads' : link.access === 'write' ? 'writes' : 'reads and writes';
      findings.push(
        emit({
          message: `${accessor.name || accessor.id} (${owner.mine}) ${verb} ${store.name || store.id}, which belongs to ${owner.theirs}: ask its owner through an API or events instead.`,
          nodes: [accessor.id, store.id],
          links: [link.id],
        }),
      );
    }
    return findings;
  },
};

function teamOf(ctx: RuleContext, node: ModelNode): string | undefined {
  const own = node.kind === 'client' ? undefined : node.team;
  return own ?? (node.group === undefined ? undefined : ctx.groupById.get(node.group)?.team);
}

function groupName(ctx: RuleContext, id: string): string {
  return ctx.groupById.get(id)?.name || id;
}

/** Names of the two owners when they differ, else undefined. */
function foreignOwner(ctx: RuleContext, accessor: ModelNode, store: ModelNode): { mine: string; theirs: string } | undefined {
  if (accessor.group !== undefined && store.group !== undefined) {
    if (accessor.group === store.group) return undefined;
    return { mine: `context ${groupName(ctx, accessor.group)}`, theirs: `the ${groupName(ctx, store.group)} context` };
  }
  const mine = teamOf(ctx, accessor);
  const theirs = teamOf(ctx, store);
  if (mine === undefined || theirs === undefined || mine === theirs) return undefined;
  return { mine: `team ${mine}`, theirs: `team ${theirs}` };
}
