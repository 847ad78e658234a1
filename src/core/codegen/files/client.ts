import { DEFAULT_RETRY } from '../../model/defaults.ts';
import type { SyncLink } from '../../model/types.ts';
import type { ClientPlan, MethodPlan, PipelinePlan, ServicePlan } from '../plan.ts';
import { commentText, jsString } from '../sanitize.ts';
import { lines, num, type Chunk } from '../text.ts';
import { header } from './header.ts';

/** The order the policies are composed in, outermost first; every client file repeats it in its header. */
export const POLICY_ORDER = 'fallback → retry → circuit breaker → bulkhead → timeout → HTTP call';

/** Rule ids named in comments where a policy is not drawn (the linter's ids, so a search finds both). */
export const RULE = {
  missingTimeout: 'missing-timeout',
  missingCircuitBreaker: 'missing-circuit-breaker',
  retryWithoutBackoff: 'retry-without-backoff',
  nonIdempotentRetry: 'non-idempotent-retry',
} as const;

interface Policy {
  readonly comment: string[];
  readonly code: string;
}

/** The drawn policies of one link as cockatiel expressions, plus comments for the ones not drawn. */
function policiesOf(link: SyncLink, calleeHost: string, used: Set<string>): { policies: Policy[]; notes: string[] } {
  const policies: Policy[] = [];
  const notes: string[] = [];
  const retry = link.retry;
  if (retry && retry.attempts > 1) {
    const minMs = retry.minMs ?? DEFAULT_RETRY.minMs!;
    const maxMs = retry.maxMs ?? DEFAULT_RETRY.maxMs!;
    const multiplier = retry.multiplier ?? DEFAULT_RETRY.multiplier!;
    const backoffFields = retry.backoff === 'exponential' ? (['minMs', 'maxMs', 'multiplier'] as const) : retry.backoff === 'fixed' ? (['minMs'] as const) : [];
    const defaulted = backoffFields.filter((k) => retry[k] === undefined);
    const waits = retry.backoff === 'exponential' ? `exponential backoff (${num(minMs)}–${num(maxMs)} ms, multiplier ${num(multiplier)})` : retry.backoff === 'fixed' ? `a fixed ${num(minMs)} ms wait` : 'no wait';
    const comment = [`Retry: ${retry.attempts} attempts in all, ${waits}${retry.jitter && retry.backoff !== 'none' ? ' with jitter' : ''}; transient failures only, never an open circuit.`];
    if (defaulted.length > 0) comment.push(`${defaulted.join(', ')} not drawn: the catalogue’s default${defaulted.length > 1 ? 's' : ''}.`);
    if (retry.backoff === 'none') comment.push(`Drawn without backoff: retries follow at once (rule ${RULE.retryWithoutBackoff}).`);
    if (link.idempotent === false) comment.push(`The call is drawn as not idempotent: a retry after a lost answer does it twice (rule ${RULE.nonIdempotentRetry}).`);
    const backoff = `{ kind: ${jsString(retry.backoff)}, minMs: ${num(minMs)}, maxMs: ${num(maxMs)}, multiplier: ${num(multiplier)}, jitter: ${retry.jitter === true} }`;
    policies.push({ comment, code: `retry(handleWhen(isTransient), { maxAttempts: ${num(retry.attempts - 1)}, backoff: new DelegateBackoff(drawnBackoff(${backoff})) })` });
    for (const name of ['retry', 'handleWhen', 'isTransient', 'DelegateBackoff', 'drawnBackoff']) used.add(name);
  } else {
    notes.push(retry ? 'Retry drawn with 1 attempt: nothing to retry, so no retry policy.' : 'No retry drawn: a failed call fails at once.');
  }
  const cb = link.circuitBreaker;
  if (cb) {
    const breaker = cb.successThreshold > 1 ? `new ThresholdBreaker(${num(cb.failureThreshold)}, ${num(cb.successThreshold)})` : `new ConsecutiveBreaker(${num(cb.failureThreshold)})`;
    used.add(cb.successThreshold > 1 ? 'ThresholdBreaker' : 'ConsecutiveBreaker');
    policies.push({
      comment: [
        `Circuit breaker: opens after ${cb.failureThreshold} failures in a row, half-opens after ${cb.recoveryTimeoutMs} ms, closes after ${cb.successThreshold} ${cb.successThreshold === 1 ? 'success' : 'successes'}.`,
      ],
      code: `registerBreaker(${jsString(link.id)}, ${jsString(calleeHost)}, circuitBreaker(handleWhen(isTransient), { halfOpenAfter: ${num(cb.recoveryTimeoutMs)}, breaker: ${breaker} }))`,
    });
    for (const name of ['registerBreaker', 'circuitBreaker', 'handleWhen', 'isTransient']) used.add(name);
  } else {
    notes.push(`No circuit breaker drawn: none generated (rule ${RULE.missingCircuitBreaker}).`);
  }
  if (link.bulkhead) {
    policies.push({ comment: [`Bulkhead: at most ${link.bulkhead.maxConcurrent} calls in flight; more are refused at once (no queue).`], code: `bulkhead(${num(link.bulkhead.maxConcurrent)})` });
    used.add('bulkhead');
  } else {
    notes.push('No bulkhead drawn: concurrent calls are not limited.');
  }
  if (link.timeoutMs !== undefined) {
    policies.push({ comment: [`Timeout: each attempt is abandoned after ${link.timeoutMs} ms.`], code: `timeout(${num(link.timeoutMs)}, TimeoutStrategy.Aggressive)` });
    used.add('timeout');
    used.add('TimeoutStrategy');
  } else {
    notes.push(`No timeout drawn: none generated (rule ${RULE.missingTimeout}).`);
  }
  if (link.fallback === undefined) notes.push('No fallback drawn: failures reach the caller as errors.');
  return { policies, notes };
}

