import { describe, expect, it } from 'vitest';
import { serializeModel } from '../../core/io/index.ts';
import { richModel } from '../../core/io/__fixtures__/models.ts';
import { fakeIO } from '../__fixtures__/fake-io.ts';
import { run } from './validate.ts';

const shop = serializeModel(richModel());
const broken = ['{', '  "format": "faultline",', '  "version": 1,', '  "name": "Broken",', '  "nodes": [', '    { "kind": "queue", "id": "q", "name": "Q" },', '    { "kind": "service", "id": "s", "name": "S", "replicas": 0 }', '  ],', '  "links": [{ "kind": "sync", "id": "l", "from": "s", "to": "ghost" }]', '}', ''].join('\n');

describe('faultline validate', () => {
  it('prints a one-line summary of a valid file and exits 0', async () => {
    const io = fakeIO({ '/work/shop.faultline.json': shop });
    expect(await run(['shop.faultline.json'], io)).toBe(0);
    expect(io.out()).toBe('✓ shop.faultline.json — "Shop": 8 nodes, 6 links, 2 contexts, 1 saga\n');
    expect(io.err()).toBe('');
  });

  it('accepts YAML', async () => {
    const io = fakeIO({ '/work/tiny.yaml': 'format: faultline\nversion: 1\nname: Tiny\nnodes:\n  - { kind: service, id: a, name: A }\n' });
    expect(await run(['tiny.yaml'], io)).toBe(0);
    expect(io.out()).toBe('✓ tiny.yaml — "Tiny": 1 node, 0 links, 0 contexts, 0 sagas\n');
  });

  it('prints warnings under the summary', async () => {
    const io = fakeIO({ '/work/blank.json': '{"format":"faultline","version":1,"name":"   ","nodes":[]}' });
    expect(await run(['blank.json'], io)).toBe(0);
    expect(io.out()).toMatch(/\n {2}warning: the model name was blank/);
  });

  it('prints every error as file:line:col  path  message and exits 2', async () => {
    const io = fakeIO({ '/work/models/broken.json': broken });
    expect(await run(['models/broken.json'], io)).toBe(2);
    expect(io.out().split('\n')).toEqual([
      '✗ models/broken.json — 2 errors',
      '  models/broken.json:6:15  nodes[0].kind  unknown node kind "queue"; expected one of service, database, broker, gateway, client, external',
      '  models/broken.json:7:62  nodes[1].replicas  must be at least 1 (found 0)',
      '',
    ]);
  });

  it('reports a reference error once the structure is valid', async () => {
    const fixed = broken.replace('"queue"', '"broker"').replace('"replicas": 0', '"replicas": 1');
    const io = fakeIO({ '/work/broken.json': fixed });
    expect(await run(['broken.json'], io)).toBe(2);
    expect(io.out()).toContain('  broken.json:9:61  links[0].to  no node with id "ghost"\n');
  });

  it('exits 2 with a clear message for a missing file', async () => {
    const io = fakeIO();
    expect(await run(['nope.json'], io)).toBe(2);
    expect(io.err()).toBe('✗ cannot read nope.json: no such file\n');
  });

  it('checks every file given and fails if any fails', async () => {
    const io = fakeIO({ '/work/a.json': shop, '/work/b.json': broken });
    expect(await run(['a.json', 'b.json'], io)).toBe(2);
    expect(io.out()).toMatch(/^✓ a\.json[^\n]*\n✗ b\.json — 2 errors\n/);
  });

  it('exits 2 with usage when no file or an unknown option is given', async () => {
    const none = fakeIO();
    expect(await run([], none)).toBe(2);
    expect(none.err()).toMatch(/^faultline validate: no file given\n\nUsage: faultline validate/);
    const option = fakeIO();
    expect(await run(['--strict', 'a.json'], option)).toBe(2);
    expect(option.err()).toMatch(/unknown option "--strict"/);
  });

  it('reads a file whose name starts with a dash after --', async () => {
    const io = fakeIO({ '/work/-odd.json': shop });
    expect(await run(['--', '-odd.json'], io)).toBe(0);
  });
});
