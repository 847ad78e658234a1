import { describe, expect, it } from 'vitest';
import { serializeModel } from '../../core/io/index.ts';
import { ecommerceTemplate } from '../../core/templates/ecommerce.ts';
import { fakeIO, type FakeIO } from '../__fixtures__/fake-io.ts';
import { run } from './generate.ts';

/** fakeIO plus an in-memory directory tree, through the optional readdir/writeFile of CliIO. */
function writableIO(files: Record<string, string> = {}, existingDirs: Record<string, string[]> = {}): FakeIO & { written: Map<string, string> } {
  const io = fakeIO(files);
  const written = new Map<string, string>();
  return Object.assign(io, {
    written,
    readdir: (path: string) => {
      const listed = existingDirs[path];
      if (listed) return Promise.resolve(listed);
      if (files[path] !== undefined) return Promise.reject(Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' }));
      return Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
    },
    writeFile: (path: string, contents: string | Uint8Array) => {
      written.set(path, typeof contents === 'string' ? contents : new TextDecoder().decode(contents));
      return Promise.resolve();
    },
  });
}

const shop = serializeModel(ecommerceTemplate.build());

describe('faultline generate', () => {
  it('writes the whole workspace under --out and exits 0', async () => {
    const io = writableIO({ '/work/shop.json': shop });
    expect(await run(['shop.json', '--out', 'gen'], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out()).toMatch(/^✓ wrote \d+ files \(6 services\) to gen\n/);
    expect([...io.written.keys()]).toContain('/work/gen/services/order-service/src/clients/payment-service.ts');
    expect(io.written.get('/work/gen/services/order-service/src/clients/inventory-service.ts')).toContain('new ThresholdBreaker(5, 2)');
    expect([...io.written.keys()].every((p) => p.startsWith('/work/gen/'))).toBe(true);
  });

  it('writes one service with --service (and --out=dir)', async () => {
    const io = writableIO({ '/work/shop.json': shop });
    expect(await run(['shop.json', '--out=one', '--service', 'payment-service'], io)).toBe(0);
    const paths = [...io.written.keys()];
    expect(paths.some((p) => p.includes('/services/payment-service/'))).toBe(true);
    expect(paths.some((p) => p.includes('/services/order-service/'))).toBe(false);
    expect(io.written.get('/work/one/docker-compose.yml')).toContain('payments-db:');
  });

  it('exits 2 naming the services when --service matches none', async () => {
    const io = writableIO({ '/work/shop.json': shop });
    expect(await run(['shop.json', '--out', 'gen', '--service', 'orders-db'], io)).toBe(2);
    expect(io.err()).toMatch(/no service or gateway with id "orders-db"; the model has: api-gateway, inventory-service/);
    expect(io.written.size).toBe(0);
  });

  it('refuses a non-empty directory unless --force', async () => {
    const dirs = { '/work/gen': ['README.md'] };
    const refused = writableIO({ '/work/shop.json': shop }, dirs);
    expect(await run(['shop.json', '--out', 'gen'], refused)).toBe(2);
    expect(refused.err()).toBe('faultline generate: gen is not empty; use --force to write into it anyway\n');
    expect(refused.written.size).toBe(0);
    const forced = writableIO({ '/work/shop.json': shop }, dirs);
    expect(await run(['shop.json', '--out', 'gen', '--force'], forced)).toBe(0);
    expect(forced.written.size).toBeGreaterThan(50);
  });

  it('writes into an empty directory and refuses a file as --out', async () => {
    const empty = writableIO({ '/work/shop.json': shop }, { '/work/gen': [] });
    expect(await run(['shop.json', '--out', 'gen'], empty)).toBe(0);
    const file = writableIO({ '/work/shop.json': shop, '/work/gen': 'x' });
    expect(await run(['shop.json', '--out', 'gen'], file)).toBe(2);
    expect(file.err()).toMatch(/cannot write to gen: it is a file/);
  });

  it('exits 2 with the validator’s errors for a bad model and writes nothing', async () => {
    const bad = '{"format":"faultline","version":1,"name":"Bad","nodes":[{"kind":"service","id":"s","name":"S","replicas":0}]}';
    const io = writableIO({ '/work/bad.json': bad });
    expect(await run(['bad.json', '--out', 'gen'], io)).toBe(2);
    expect(io.err()).toMatch(/^faultline generate: bad\.json is not a valid model \(1 error\)\n {2}bad\.json:1:\d+ {2}nodes\[0\]\.replicas {2}must be at least 1/);
    expect(io.written.size).toBe(0);
  });

  it('exits 2 with usage for missing arguments or unknown options', async () => {
    for (const args of [[], ['shop.json'], ['shop.json', '--out'], ['shop.json', '--out', 'x', '--zip'], ['a.json', 'b.json', '--out', 'x']]) {
      const io = writableIO({ '/work/shop.json': shop });
      expect(await run(args, io)).toBe(2);
      expect(io.err()).toMatch(/^faultline generate: .+\n\nUsage: faultline generate/);
    }
  });

  it('exits 2 for a missing file', async () => {
    const io = writableIO();
    expect(await run(['nope.json', '--out', 'gen'], io)).toBe(2);
    expect(io.err()).toBe('faultline generate: cannot read nope.json: no such file\n');
  });

  it('exits 1 when the io cannot write files', async () => {
    const io = fakeIO({ '/work/shop.json': shop });
    expect(await run(['shop.json', '--out', 'gen'], io)).toBe(1);
  });
});
