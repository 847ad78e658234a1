import type { SyncLink } from '../../model/index.ts';
import { LINK, NODE } from '../context.ts';
import type { RuleContext } from '../context.ts';

// Kind and policy codes as module constants: hot loops compare plain numbers, not object properties.
const LINK_SYNC = LINK.sync;
const NODE_CLIENT = NODE.client;

/**
 * Calls `visit` for every sync link between two existing backend nodes whose policy flags satisfy
 * `match` (see call-policy.ts), in model order. Filtering on the typed column first means the link
 * object is only touched for calls that are reported.
 */
export function forEachBackendCall(ctx: RuleContext, match: (flags: number, link: number) => boolean, visit: (link: SyncLink, from: number, to: number) => void): void {
  const { links, linkFrom, linkTo, linkKind, nodeKind } = ctx;
  const { flags } = ctx.policy;
  for (let l = 0; l < links.length; l++) {
    if (linkKind[l] !== LINK_SYNC || !match(flags[l]!, l)) continue;
    const from = linkFrom[l]!;
    const to = linkTo[l]!;
    // Clients are the user's device: resilience policies on the browser side are out of the model's scope.
    if (from < 0 || to < 0 || nodeKind[from] === NODE_CLIENT || nodeKind[to] === NODE_CLIENT) continue;
    visit(links[l] as SyncLink, from, to);
  }
}

/** "order-service calls payment-service (POST /payments)". */
export function describeCall(ctx: RuleContext, link: SyncLink, from: number, to: number): string {
  return `${ctx.label(from)} calls ${ctx.label(to)}${link.operation ? ` (${link.operation})` : ''}`;
}
