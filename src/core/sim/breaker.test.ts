import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './breaker.ts';

const policy = { failureThreshold: 3, recoveryTimeoutMs: 1000, successThreshold: 2 };

describe('CircuitBreaker (the catalogue class)', () => {
  it('opens after failureThreshold consecutive failures; a success in between resets the count', () => {
    const b = new CircuitBreaker(policy);
    b.onFailure(1);
    b.onFailure(2);
    b.onSuccess();
    b.onFailure(3);
    b.onFailure(4);
    expect(b.state).toBe('closed');
    b.onFailure(5);
    expect(b.state).toBe('open');
    expect(b.openedAt).toBe(5);
  });

  it('rejects while open, half-opens strictly after recoveryTimeoutMs', () => {
    const b = new CircuitBreaker(policy);
    for (let t = 0; t < 3; t++) b.onFailure(100);
    expect(b.allow(600)).toBe(false);
    expect(b.allow(1100)).toBe(false); // exactly recovery_timeout: not yet (the class uses >)
    expect(b.state).toBe('open');
    expect(b.allow(1101)).toBe(true);
    expect(b.state).toBe('half-open');
  });

  it('closes after successThreshold successes in half-open', () => {
    const b = new CircuitBreaker(policy);
    for (let t = 0; t < 3; t++) b.onFailure(0);
    b.allow(2000);
    b.onSuccess();
    expect(b.state).toBe('half-open');
    b.onSuccess();
    expect(b.state).toBe('closed');
    expect(b.successCount).toBe(0);
  });

  it('reopens on a failure in half-open (failure_count is still at the threshold)', () => {
    const b = new CircuitBreaker(policy);
    for (let t = 0; t < 3; t++) b.onFailure(0);
    b.allow(2000);
    b.onFailure(2000);
    expect(b.state).toBe('open');
    expect(b.openedAt).toBe(2000);
    expect(b.allow(2500)).toBe(false);
  });

  it('keeps the class quirks: after a half-open success a single failure does not reopen it', () => {
    const b = new CircuitBreaker(policy);
    for (let t = 0; t < 3; t++) b.onFailure(0);
    b.allow(2000);
    b.onSuccess(); // failure_count = 0, success_count = 1
    b.onFailure(2001);
    expect(b.state).toBe('half-open');
    expect(b.failureCount).toBe(1);
  });
});