function renderPipeline(client: ClientPlan, pipeline: PipelinePlan, callerName: string, used: Set<string>): Chunk[] {
  const link = pipeline.link;
  if (!link) {
    used.add('noop');
    return [
      `// Saga calls to ${commentText(client.peer.node.name || client.peer.node.id)}: no sync link is drawn from ${commentText(callerName)}, so no policies.`,
      `const ${pipeline.name} = noop;`,
    ];
  }
  const { policies, notes } = policiesOf(link, client.peer.host, used);
  const head = [`// Link ${commentText(link.id)}${link.operation ? ` (${commentText(link.operation)})` : ''}: policies as drawn.`, ...notes.map((n) => `// ${n}`)];
  let body: Chunk[];
  if (policies.length === 0) {
    used.add('noop');
    body = [`const ${pipeline.name} = noop;`];
  } else if (policies.length === 1) {
    body = [...policies[0]!.comment.map((c) => `// ${c}`), `const ${pipeline.name} = ${policies[0]!.code};`];
  } else {
    used.add('wrap');
    body = [`const ${pipeline.name} = wrap(`, ...policies.flatMap((p) => [...p.comment.map((c) => `  // ${c}`), `  ${p.code},`]), ');'];
  }
  const fallback: Chunk =
    pipeline.fallbackName !== undefined && link.fallback !== undefined && [`// Fallback: answered instead of an error when the call fails.`, `const ${pipeline.fallbackName} = ${jsString(link.fallback)};`];
  if (fallback) {
    used.add('withFallback');
    used.add('Degraded');
  }
  return [...head, ...body, fallback];
}

