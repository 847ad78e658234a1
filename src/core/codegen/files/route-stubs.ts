import type { ServicePlan } from '../plan.ts';
import { commentText, jsString } from '../sanitize.ts';
import { lines } from '../text.ts';
import { header } from './header.ts';

/** src/routes.ts: a stub for every operation the service's callers use, as drawn. */
export function renderRouteStubs(service: ServicePlan): string {
  const active = service.routes.filter((r) => r.skipped === undefined);
  return lines(
    header(`${service.dir}: route stubs for the operations its callers use.`),
    "import type { FastifyInstance } from 'fastify';",
    '',
    '/** Registers a stub for every operation this service’s callers use, as drawn in the model. */',
    `export function registerRoutes(${active.length > 0 ? 'app' : '_app'}: FastifyInstance): void {`,
    service.routes.length === 0 && '  // No caller draws an operation on this service.',
    ...service.routes.map((r) => [
      ...r.callers.map((c) => `  // ${commentText(c)}`),
      r.skipped === undefined
        ? `  app.route({ method: ${jsString(r.route.method)}, url: ${jsString(r.route.path)}, handler: async () => stub(${jsString(`${r.route.method} ${r.route.path}`)}) });`
        : `  // ${commentText(`${r.route.method} ${r.route.path}`)} not registered: ${commentText(r.skipped)}.`,
    ]),
    '}',
    active.length > 0 && [
      '',
      '// TODO: replace each stub with the real handler. They answer 200 so callers and sagas run end to end first.',
      'function stub(operation: string): { operation: string; status: "stub" } {',
      "  return { operation, status: 'stub' };",
      '}',
    ],
  );
}
