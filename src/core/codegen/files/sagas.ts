/** src/sagas/*: the catalogue's orchestrated saga — steps in order, compensations in reverse on failure. */
import type { SagaPlan, ServicePlan, StepCall } from '../plan.ts';
import { commentText, jsString } from '../sanitize.ts';
import { constant, lines, type Chunk } from '../text.ts';
import { header } from './header.ts';

/** src/sagas/saga-runner.ts */
export const renderSagaRunner = constant(() =>
  lines(
    header('The saga runner.'),
    "import type { Logger } from '../log.js';",
    '',
    'export interface SagaCall<C> {',
    '  readonly name: string;',
    '  readonly run: (context: C) => Promise<unknown>;',
    '}',
    '',
    'export interface SagaStep<C> {',
    '  readonly action: SagaCall<C>;',
    '  /** Undoes the action; absent when none is drawn (rule missing-compensation). */',
    '  readonly compensation?: SagaCall<C>;',
    '}',
    '',
    'export interface SagaTraceEntry {',
    '  readonly step: string;',
    "  readonly phase: 'action' | 'compensation';",
    '  readonly ok: boolean;',
    '  readonly error?: string;',
    '}',
    '',
    'export interface SagaResult {',
    '  readonly saga: string;',
    "  readonly status: 'completed' | 'compensated';",
    '  readonly failedStep?: string;',
    '  readonly error?: string;',
    '  /** Every action and compensation run, in the order they ran. */',
    '  readonly trace: readonly SagaTraceEntry[];',
    '}',
    '',
    'function describe(error: unknown): string {',
    '  return error instanceof Error ? error.message : String(error);',
    '}',
    '',
    'function degraded(value: unknown): boolean {',
    "  return typeof value === 'object' && value !== null && 'degraded' in value && value.degraded === true;",
    '}',
    '',
    '/**',
    ' * Runs the steps in order. When one fails, runs the compensations of the steps that completed, in',
    ' * reverse order; a compensation that fails is logged and the others still run ("log but continue',
    ' * compensating", as the catalogue does). A step answered by a drawn fallback counts as done, and is logged.',
    ' */',
    'export async function runSaga<C>(saga: string, steps: readonly SagaStep<C>[], context: C, log: Logger): Promise<SagaResult> {',
    '  const trace: SagaTraceEntry[] = [];',
    '  const completed: SagaStep<C>[] = [];',
    '  for (const step of steps) {',
    '    try {',
    '      const result = await step.action.run(context);',
    "      if (degraded(result)) log.warn({ saga, step: step.action.name }, 'saga step answered by its fallback');",
    "      trace.push({ step: step.action.name, phase: 'action', ok: true });",
    '      completed.push(step);',
    '    } catch (error) {',
    '      const message = describe(error);',
    "      trace.push({ step: step.action.name, phase: 'action', ok: false, error: message });",
    "      log.warn({ saga, step: step.action.name, error: message }, 'saga step failed: compensating');",
    '      for (const done of [...completed].reverse()) {',
    '        const compensation = done.compensation;',
    '        if (!compensation) continue;',
    '        try {',
    '          await compensation.run(context);',
    "          trace.push({ step: compensation.name, phase: 'compensation', ok: true });",
    '        } catch (compensationError) {',
    '          const reason = describe(compensationError);',
    "          trace.push({ step: compensation.name, phase: 'compensation', ok: false, error: reason });",
    "          log.error({ saga, step: compensation.name, error: reason }, 'compensation failed: continuing with the others');",
    '        }',
    '      }',
    "      return { saga, status: 'compensated', failedStep: step.action.name, error: message, trace };",
    '    }',
    '  }',
    "  return { saga, status: 'completed', trace };",
    '}',
  ),
);

function callCode(call: StepCall, contextName: string): string {
  if (call.kind === 'local') return call.fnName;
  return `(context: ${contextName}) => ${call.client.exportName}.${call.method.name}({ sagaId: context.sagaId, input: context.input })`;
}

/** src/sagas/<saga>.ts: one saga, orchestrated by this service. */
export function renderSaga(service: ServicePlan, plan: SagaPlan): string {
  const sagaName = plan.saga.name || plan.saga.id;
  const locals = plan.steps.flatMap((s) => [s.action, s.compensation]).filter((c): c is Extract<StepCall, { kind: 'local' }> => c?.kind === 'local');
  const uniqueLocals = [...new Map(locals.map((l) => [l.fnName, l])).values()];
  const clients = [...new Map(plan.steps.flatMap((s) => [s.action, s.compensation]).flatMap((c) => (c?.kind === 'remote' ? [[c.client.exportName, c.client.file] as const] : []))).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const steps: Chunk[] = plan.steps.map((step, i) => [
    `  // Step ${i + 1}: ${commentText(step.action.name)} on ${commentText(step.service)}.`,
    step.compensation === undefined && `  // No compensation drawn (rule missing-compensation): if a later step fails, this one stays done.`,
    '  {',
    `    action: { name: ${jsString(step.action.name)}, run: ${callCode(step.action, plan.contextName)} },`,
    step.compensation && `    compensation: { name: ${jsString(step.compensation.name)}, run: ${callCode(step.compensation, plan.contextName)} },`,
    '  },',
  ]);
  return lines(
    header(`${service.dir}: saga ${sagaName}.`),
    "import { randomUUID } from 'node:crypto';",
    ...clients.map(([name, file]) => `import { ${name} } from '../clients/${file}.js';`),
    "import { log } from '../log.js';",
    "import { runSaga, type SagaResult, type SagaStep } from './saga-runner.js';",
    '',
    `// What every step of saga ${commentText(sagaName)} receives.`,
    `export interface ${plan.contextName} {`,
    '  readonly sagaId: string;',
    '  readonly input: unknown;',
    '}',
    uniqueLocals.length > 0 && ['', '// Steps this service performs itself. TODO: do the work; throw to fail the step.'],
    ...uniqueLocals.flatMap((l) => [
      l.note === undefined ? `// ${commentText(l.name)}` : `// ${commentText(l.name)}: ${commentText(l.note)}`,
      `async function ${l.fnName}(_context: ${plan.contextName}): Promise<void> {}`,
    ]),
    '',
    `const steps: readonly SagaStep<${plan.contextName}>[] = [`,
    ...steps,
    '];',
    '',
    `// Runs saga ${commentText(sagaName)}: steps in order; if one fails, the completed ones are compensated in reverse.`,
    `export function ${plan.runName}(input: unknown, sagaId: string = randomUUID()): Promise<SagaResult> {`,
    `  return runSaga(${jsString(sagaName)}, steps, { sagaId, input }, log);`,
    '}',
  );
}