function renderMethod(client: ClientPlan, method: MethodPlan, used: Set<string>): string[] {
  const { route, pipeline } = method;
  const params = route.segments.filter((s) => s.kind === 'param');
  const takesBody = route.method !== 'GET';
  const args = [params.length > 0 && `params: { ${params.map((p) => `readonly ${p.name}: string`).join('; ')} }`, takesBody && 'body?: unknown'].filter(Boolean).join(', ');
  // Literal runs become one string; each parameter is URL-encoded.
  const parts: string[] = [];
  let literal = '';
  for (const s of route.segments) {
    if (s.kind === 'literal') literal += `/${s.text}`;
    else {
      parts.push(jsString(`${literal}/`), `encodeURIComponent(params.${s.name})`);
      literal = '';
    }
  }
  if (literal !== '' || parts.length === 0) parts.push(jsString(literal || '/'));
  const path = parts.join(' + ');
  const idempotent = pipeline.link?.idempotent === true;
  if (idempotent) used.add('randomUUID');
  const request = [`baseUrl: config.peers.${client.peer.key}`, `method: ${jsString(route.method)}`, `path: ${path}`, takesBody && 'body', idempotent && 'idempotencyKey', 'signal'].filter(Boolean).join(', ');
  const call = `${pipeline.name}.execute(({ signal }) => callJson({ ${request} }))`;
  const fallback = pipeline.fallbackName;
  return [
    `  // ${commentText(method.purpose)}`,
    `  ${method.name}(${args}): Promise<${fallback === undefined ? 'Reply' : 'Reply | Degraded'}> {`,
    idempotent ? '    // One key for the call and all its retries: the callee does the work once.' : '',
    idempotent ? '    const idempotencyKey = randomUUID();' : '',
    fallback === undefined ? `    return ${call};` : `    return withFallback(() => ${call}, ${fallback});`,
    '  },',
  ].filter((line) => line !== '');
}

/** src/clients/<callee>.ts: a typed client whose policies are exactly the ones drawn on its links. */
export function renderClient(service: ServicePlan, client: ClientPlan): string {
  const used = new Set<string>(['callJson', 'Reply', 'config']);
  const callerName = service.node.name || service.node.id;
  const pipelines = client.pipelines.flatMap((p) => ['', ...renderPipeline(client, p, callerName, used)]);
  const methods = client.methods.flatMap((m) => renderMethod(client, m, used));
  const pick = (names: readonly string[]) => names.filter((n) => used.has(n));
  const cockatiel = pick(['ConsecutiveBreaker', 'DelegateBackoff', 'TimeoutStrategy', 'bulkhead', 'circuitBreaker', 'handleWhen', 'noop', 'retry', 'timeout', 'wrap']);
  const http = [...pick(['callJson', 'isTransient', 'withFallback']), ...pick(['Degraded', 'Reply']).map((n) => `type ${n}`)];
  const breakers = pick(['ThresholdBreaker', 'registerBreaker']);
  return lines(
    header(`${service.dir}: client for ${client.peer.node.name || client.peer.node.id}.`),
    `// Policies are composed outermost first: ${POLICY_ORDER}.`,
    '// - Retry wraps the breaker, so every attempt counts towards its threshold and an open circuit ends the',
    '//   retries at once (fail fast) instead of waiting out the backoff.',
    '// - The bulkhead sits inside the breaker: calls refused for lack of room are not the callee’s failures.',
    '// - The timeout is innermost, so it bounds each attempt rather than the whole retried call.',
    '// - The fallback is outermost: it answers only once everything else has failed.',
    used.has('randomUUID') && "import { randomUUID } from 'node:crypto';",
    cockatiel.length > 0 && `import { ${cockatiel.join(', ')} } from 'cockatiel';`,
    "import { config } from '../config.js';",
    `import { ${http.join(', ')} } from '../http/call-json.js';`,
    used.has('drawnBackoff') && "import { drawnBackoff } from '../resilience/backoff.js';",
    breakers.length > 0 && `import { ${breakers.join(', ')} } from '../resilience/breakers.js';`,
    pipelines,
    '',
    `// Calls ${commentText(client.peer.node.name || client.peer.node.id)}; each method resolves with the reply (or, where a fallback is drawn, a Degraded answer).`,
    `export const ${client.exportName} = {`,
    methods,
    '};',
  );
}
