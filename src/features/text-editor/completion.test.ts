import { describe, expect, it } from 'vitest';
import { fieldDoc } from '../../core/model/field-docs.ts';
import { TEMPLATES } from '../../core/templates/index.ts';
import { fieldSnippet, yamlCompletions, yamlHover } from './completion.ts';
import { modelToText } from './model-text.ts';
import { schemasAt } from './schema-info.ts';
import { yamlCursorAt } from './yaml-context.ts';

/** Text with `|` marking the cursor. */
function at(marked: string): [string, number] {
  const offset = marked.indexOf('|');
  return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}
const labels = (marked: string) => yamlCompletions(...at(marked))?.items.map((i) => i.label) ?? [];
const cursor = (marked: string) => yamlCursorAt(...at(marked));

describe('yamlCursorAt', () => {
  it('finds the object at the cursor from indentation, in half-typed text', () => {
    expect(cursor('nodes:\n  - id: a\n    kind: service\n    na|\n  - id: b\n')).toMatchObject({ path: ['nodes', 0], spot: { type: 'key', prefix: 'na' } });
    expect(cursor('nodes:\n  - id: a\n  - id: b\n    |')?.path).toEqual(['nodes', 1]);
    expect(cursor('nodes:\n- id: a\n  kind: client\n  |')?.path).toEqual(['nodes', 0]);
    expect(cursor('links:\n  - id: l\n    kind: sync\n    retry:\n      attempts: 3\n      |')?.path).toEqual(['links', 0, 'retry']);
    expect(cursor('scenarios:\n  - name: s\n    load:\n      - entry: a\n        steps:\n          - atMs: 0\n            |')?.path).toEqual(['scenarios', 0, 'load', 0, 'steps', 0]);
    expect(cursor('settings:\n  rules:\n    no-timeout:\n      |')?.path).toEqual(['settings', 'rules', 'no-timeout']);
    expect(cursor('format: faultline\n|')?.path).toEqual([]);
  });

  it('reads the other keys of the object, and values inside one-line objects', () => {
    const c = cursor('nodes:\n  - id: a\n    kind: database\n    |\n    name: A\n  - id: b\n    kind: client\n');
    expect(Object.fromEntries(c!.siblings)).toEqual({ id: 'a', kind: 'database', name: 'A' });
    expect(cursor('nodes:\n  - id: a\n    position: { x: 1, | }\n')).toMatchObject({ path: ['nodes', 0, 'position'], spot: { type: 'key' } });
    expect(cursor('nodes:\n  - id: a\n    kind: |')).toMatchObject({ path: ['nodes', 0], spot: { type: 'value', key: 'kind' } });
  });

  it('offers nothing in free text', () => {
    expect(cursor('name: Web ap|')).toBeUndefined();
    expect(yamlCompletions(...at('description: "a b|'))).toBeUndefined();
  });
});

