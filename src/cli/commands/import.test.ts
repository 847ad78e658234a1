import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../core/io/index.ts';
import { fakeIO } from '../__fixtures__/fake-io.ts';
import { main } from '../main.ts';
import { run } from './import.ts';

const robotShop = readFileSync(fileURLToPath(new URL('../../../../shared/fixtures/compose/robot-shop-docker-compose.yml', import.meta.url)), 'utf8');

/** A fake IO that also records written files. */
function writableIO(files: Record<string, string>) {
  const written = new Map<string, string>();
  const io = fakeIO(files);
  const writeFile = (path: string, contents: string | Uint8Array): Promise<void> => {
    written.set(path, String(contents));
    return Promise.resolve();
  };
  return Object.assign(io, { writeFile, written });
}

describe('faultline import', () => {
  it('prints a laid-out model to stdout and a summary with notes to stderr', async () => {
    const io = fakeIO({ '/work/robot-shop-docker-compose.yml': robotShop });
    expect(await run(['robot-shop-docker-compose.yml'], io)).toBe(0);
    const loaded = loadModel(io.out(), { fileName: 'out.json' });
    expect(loaded.ok && loaded.model.nodes.length).toBe(12);
    expect(loaded.ok && loaded.needsLayout).toBe(false);
    expect(io.err().split('\n')[0]).toBe('✓ robot-shop-docker-compose.yml → stdout: "robot-shop": 12 nodes, 12 links, 0 contexts, 0 sagas');
    expect(io.err()).toContain('  note: Entry points (ports published on the host): web (8080:8080).\n');
  });

  it('writes the model to -o, as JSON or as YAML by extension', async () => {
    const io = writableIO({ '/work/dc.yml': robotShop });
    expect(await run(['dc.yml', '-o', 'out/model.json'], io)).toBe(0);
    expect(io.out()).toBe('');
    const json = io.written.get('/work/out/model.json') ?? '';
    expect(JSON.parse(json)).toMatchObject({ format: 'faultline', version: 1 });
    expect(await run(['dc.yml', '--output=model.yaml'], io)).toBe(0);
    const yamlText = io.written.get('/work/model.yaml') ?? '';
    expect(parse(yamlText)).toEqual(JSON.parse(json));
    expect(loadModel(yamlText, { fileName: 'model.yaml' }).ok).toBe(true);
  });

  it('keeps infrastructure with --include-infrastructure and skips name pairing with --no-name-pairing', async () => {
    const compose = 'services:\n  orders: { image: acme/orders, depends_on: [jaeger] }\n  orders-db: { image: postgres }\n  jaeger: { image: jaegertracing/all-in-one }\n';
    const plain = fakeIO({ '/work/dc.yml': compose });
    expect(await run(['dc.yml'], plain)).toBe(0);
    expect(JSON.parse(plain.out()).nodes.map((n: { id: string }) => n.id)).toEqual(['orders', 'orders-db']);
    expect(JSON.parse(plain.out()).links).toHaveLength(1);
    const all = fakeIO({ '/work/dc.yml': compose });
    expect(await run(['--include-infrastructure', '--no-name-pairing', 'dc.yml'], all)).toBe(0);
    const model = JSON.parse(all.out());
    expect(model.groups).toMatchObject([{ id: 'infrastructure', name: 'Infrastructure' }]);
    expect(model.links.map((l: { to: string }) => l.to)).toEqual(['jaeger']);
  });

  it('exits 2 with every problem as file:line:column  path  message, and prints no model', async () => {
    const io = fakeIO({ '/work/bad.yml': 'services:\n  web:\n    image: nginx\n    depend_on: [db]\n' });
    expect(await run(['bad.yml'], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toBe('✗ bad.yml cannot be imported (1 problem)\n  bad.yml:4:5  services.web.depend_on  unknown service key "depend_on"; did you mean "depends_on"? (extension keys start with "x-")\n');
  });

  it('exits 2 on usage errors and unreadable files', async () => {
    for (const args of [[], ['a.yml', 'b.yml'], ['--bogus', 'a.yml'], ['a.yml', '-o']]) {
      const io = fakeIO();
      expect(await run(args, io)).toBe(2);
      expect(io.err()).toMatch(/^faultline import: .*\n\nUsage: faultline import/);
    }
    const missing = fakeIO();
    expect(await run(['nope.yml'], missing)).toBe(2);
    expect(missing.err()).toBe('faultline import: cannot read nope.yml: no such file\n');
  });

  it('is registered: faultline import --help prints its usage', async () => {
    const io = fakeIO();
    expect(await main(['import', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: faultline import <docker-compose.yml>/);
  });
});
