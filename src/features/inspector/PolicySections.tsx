import { LIMITS, type RetryPolicy, type SyncLink } from '../../core/model/index.ts';
import type { LinkPatch } from '../../core/ops/index.ts';
import { editLink, togglePolicy } from '../../store/actions.ts';
import { useEditorStore } from '../../store/StoreProvider.tsx';
import { NumberField, Section, SelectField, Switch, TextField, ToggleField, formatLimit } from '../../ui/fields/index.ts';
import { POLICIES, type PolicyKey } from './policy-info.ts';

const BACKOFF_OPTIONS = [
  { value: 'exponential', label: 'Exponential' },
  { value: 'fixed', label: 'Fixed' },
  { value: 'none', label: 'None' },
] as const;

const TITLES: Readonly<Record<PolicyKey, string>> = Object.fromEntries(POLICIES.map((p) => [p.key, p.title])) as Record<PolicyKey, string>;

/** `obj` with `key` set, or removed when `value` is undefined (exactOptionalPropertyTypes forbids storing undefined). */
function withField<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const next = { ...obj };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function isOn(link: SyncLink, policy: PolicyKey): boolean {
  switch (policy) {
    case 'timeout': return link.timeoutMs !== undefined;
    case 'retry': return link.retry !== undefined;
    case 'breaker': return link.circuitBreaker !== undefined;
    case 'bulkhead': return link.bulkhead !== undefined;
    case 'fallback': return link.fallback !== undefined;
  }
}

/** One section per resilience policy: an on/off switch (catalogue defaults when switched on) and its parameters. */
export function PolicySections({ link }: { link: SyncLink }) {
  const store = useEditorStore();
  const edit = (patch: LinkPatch<SyncLink>, label: string) => editLink(store, link.id, patch, label);

  return (
    <div className="insp-policies" role="group" aria-label="Resilience policies">
      {POLICIES.map((policy) => {
        const on = isOn(link, policy.key);
        return (
          <Section
            key={policy.key}
            title={policy.title}
            hint={policy.hint}
            muted={!on}
            testId={`policy-${policy.key}`}
            actions={
              <Switch testId={`toggle-${policy.key}`} checked={on} ariaLabel={policy.title}
                onChange={(next) => togglePolicy(store, link, policy.key, next)} />
            }
          >
            {on && <PolicyFields link={link} policy={policy.key} edit={edit} />}
          </Section>
        );
      })}
    </div>
  );
}

function PolicyFields({ link, policy, edit }: { link: SyncLink; policy: PolicyKey; edit: (patch: LinkPatch<SyncLink>, label: string) => void }) {
  const label = `Edit ${TITLES[policy].toLowerCase()}`;
  switch (policy) {
    case 'timeout':
      return (
        <NumberField label="Timeout" testId="field-timeoutMs" value={link.timeoutMs} required integer min={1} max={LIMITS.maxTimeoutMs}
          unit="ms" step={100} onCommit={(timeoutMs) => { if (timeoutMs !== undefined) edit({ timeoutMs }, label); }} />
      );
    case 'retry':
      return link.retry ? <RetryFields retry={link.retry} idempotent={link.idempotent === true} onChange={(retry) => edit({ retry }, label)} /> : null;
    case 'breaker': {
      const breaker = link.circuitBreaker;
      if (!breaker) return null;
      return (
        <>
          <NumberField label="Open after" testId="field-breaker-failureThreshold" value={breaker.failureThreshold} required integer
            min={1} max={10_000} hint="Consecutive failures that open the circuit."
            onCommit={(failureThreshold) => { if (failureThreshold !== undefined) edit({ circuitBreaker: { ...breaker, failureThreshold } }, label); }} />
          <NumberField label="Recovery" testId="field-breaker-recoveryTimeoutMs" value={breaker.recoveryTimeoutMs} required integer
            min={0} max={LIMITS.maxTimeoutMs} unit="ms" step={1000} hint="How long it stays open before a trial call (half-open)."
            onCommit={(recoveryTimeoutMs) => { if (recoveryTimeoutMs !== undefined) edit({ circuitBreaker: { ...breaker, recoveryTimeoutMs } }, label); }} />
          <NumberField label="Close after" testId="field-breaker-successThreshold" value={breaker.successThreshold} required integer
            min={1} max={10_000} hint="Trial calls that must succeed to close it again."
            onCommit={(successThreshold) => { if (successThreshold !== undefined) edit({ circuitBreaker: { ...breaker, successThreshold } }, label); }} />
        </>
      );
    }
    case 'bulkhead': {
      const bulkhead = link.bulkhead;
      if (!bulkhead) return null;
      return (
        <NumberField label="Max concurrent" testId="field-bulkhead-maxConcurrent" value={bulkhead.maxConcurrent} required integer
          min={1} max={LIMITS.maxCapacity} hint="Calls in flight at once; the rest are rejected."
          onCommit={(maxConcurrent) => { if (maxConcurrent !== undefined) edit({ bulkhead: { maxConcurrent } }, label); }} />
      );
    }
    case 'fallback':
      return (
        <TextField label="Answer" testId="field-fallback" value={link.fallback} required requiredMessage="Describe the degraded answer"
          maxLength={LIMITS.maxNameLength} placeholder="cached prices"
          onCommit={(fallback) => edit({ fallback }, label)} />
      );
  }
}

