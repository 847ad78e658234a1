import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/constants.ts';
import { loadModel, MAX_ERRORS } from './load-model.ts';
import type { LoadError, LoadResult } from './types.ts';
import { validDoc, type RawDoc } from './__fixtures__/models.ts';

const json = (value: unknown) => JSON.stringify(value, null, 2);

function errorsOf(result: LoadResult): LoadError[] {
  if (result.ok) throw new Error(`expected the load to fail, but it succeeded: ${JSON.stringify(result.model)}`);
  return result.errors;
}

/** Loads validDoc() after `edit` has broken it. */
function loadEdited(edit: (doc: RawDoc) => void): LoadError[] {
  const doc = validDoc();
  edit(doc);
  return errorsOf(loadModel(json(doc)));
}

describe('loadModel: accepted input', () => {
  it('loads a valid JSON file and fills in the optional collections', () => {
    const result = loadModel(json(validDoc()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.nodes.map((n) => n.id)).toEqual(['a', 'b', 'db']);
    expect(result.model.groups).toEqual([]);
    expect(result.model.sagas).toEqual([]);
    expect(result.needsLayout).toBe(false);
  });

  it('accepts YAML', () => {
    const yaml = ['format: faultline', 'version: 1', 'name: Shop', 'nodes:', '  - kind: service', '    id: orders', '    name: Orders', ''].join('\n');
    const result = loadModel(yaml, { fileName: 'shop.faultline.yaml' });
    expect(result).toMatchObject({ ok: true, model: { name: 'Shop', nodes: [{ kind: 'service', id: 'orders', name: 'Orders' }] } });
  });

  it('points YAML schema errors at their line and column', () => {
    const yaml = ['format: faultline', 'version: 1', 'name: Shop', 'nodes:', '  - kind: service', '    id: orders', '    name: Orders', '    replicas: 0', '  - kind: queue', '    id: q', '    name: Q', ''].join('\n');
    expect(errorsOf(loadModel(yaml))).toEqual([
      { path: 'nodes[0].replicas', message: 'must be at least 1 (found 0)', line: 8, column: 15 },
      { path: 'nodes[1].kind', message: expect.stringMatching(/^unknown node kind "queue"/), line: 9, column: 11 },
    ]);
  });

  it('detects YAML without a file name', () => {
    const result = loadModel('format: faultline\nversion: 1\nname: Shop\nnodes: []\n');
    expect(result).toMatchObject({ ok: true, model: { name: 'Shop' } });
  });

  it('says a layout is needed when a node has no position, and trims names', () => {
    const doc = validDoc();
    doc.name = '  Tiny  ';
    doc.nodes = [{ kind: 'service', id: 'a', name: ' A ' }];
    doc.links = [];
    const result = loadModel(json(doc));
    expect(result).toMatchObject({ ok: true, needsLayout: true, model: { name: 'Tiny', nodes: [{ name: 'A' }] } });
  });

  it('ignores a byte-order mark', () => {
    expect(loadModel(`\uFEFF${json(validDoc())}`).ok).toBe(true);
  });
});

describe('loadModel: syntax errors', () => {
  it('reports invalid JSON with its line and column', () => {
    const text = '{\n  "format": "faultline",\n  "version": 1\n  "name": "x"\n}';
    const [error, ...rest] = errorsOf(loadModel(text));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ path: '(root)', line: 4, column: 3 });
    expect(error?.message).toMatch(/invalid JSON: expected "," or "}"/);
  });

  it('reports a trailing comma, which YAML would have accepted', () => {
    const [error] = errorsOf(loadModel('{\n  "format": "faultline",\n}'));
    expect(error).toMatchObject({ path: '(root)', line: 3, column: 1 });
    expect(error?.message).toMatch(/trailing comma/);
  });

  it('reports an unterminated JSON file', () => {
    const [error] = errorsOf(loadModel('{ "format": "faultline"'));
    expect(error?.message).toMatch(/invalid JSON/);
    expect(error?.line).toBe(1);
  });

  it('reports invalid YAML with its line and column', () => {
    const text = 'format: faultline\nversion: 1\nnodes: [1, 2\nname: x\n';
    const errors = errorsOf(loadModel(text, { fileName: 'x.yaml' }));
    expect(errors[0]?.message).toMatch(/^invalid YAML/);
    expect(errors[0]?.line).toBe(4);
    expect(errors[0]?.column).toBeGreaterThan(0);
  });

  it('reports a key written twice instead of silently keeping the last one', () => {
    const text = '{\n  "format": "faultline",\n  "version": 1,\n  "name": "a",\n  "name": "b",\n  "nodes": []\n}';
    expect(errorsOf(loadModel(text))).toEqual([{ path: 'name', message: 'the key "name" appears more than once in the same object', line: 5, column: 3 }]);
  });

  it('reports an empty file', () => {
    expect(errorsOf(loadModel('  \n'))[0]?.message).toMatch(/empty/);
  });
});

