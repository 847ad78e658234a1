/** Visiting every check inside a check (all / any / not included), e.g. to find its simulations. */
import type { Check } from './schema.ts';

/** Calls `visit` on `check` and on every check nested in it, depth first. */
export function forEachCheck(check: Check, visit: (check: Check) => void): void {
  visit(check);
  if ('all' in check) for (const c of check.all) forEachCheck(c, visit);
  else if ('any' in check) for (const c of check.any) forEachCheck(c, visit);
  else if ('not' in check) forEachCheck(check.not, visit);
}

/** True when the check (or any part of it) runs a simulation: the UI may want to evaluate it off the main thread. */
export function needsSimulation(check: Check): boolean {
  let found = false;
  forEachCheck(check, (c) => {
    if ('simulation' in c) found = true;
  });
  return found;
}
