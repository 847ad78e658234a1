/**
 * The traffic share each gateway route carries, as the simulator splits it: a route's `share`, or for
 * routes without one an equal part of what the others leave; then normalised so the shares add up to 1.
 */
import type { GatewayRoute } from '../../model/types.ts';

/** Effective share of each route, in route order (all zero only when there are no routes). */
export function effectiveRouteShares(routes: readonly GatewayRoute[]): number[] {
  const given = routes.reduce((sum, r) => sum + (r.share ?? 0), 0);
  const unset = routes.filter((r) => r.share === undefined).length;
  const rest = unset === 0 ? 0 : Math.max(0, 1 - given) / unset;
  const weights = routes.map((r) => r.share ?? rest);
  const total = weights.reduce((sum, w) => sum + w, 0);
  // All zero: nothing says where traffic goes, so the routes split it equally (as the simulator does).
  return total > 0 ? weights.map((w) => w / total) : routes.map(() => 1 / routes.length);
}
