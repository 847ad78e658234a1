/**
 * The generated code is compiled and run, not snapshotted. Generates the e-commerce template with short
 * policy values, installs the workspace's pinned dependencies from the registry (cached between runs in
 * node_modules/.cache/faultline-codegen, keyed by the generated package.json files), type-checks every
 * package with tsc, then starts order-service (caller) and inventory-service (callee) and watches the
 * drawn breaker open and close, an event cross services on the in-memory bus, and a saga compensate.
 */
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLER_HARNESS, INVENTORY_LINK } from './__fixtures__/caller-harness.ts';
import { featureModel, randomModel, SHORT_POLICIES, shortEcommerce } from './__fixtures__/models.ts';
import { eachLimited, ensureInstalled, freePort, Ipc, linkNodeModules, Processes, runCommand, waitForStatus, writeFiles, type Started } from './__fixtures__/workspace-runner.ts';
import { generateWorkspace } from './index.ts';

const processes = new Processes();
const timings: string[] = [];
let workspace = '';
let nodeModules = '';
const temporary: string[] = [];

async function timed<T>(label: string, task: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await task();
  } finally {
    timings.push(`${label} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}

async function tsc(cwd: string, project: string): Promise<void> {
  const result = await runCommand(process.execPath, [join(nodeModules, 'typescript', 'bin', 'tsc'), '--noEmit', '-p', project], { cwd, timeoutMs: 120_000 });
  expect(`${result.stdout}${result.stderr}`.trim(), `tsc -p ${project}`).toBe('');
  expect(result.code).toBe(0);
}

const files = generateWorkspace(shortEcommerce());
const services = [...new Set(files.flatMap((f) => (f.nodeId === undefined ? [] : [f.path.split('/')[1]!])))];

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'faultline-codegen-'));
  temporary.push(workspace);
  await writeFiles(workspace, files);
  const install = await timed('install', () => ensureInstalled(files));
  timings.push(install.cached ? '(cached install)' : '(fresh install)');
  nodeModules = install.nodeModules;
  await linkNodeModules(workspace, nodeModules);
}, 300_000);

afterAll(async () => {
  await processes.stopAll();
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
  console.info(`codegen integration: ${timings.join(', ')}`);
});

describe('generated e-commerce workspace (installed, compiled, running)', () => {
  it('type-checks every package with tsc --noEmit under the generated strict settings', async () => {
    expect(services).toEqual(['api-gateway', 'inventory-service', 'notification-service', 'order-service', 'payment-service', 'shipping-service']);
    await timed('tsc', () => eachLimited(services, 2, (s) => tsc(workspace, `services/${s}`)));
  }, 240_000);

  it('type-checks a model with every generator feature and hostile names, and random ones, against the real packages', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'faultline-codegen-features-'));
    temporary.push(dir);
    const models = [featureModel(), ...fc.sample(randomModel, { numRuns: 6, seed: 99 })];
    const include: string[] = [];
    for (const [i, model] of models.entries()) {
      await writeFiles(join(dir, `w${i}`), generateWorkspace(model));
      include.push(`w${i}/services/*/src/**/*.ts`);
    }
    const base = JSON.parse(files.find((f) => f.path === 'tsconfig.base.json')!.contents) as object;
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ ...base, include }));
    await writeFile(join(dir, 'package.json'), '{"private":true,"type":"module"}');
    await linkNodeModules(dir, nodeModules);
    await timed('tsc features', () => tsc(dir, '.'));
  }, 240_000);

  describe('order-service calling inventory-service', () => {
    let inventory: Started;
    let caller: Ipc;
    let inventoryPort = 0;
    let callerPort = 0;
    const refusedDb = 'postgres://app:app@127.0.0.1:1/none';

    const startInventory = async () => {
      inventory = processes.start(['--import', 'tsx', 'src/main.ts'], join(workspace, 'services/inventory-service'), {
        PORT: String(inventoryPort),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        INVENTORY_DB_URL: refusedDb,
      });
      await waitForStatus(`http://127.0.0.1:${inventoryPort}/health/live`, 200, 60_000, () => !inventory.exited()).catch((error: Error) => {
        throw new Error(`${error.message}\n${inventory.output()}`);
      });
    };
    const ready = async () => (await (await fetch(`http://127.0.0.1:${callerPort}/health/ready`)).json()) as { openBreakers: string[]; breakers: { link: string; state: string }[] };

    beforeAll(async () => {
      [inventoryPort, callerPort] = [await freePort(), await freePort()];
      const paymentPort = await freePort(); // nothing listens: the saga's payment step fails
      await writeFile(join(workspace, 'harness.ts'), CALLER_HARNESS);
      await timed('start services', async () => {
        await startInventory();
        const started = processes.start(['--import', 'tsx', 'harness.ts'], workspace, {
          PORT: String(callerPort),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          ORDERS_DB_URL: refusedDb,
          INVENTORY_SERVICE_URL: `http://127.0.0.1:${inventoryPort}`,
          PAYMENT_SERVICE_URL: `http://127.0.0.1:${paymentPort}`,
        }, true);
        caller = new Ipc(started);
        await Promise.race([caller.ready, new Promise((_, reject) => setTimeout(() => reject(new Error(`caller did not start:\n${started.output()}`)), 60_000))]);
      });
    }, 150_000);

    it('answers /health/live with 200 on both', async () => {
      for (const port of [inventoryPort, callerPort]) expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
      // Readiness checks the service's own datastore (unreachable here) and reports breakers.
      const response = await fetch(`http://127.0.0.1:${callerPort}/health/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'not_ready', openBreakers: [] });
    });

    it('delivers an event published by order-service to inventory-service’s handler on the in-memory bus', async () => {
      const { event, received } = await caller.send<{ event: { id: string; type: string }; received: Record<string, unknown>[] }>('event');
      expect(event.type).toBe('OrderCreated');
      expect(received).toEqual([expect.objectContaining({ level: 'info', message: 'event received', eventId: event.id, type: 'OrderCreated', aggregateId: 'order-42' })]);
    });

    it('compensates steps two and one, in that order, when the third step of the saga fails', async () => {
      const result = await caller.send<{ status: string; failedStep: string; trace: { step: string; phase: string; ok: boolean }[] }>('saga');
      expect(result.status).toBe('compensated');
      expect(result.failedStep).toBe('processPayment');
      expect(result.trace.map((t) => `${t.phase} ${t.step} ${t.ok ? 'ok' : 'failed'}`)).toEqual([
        'action createOrder ok',
        'action reserveInventory ok',
        'action processPayment failed',
        'compensation releaseInventory ok',
        'compensation cancelOrder ok',
      ]);
    });

    it('needs successThreshold successes after half-open before the breaker trusts the callee again', async () => {
      expect(await caller.send<string[]>('probation')).toEqual(['open', 'closed+probation', 'open', 'closed', 'closed']);
    });

    it('fails fast once the breaker opens after the drawn threshold, and closes after the recovery time', async () => {
      type Call = { ms: number; attempts: number; result: { degraded?: boolean; reason?: string; status?: number }; state: string; openedAt: number };
      const { failureThreshold, recoveryTimeoutMs } = SHORT_POLICIES.circuitBreaker;

      const healthy = await caller.send<Call>('call');
      expect(healthy).toMatchObject({ attempts: 1, state: 'closed', result: { status: 200 } });

      await inventory.stop();
      // Callee down: calls fail (answered by the drawn fallback) until exactly failureThreshold attempts have failed.
      let attempts = 0;
      let last: Call | undefined;
      for (let i = 0; i < 10 && last?.state !== 'open'; i++) {
        last = await caller.send<Call>('call');
        expect(last.result.degraded).toBe(true);
        attempts += last.attempts;
      }
      expect(last?.state).toBe('open');
      expect(attempts).toBe(failureThreshold);

      const fast = await caller.send<Call>('call');
      expect(fast).toMatchObject({ attempts: 0, state: 'open', result: { degraded: true } });
      expect(fast.result.reason).toMatch(/BrokenCircuitError/);
      expect(fast.ms).toBeLessThan(250);
      expect((await ready()).openBreakers).toEqual([INVENTORY_LINK]);

      await startInventory();
      const openedAt = fast.openedAt;
      if (Date.now() < openedAt + recoveryTimeoutMs - 500) {
        // Back, but the recovery time has not passed: still failing fast without a call.
        expect(await caller.send<Call>('call')).toMatchObject({ attempts: 0, state: 'open' });
        timings.push('(saw the circuit stay open with the callee back)');
      }
      await new Promise((r) => setTimeout(r, Math.max(0, openedAt + recoveryTimeoutMs + 200 - Date.now())));
      const trial = await caller.send<Call>('call');
      expect(trial).toMatchObject({ attempts: 1, state: 'closed', result: { status: 200 } });
      const after = await caller.send<Call>('call');
      expect(after).toMatchObject({ attempts: 1, state: 'closed', result: { status: 200 } });
      expect((await ready()).openBreakers).toEqual([]);
    }, 90_000);
  });
});