function RetryFields({ retry, idempotent, onChange }: { retry: RetryPolicy; idempotent: boolean; onChange: (retry: RetryPolicy) => void }) {
  const set = <K extends keyof RetryPolicy>(key: K, value: RetryPolicy[K] | undefined) => onChange(withField(retry, key, value));
  const waits = retry.backoff !== 'none';
  return (
    <>
      {!idempotent && (
        <p className="insp-note insp-note--warning" data-testid="retry-idempotency-warning">
          This call is not marked idempotent: a retry may repeat its side effects.
        </p>
      )}
      <NumberField label="Attempts" testId="field-retry-attempts" value={retry.attempts} required integer min={1} max={LIMITS.maxRetryAttempts}
        hint="Total tries, the first call included."
        onCommit={(attempts) => { if (attempts !== undefined) set('attempts', attempts); }} />
      <SelectField label="Backoff" testId="field-retry-backoff" value={retry.backoff} options={BACKOFF_OPTIONS}
        onChange={(backoff) => { if (backoff) set('backoff', backoff); }} />
      {waits && (
        <>
          <NumberField label="Min wait" testId="field-retry-minMs" value={retry.minMs} integer min={0} max={LIMITS.maxTimeoutMs} unit="ms" step={100}
            validate={(min) => (retry.maxMs !== undefined && min > retry.maxMs ? `Min wait must not exceed max wait (${formatLimit(retry.maxMs, 'ms')})` : null)}
            onCommit={(minMs) => set('minMs', minMs)} />
          <NumberField label="Max wait" testId="field-retry-maxMs" value={retry.maxMs} integer min={0} max={LIMITS.maxTimeoutMs} unit="ms" step={100}
            validate={(max) => (retry.minMs !== undefined && max < retry.minMs ? `Max wait must be at least min wait (${formatLimit(retry.minMs, 'ms')})` : null)}
            onCommit={(maxMs) => set('maxMs', maxMs)} />
        </>
      )}
      {retry.backoff === 'exponential' && (
        <NumberField label="Multiplier" testId="field-retry-multiplier" value={retry.multiplier} min={0} max={100} step={0.5}
          placeholder="1" onCommit={(multiplier) => set('multiplier', multiplier)} />
      )}
      {waits && (
        <ToggleField label="Jitter" testId="field-retry-jitter" hint="Randomise waits so callers do not retry in lockstep."
          checked={retry.jitter ?? false} onChange={(jitter) => set('jitter', jitter || undefined)} />
      )}
    </>
  );
}
