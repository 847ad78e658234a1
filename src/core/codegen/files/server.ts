import type { ServicePlan } from '../plan.ts';
import { constant, lines } from '../text.ts';
import { header } from './header.ts';

/** src/server.ts: the Fastify app with the drawn health checks, route stubs and event subscriptions. */
export function renderServer(service: ServicePlan): string {
  const events = service.events;
  const subscribes = events !== undefined && events.subscriptions.length > 0;
  return lines(
    header(`${service.dir}: the HTTP server.`),
    "import Fastify, { type FastifyInstance } from 'fastify';",
    "import { config } from './config.js';",
    events && "import { eventBus } from './events/bus.js';",
    subscribes && "import { subscribeHandlers } from './events/subscriber.js';",
    service.readiness && "import { readiness } from './health/readiness.js';",
    "import { registerRoutes } from './routes.js';",
    '',
    '/** Builds the app without listening, so tests can use app.inject(). */',
    'export function buildServer(): FastifyInstance {',
    '  const app = Fastify({ logger: { level: config.logLevel } });',
    service.liveness
      ? [
          '  // Liveness: the process runs and answers. It checks nothing else, so a slow database never gets it restarted.',
          "  app.get('/health/live', async () => ({ status: 'alive' }));",
        ]
      : '  // No liveness check drawn: none generated (rule missing-health-check).',
    service.readiness
      ? [
          '  // Readiness: can this instance serve? Its own datastores answer; open circuit breakers are reported.',
          "  app.get('/health/ready', async (_request, reply) => {",
          '    const report = await readiness();',
          "    return reply.code(report.status === 'ready' ? 200 : 503).send(report);",
          '  });',
        ]
      : '  // No readiness check drawn: none generated (rule missing-health-check).',
    '  registerRoutes(app);',
    '  return app;',
    '}',
    '',
    '/** Starts listening on config.host:config.port and closes cleanly on SIGTERM or SIGINT. */',
    'export async function startServer(): Promise<FastifyInstance> {',
    '  const app = buildServer();',
    events && [
      subscribes && '  await subscribeHandlers(eventBus, { log: app.log });',
      '  await eventBus.start();',
      "  app.addHook('onClose', async () => {",
      '    await eventBus.close();',
      '  });',
    ],
    '  await app.listen({ port: config.port, host: config.host });',
    "  for (const signal of ['SIGTERM', 'SIGINT'] as const) {",
    '    process.once(signal, () => {',
    '      void app.close().then(() => process.exit(0));',
    '    });',
    '  }',
    '  return app;',
    '}',
  );
}

/** src/main.ts: the entry point `npm start` runs. */
export const renderMain = constant(() => lines(header('Entry point (npm start).'), "import { startServer } from './server.js';", '', 'await startServer();'));