describe('loadModel: format and version', () => {
  it('rejects a file whose format is not faultline', () => {
    const errors = loadEdited((doc) => (doc.format = 'drawio'));
    expect(errors).toEqual([expect.objectContaining({ path: 'format', line: 2 })]);
    expect(errors[0]?.message).toBe('expected "format": "faultline" but found "drawio"; this is not a Faultline file');
  });

  it('rejects a file with no format', () => {
    const errors = loadEdited((doc) => delete doc.format);
    expect(errors[0]).toMatchObject({ path: 'format' });
    expect(errors[0]?.message).toMatch(/missing "format"/);
  });

  it('rejects a file with no version', () => {
    const errors = loadEdited((doc) => delete doc.version);
    expect(errors[0]).toMatchObject({ path: 'version' });
    expect(errors[0]?.message).toMatch(/missing "version"/);
  });

  it('rejects a version that is not a whole number', () => {
    expect(loadEdited((doc) => (doc.version = '1'))[0]?.message).toMatch(/whole number.*found "1"/);
    expect(loadEdited((doc) => (doc.version = 1.5))[0]?.message).toMatch(/whole number.*found 1.5/);
  });

  it('rejects a file from a newer Faultline, saying which version it is', () => {
    const errors = loadEdited((doc) => (doc.version = 7));
    expect(errors[0]?.message).toBe('this file was written by a newer Faultline (format version 7); this build reads up to version 1');
  });

  it('rejects a document that is not an object', () => {
    expect(errorsOf(loadModel('[1, 2]'))[0]).toMatchObject({ path: '(root)', message: expect.stringMatching(/found a list/) });
  });
});

