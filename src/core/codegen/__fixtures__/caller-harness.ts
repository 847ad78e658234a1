/**
 * A script the integration test writes into the generated e-commerce workspace and runs with tsx: it
 * starts order-service's real server in its own process and, on command over IPC, drives that process's
 * generated client, saga and event publisher. A fetch wrapper counts the attempts that reach the network.
 * Kept as text: it imports generated files, which only exist inside the generated workspace.
 */
export const INVENTORY_LINK = 'order-service-inventory-service';

export const CALLER_HARNESS = `
const target = process.env.INVENTORY_SERVICE_URL ?? '';
let attempts = 0;
const realFetch = globalThis.fetch;
globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.startsWith(target)) attempts += 1;
  return realFetch(input, init);
}) as typeof fetch;

const { startServer } = await import('./services/order-service/src/server.ts');
const { inventoryServiceClient } = await import('./services/order-service/src/clients/inventory-service.ts');
const { breakerFor, breakerStates, ThresholdBreaker } = await import('./services/order-service/src/resilience/breakers.ts');
const { runOrderFulfilmentSaga } = await import('./services/order-service/src/sagas/order-fulfilment.ts');
const { publishOrderCreated } = await import('./services/order-service/src/events/publisher.ts');
const { InMemoryEventBus } = await import('./services/order-service/src/events/in-memory-bus.ts');
const { subscribeHandlers } = await import('./services/inventory-service/src/events/subscriber.ts');
const { circuitBreaker, handleAll } = await import('cockatiel');

const LINK = ${JSON.stringify(INVENTORY_LINK)};
let openedAt = 0;
breakerFor(LINK)?.onBreak(() => {
  openedAt = Date.now();
});
const state = () => breakerStates().find((b) => b.link === LINK)?.state;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const commands: Record<string, () => Promise<unknown>> = {
  async call() {
    const before = attempts;
    const t0 = performance.now();
    const result = await inventoryServiceClient.postReservations({ probe: true });
    return { ms: performance.now() - t0, attempts: attempts - before, result, state: state(), openedAt };
  },
  async saga() {
    return runOrderFulfilmentSaga({ orderId: 'order-1' });
  },
  async event() {
    const bus = new InMemoryEventBus();
    const received: unknown[] = [];
    const record = (level: string) => (fields: object, message: string) => void received.push({ level, message, ...fields });
    await subscribeHandlers(bus, { log: { info: record('info'), warn: record('warn'), error: record('error') } });
    const event = await publishOrderCreated('order-42', { total: 42 }, bus);
    return { event, received };
  },
  // The generated ThresholdBreaker in cockatiel, without a network: threshold 2, 2 successes to close.
  async probation() {
    const breaker = new ThresholdBreaker(2, 2);
    const policy = circuitBreaker(handleAll, { halfOpenAfter: 30, breaker });
    const name = () => ['closed', 'open', 'half-open', 'isolated'][policy.state] + (breaker.onProbation ? '+probation' : '');
    const fail = () => policy.execute(() => { throw new Error('down'); }).catch(() => undefined);
    const ok = () => policy.execute(() => 'up');
    const states: string[] = [];
    await fail();
    await fail();
    states.push(name());
    await sleep(60);
    await ok();
    states.push(name());
    await fail();
    states.push(name());
    await sleep(60);
    await ok();
    await ok();
    states.push(name());
    await fail();
    states.push(name());
    return states;
  },
};

await startServer();
process.on('message', (raw) => {
  const message = raw as { id: number; command: string };
  const command = commands[message.command];
  if (!command) {
    process.send?.({ id: message.id, ok: false, error: 'unknown command ' + message.command });
    return;
  }
  command().then(
    (value) => process.send?.({ id: message.id, ok: true, value }),
    (error: unknown) => process.send?.({ id: message.id, ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
process.send?.({ ready: true });
`;