describe('yamlCompletions', () => {
  it('offers the fields of a node of its kind, minus those already there', () => {
    const fields = labels('nodes:\n  - id: a\n    kind: database\n    name: A\n    |\n');
    expect(fields).toContain('engine');
    expect(fields).toContain('replicas');
    expect(fields).not.toContain('name');
    expect(fields).not.toContain('platform');
    expect(labels('nodes:\n  - id: a\n    kind: client\n    |')).toEqual(expect.arrayContaining(['platform', 'group']));
    expect(labels('nodes:\n  - id: a\n    kind: client\n    |')).not.toContain('replicas');
  });

  it('offers the fields of a link of its kind and of its policies', () => {
    expect(labels('links:\n  - id: l\n    kind: sync\n    |')).toEqual(expect.arrayContaining(['timeoutMs', 'retry', 'circuitBreaker', 'bulkhead', 'fallback']));
    expect(labels('links:\n  - id: l\n    kind: async\n    |')).toEqual(expect.arrayContaining(['event', 'topic']));
    expect(labels('links:\n  - id: l\n    kind: async\n    |')).not.toContain('retry');
    expect(labels('links:\n  - id: l\n    kind: sync\n    retry:\n      |')).toEqual(['attempts', 'backoff', 'minMs', 'maxMs', 'multiplier', 'jitter']);
    expect(labels('links:\n  - id: l\n    kind: sync\n    circuitBreaker:\n      |')).toEqual(['failureThreshold', 'recoveryTimeoutMs', 'successThreshold']);
  });

  it('puts required fields first and documents every field', () => {
    const result = yamlCompletions(...at('nodes:\n  - |'))!;
    const sorted = [...result.items].sort((a, b) => a.sortText.localeCompare(b.sortText)).map((i) => i.label);
    expect(sorted.slice(0, 3).sort()).toEqual(['id', 'kind', 'name']);
    for (const item of result.items) expect(item.documentation, item.label).toBeTruthy();
  });

  it.each([
    ['nodes:\n  - id: a\n    kind: |', ['service', 'database', 'broker', 'gateway', 'client', 'external']],
    ['links:\n  - id: a\n    kind: |', ['sync', 'async', 'data']],
    ['nodes:\n  - id: a\n    kind: database\n    engine: |', ['postgresql', 'mysql', 'mongodb', 'redis', 'clickhouse', 'cassandra', 'dynamodb', 'elasticsearch', 'sqlite', 'other']],
    ['nodes:\n  - id: a\n    kind: broker\n    engine: |', ['kafka', 'rabbitmq', 'nats', 'sqs', 'pubsub', 'redis-streams', 'other']],
    ['links:\n  - id: a\n    kind: sync\n    retry:\n      backoff: |', ['exponential', 'fixed', 'none']],
    ['links:\n  - id: a\n    kind: sync\n    protocol: |', ['http', 'grpc']],
    ['links:\n  - id: a\n    kind: data\n    access: |', ['read', 'write', 'read-write']],
    ['nodes:\n  - id: a\n    kind: client\n    platform: |', ['web', 'mobile', 'desktop', 'cli']],
    ['links:\n  - id: a\n    kind: sync\n    idempotent: |', ['true', 'false']],
    ['scenarios:\n  - name: s\n    faults:\n      - target: a\n        kind: |', ['down', 'hung', 'slow', 'erroring', 'partition']],
  ])('offers enum values: %j', (text, values) => {
    expect(labels(text)).toEqual(values);
  });

  it('replaces the word being typed, and adds the space after a bare colon', () => {
    const [text, offset] = at('links:\n  - id: a\n    kind: sync\n    protocol: gr|');
    const result = yamlCompletions(text, offset)!;
    expect(text.slice(result.from, result.to)).toBe('gr');
    expect(result.items.find((i) => i.label === 'grpc')?.documentation).toBe('gRPC over HTTP/2.');
    expect(yamlCompletions(...at('nodes:\n  - id: a\n    kind:|'))!.items[0]?.insertText).toBe(' service');
  });

  it('offers the ids written in the text for references', () => {
    const text = `${modelToText(TEMPLATES[0]!.build(), 'yaml')}`;
    const offset = text.indexOf('\nlinks:\n') + '\nlinks:\n'.length;
    const typed = `${text.slice(0, offset)}  - id: new\n    kind: sync\n    from: |\n${text.slice(offset)}`;
    const refs = labels(typed);
    expect(refs).toContain('order-service');
    expect(refs).not.toContain('ordering'); // a context is not a link end
    expect(labels('groups:\n  - id: sales\n    name: S\nnodes:\n  - id: a\n    kind: service\n    group: |')).toEqual(['sales']);
  });

  it('makes snippets with the required fields of an object', () => {
    const [retry] = schemasAt(['links', 0, 'retry']);
    expect(fieldSnippet('retry', retry!)).toBe('retry:\n\tattempts: ${1:1}\n\tbackoff: ${2|exponential,fixed,none|}');
    const [position] = schemasAt(['nodes', 0, 'position']);
    expect(fieldSnippet('position', position!)).toBe('position: { x: ${1:0}, y: ${2:0} }');
    const [backoff] = schemasAt(['links', 0, 'retry', 'backoff']);
    expect(fieldSnippet('backoff', backoff!)).toBe('backoff: ${1|exponential,fixed,none|}');
    const [faults] = schemasAt(['scenarios', 0, 'faults']);
    expect(fieldSnippet('faults', faults!)).toBe('faults:\n\t- $0');
    expect(fieldSnippet('retry', retry!, true)).toMatch(/^retry:\n\t\tattempts/);
  });
});

describe('yamlHover', () => {
  const text = modelToText(TEMPLATES[0]!.build(), 'yaml');
  const hoverAt = (needle: string, delta = 1) => yamlHover(text, text.indexOf(needle) + delta);

  it('documents the field under the cursor, in its context', () => {
    expect(hoverAt('    retry:', 6)?.contents).toContain(fieldDoc('retry')!);
    expect(hoverAt('      attempts:', 8)?.contents).toMatch(/^\*\*attempts\*\* · whole number 1–20/);
    expect(hoverAt('\n    kind: sync', 6)?.contents).toContain(fieldDoc('kind', 'link')!);
    expect(hoverAt('position: { x', 13)?.contents).toContain(fieldDoc('x')!);
  });

  it('documents the enum value under the cursor', () => {
    expect(hoverAt('backoff: exponential', 12)?.contents).toMatch(/^\*\*exponential\*\* \(backoff\)/);
    expect(hoverAt('engine: kafka', 10)?.contents).toContain('Kafka');
  });

  it('says nothing over free text or unknown keys', () => {
    expect(hoverAt('name: E-commerce', 8)).toBeUndefined();
    expect(yamlHover('nodes:\n  - id: a\n    nonsense: 1\n', 24)).toBeUndefined();
    expect(yamlHover('', 0)).toBeUndefined();
  });
});