describe('loadModel: schema errors', () => {
  it('names an unknown node kind and lists the known ones, at the right line', () => {
    const errors = loadEdited((doc) => (doc.nodes[1]!.kind = 'foo'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      path: 'nodes[1].kind',
      message: 'unknown node kind "foo"; expected one of service, database, broker, gateway, client, external',
    });
    const lines = json(validDoc()).split('\n');
    // nodes[1] is the second node: its "kind" is the second `"kind": "service"` line of the file.
    const secondKind = lines.findIndex((line, i) => line.includes('"kind": "service"') && lines.slice(0, i).some((l) => l.includes('"kind": "service"')));
    expect(errors[0]?.line).toBe(secondKind + 1);
  });

  it('points at the exact line and column of a bad value', () => {
    const text = json(validDoc()).replace('"kind": "database"', '"kind": "datastore"');
    const [error] = errorsOf(loadModel(text));
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"datastore"')) + 1;
    expect(error).toMatchObject({ path: 'nodes[2].kind', line, column: (lines[line - 1]?.indexOf('"datastore"') ?? 0) + 1 });
  });

  it('names an unknown link kind', () => {
    const errors = loadEdited((doc) => (doc.links[0]!.kind = 'rpc'));
    expect(errors[0]).toMatchObject({ path: 'links[0].kind', message: 'unknown link kind "rpc"; expected one of sync, async, data' });
  });

  it('names an unknown field, points at the key, and suggests the likely one', () => {
    const errors = loadEdited((doc) => (doc.links[0]!.timeoutMS = 500));
    expect(errors).toEqual([expect.objectContaining({ path: 'links[0].timeoutMS', message: 'unknown field "timeoutMS"; did you mean "timeoutMs"?' })]);
    const text = (() => {
      const doc = validDoc();
      doc.links[0]!.timeoutMS = 500;
      return json(doc);
    })();
    const line = text.split('\n')[(errors[0]?.line ?? 0) - 1] ?? '';
    expect(line.slice((errors[0]?.column ?? 0) - 1)).toMatch(/^"timeoutMS"/);
  });

  it('names an unknown top-level field', () => {
    const errors = loadEdited((doc) => (doc.author = 'me'));
    expect(errors[0]).toMatchObject({ path: 'author', message: 'unknown field "author"' });
  });

  it('rejects negative numbers', () => {
    const errors = loadEdited((doc) => (doc.nodes[0]!.replicas = -2));
    expect(errors[0]).toMatchObject({ path: 'nodes[0].replicas', message: 'must be at least 1 (found -2)' });
    const latency = loadEdited((doc) => (doc.nodes[0]!.latency = { p50Ms: -5, p99Ms: 10 }));
    expect(latency[0]).toMatchObject({ path: 'nodes[0].latency.p50Ms', message: 'must not be negative (found -5)' });
  });

  it('rejects absurd numbers, naming the limit', () => {
    const errors = loadEdited((doc) => (doc.links[0]!.timeoutMs = 10 ** 12));
    expect(errors[0]).toMatchObject({ path: 'links[0].timeoutMs', message: `must be at most ${LIMITS.maxTimeoutMs} (found 1000000000000)` });
  });

  it('rejects a p99 latency below the p50', () => {
    const errors = loadEdited((doc) => (doc.nodes[0]!.latency = { p50Ms: 100, p99Ms: 50 }));
    expect(errors).toEqual([expect.objectContaining({ path: 'nodes[0].latency.p99Ms', message: 'p99Ms must be at least p50Ms' })]);
  });

  it('keeps the schema’s own messages', () => {
    const errors = loadEdited((doc) => (doc.links[0]!.retry = { attempts: 2.5, backoff: 'fixed' }));
    expect(errors[0]).toMatchObject({ path: 'links[0].retry.attempts', message: 'must be a whole number' });
  });

  it('says what is missing and what type was expected', () => {
    const errors = loadEdited((doc) => {
      delete doc.nodes[0]!.name;
      doc.nodes[1]!.replicas = 'two';
    });
    expect(errors).toEqual([
      expect.objectContaining({ path: 'nodes[0].name', message: 'missing "name": expected text' }),
      expect.objectContaining({ path: 'nodes[1].replicas', message: 'expected a number but found "two"' }),
    ]);
  });

  it('returns every error at once, in file order', () => {
    const errors = loadEdited((doc) => {
      doc.nodes[0]!.kind = 'foo';
      doc.nodes[2]!.engine = 'oracle';
      doc.links[0]!.timeoutMs = -1;
    });
    expect(errors.map((e) => e.path)).toEqual(['nodes[0].kind', 'nodes[2].engine', 'links[0].timeoutMs']);
    expect(errors[1]?.message).toMatch(/^unknown engine "oracle"; expected one of postgresql, mysql/);
    const lines = errors.map((e) => e.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it(`caps the list at ${MAX_ERRORS} errors and says how many more there are`, () => {
    const doc = validDoc();
    doc.nodes = Array.from({ length: 150 }, (_, i) => ({ kind: 'nope', id: `n${i}`, name: `N${i}` }));
    doc.links = [];
    const errors = errorsOf(loadModel(json(doc)));
    expect(errors).toHaveLength(MAX_ERRORS);
    expect(errors.at(-1)?.message).toMatch(/51 more errors/);
  });
});

describe('loadModel: size limit', () => {
  it('rejects a file over the limit before parsing it, saying the size and the limit', () => {
    const text = `{"format":"faultline","pad":"${'x'.repeat(LIMITS.maxFileBytes)}"}`;
    const errors = errorsOf(loadModel(text));
    expect(errors).toEqual([{ path: '(root)', message: `the file is too large: 25 MB (${text.length} bytes); the limit is 25 MB` }]);
  });

  it('counts bytes, not characters', () => {
    // 9 million three-byte characters: under the limit in characters, over it in UTF-8 bytes.
    const text = `{"name":"${'€'.repeat(9_000_000)}"}`;
    expect(errorsOf(loadModel(text))[0]?.message).toMatch(/too large/);
  });
});

describe('loadModel: never throws', () => {
  it('refuses deeply nested JSON and YAML instead of crashing in the parser', () => {
    const deepJson = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(errorsOf(loadModel(deepJson))[0]).toMatchObject({ path: '(root)', message: expect.stringMatching(/nested more than 64 levels/), line: 1, column: 65 });
    const deepYaml = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- `).join('\n') + 'x';
    expect(errorsOf(loadModel(deepYaml))[0]?.message).toMatch(/invalid YAML: .*more than 256 levels/);
    const deepFlow = `nodes: ${'['.repeat(1000)}${']'.repeat(1000)}`;
    expect(errorsOf(loadModel(deepFlow))[0]?.message).toMatch(/nested more than 64 levels/);
  });

  it('turns other odd input into an error', () => {
    for (const text of ['null', '42', '"text"', 'true', '- a\n- b', '{"format":"faultline","version":1,"name":"x","nodes":null}']) {
      expect(loadModel(text).ok, text).toBe(false);
    }
  });
});
