/** Every file of one generated service, under services/<dir>/. */
import { renderBackoff } from './files/backoff.ts';
import { renderBreakers } from './files/breakers.ts';
import { renderClient } from './files/client.ts';
import { renderConfig } from './files/config.ts';
import { renderDatastoreChecks, renderReadinessChecks } from './files/datastore-checks.ts';
import { renderBusSelection, renderDomainEvent, renderEventBus, renderEventTypes, renderInMemoryBus, renderKafkaBus, renderPublisher, renderSubscriber } from './files/events.ts';
import { renderHttpCall } from './files/http-call.ts';
import { renderLog } from './files/log.ts';
import { renderServicePackageJson, renderServiceTsconfig } from './files/package-json.ts';
import { renderReadiness } from './files/readiness.ts';
import { renderRouteStubs } from './files/route-stubs.ts';
import { renderSaga, renderSagaRunner } from './files/sagas.ts';
import { renderMain, renderServer } from './files/server.ts';
import type { ServicePlan } from './plan.ts';
import type { GeneratedFile } from './types.ts';

/** The files of one service; paths are relative to the workspace root. */
export function serviceFiles(service: ServicePlan): GeneratedFile[] {
  const files: [string, string][] = [
    ['package.json', renderServicePackageJson(service)],
    ['tsconfig.json', renderServiceTsconfig()],
    ['src/main.ts', renderMain()],
    ['src/server.ts', renderServer(service)],
    ['src/config.ts', renderConfig(service)],
    ['src/log.ts', renderLog()],
    ['src/routes.ts', renderRouteStubs(service)],
  ];
  if (service.readiness) {
    files.push(['src/health/readiness.ts', renderReadiness()], ['src/health/checks.ts', renderReadinessChecks()], ['src/health/datastores.ts', renderDatastoreChecks(service)]);
  }
  if (service.readiness || service.clients.length > 0) files.push(['src/resilience/breakers.ts', renderBreakers()]);
  if (service.clients.length > 0) {
    files.push(['src/http/call-json.ts', renderHttpCall()]);
    if (service.clients.some((c) => c.pipelines.some((p) => (p.link?.retry?.attempts ?? 0) > 1))) files.push(['src/resilience/backoff.ts', renderBackoff()]);
    for (const client of service.clients) files.push([`src/clients/${client.file}.ts`, renderClient(service, client)]);
  }
  const events = service.events;
  if (events) {
    files.push(
      ['src/events/domain-event.ts', renderDomainEvent()],
      ['src/events/event-bus.ts', renderEventBus()],
      ['src/events/in-memory-bus.ts', renderInMemoryBus()],
      ['src/events/kafka-bus.ts', renderKafkaBus()],
      ['src/events/bus.ts', renderBusSelection()],
      ['src/events/types.ts', renderEventTypes(service, events)],
    );
    if (events.published.length > 0) files.push(['src/events/publisher.ts', renderPublisher(service, events)]);
    if (events.subscriptions.length > 0) files.push(['src/events/subscriber.ts', renderSubscriber(service, events)]);
  }
  if (service.sagas.length > 0) {
    files.push(['src/sagas/saga-runner.ts', renderSagaRunner()]);
    for (const saga of service.sagas) files.push([`src/sagas/${saga.file}.ts`, renderSaga(service, saga)]);
  }
  return files.map(([path, contents]) => ({ path: `services/${service.dir}/${path}`, contents, nodeId: service.node.id }));
}
