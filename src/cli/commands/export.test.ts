import { describe, expect, it } from 'vitest';
import { serializeModel } from '../../core/io/index.ts';
import { richModel } from '../../core/io/__fixtures__/models.ts';
import { toC4PlantUml, toMermaid, toStructurizr, renderReport } from '../../core/export/index.ts';
import { fakeIO } from '../__fixtures__/fake-io.ts';
import { main } from '../main.ts';
import { run } from './export.ts';

const shop = serializeModel(richModel());

describe('faultline export', () => {
  it.each([
    ['mermaid', toMermaid(richModel())],
    ['c4', toC4PlantUml(richModel())],
    ['structurizr', toStructurizr(richModel())],
    ['json', shop],
    ['report', renderReport(richModel())],
  ])('--to %s prints the core exporter’s output', async (format, expected) => {
    const io = fakeIO({ '/work/shop.json': shop });
    expect(await run(['shop.json', '--to', format], io)).toBe(0);
    expect(io.out()).toBe(expected);
    expect(io.err()).toBe('');
  });

  it('accepts YAML models and --to=format', async () => {
    const io = fakeIO({ '/work/tiny.yaml': 'format: faultline\nversion: 1\nname: Tiny\nnodes:\n  - { kind: service, id: a, name: A }\n' });
    expect(await run(['--to=mermaid', 'tiny.yaml'], io)).toBe(0);
    expect(io.out()).toBe('flowchart LR\n  n_a["A"]\n');
  });

  it('writes to -o and says what it wrote', async () => {
    const written = new Map<string, string>();
    const writeFile = (path: string, text: string | Uint8Array): Promise<void> => {
      written.set(path, String(text));
      return Promise.resolve();
    };
    const io = Object.assign(fakeIO({ '/work/shop.json': shop }), { writeFile });
    expect(await run(['shop.json', '--to', 'report', '-o', 'docs/shop.md'], io)).toBe(0);
    expect(written.get('/work/docs/shop.md')).toBe(renderReport(richModel()));
    expect(io.out()).toBe('');
    expect(io.err()).toBe('✓ docs/shop.md: Architecture report (Markdown) of "Shop"\n');
  });

  it('exits 2 for an invalid model, naming the first errors', async () => {
    const io = fakeIO({ '/work/bad.json': '{"format":"faultline","version":1,"name":"B","nodes":[{"kind":"queue","id":"q","name":"Q"}]}' });
    expect(await run(['bad.json', '--to', 'c4'], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(/^faultline export: bad\.json is not a valid model \(1 error\); run "faultline validate bad\.json" for details\n {2}nodes\[0\]\.kind {2}unknown node kind "queue"/);
  });

  it('exits 2 on usage errors', async () => {
    for (const [args, message] of [
      [['shop.json'], 'say which format with --to (svg, png, mermaid, c4, structurizr, json, report)'],
      [['shop.json', '--to', 'gif'], 'unknown format "gif"; expected one of svg, png, mermaid, c4, structurizr, json, report'],
      [['--to', 'c4'], 'no model file given'],
      [['shop.json', '--to'], '--to needs a value'],
      [['shop.json', '--to', 'c4', '--fast'], 'unknown option "--fast"'],
    ] as const) {
      const io = fakeIO({ '/work/shop.json': shop });
      expect(await run(args, io)).toBe(2);
      expect(io.err()).toMatch(new RegExp(`^faultline export: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\nUsage:`));
    }
  });

  it('is registered: faultline export --help prints its usage', async () => {
    const io = fakeIO();
    expect(await main(['export', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: faultline export <file> --to svg\|png\|mermaid\|c4\|structurizr\|json\|report/);
  });
});

describe('faultline export --to svg|png', () => {
  const shop = serializeModel(richModel());

  it('prints a standalone SVG of the diagram that names every node', async () => {
    const io = fakeIO({ '/work/shop.json': shop });
    expect(await run(['shop.json', '--to', 'svg', '--theme', 'dark'], io)).toBe(0);
    const svg = io.out();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const node of richModel().nodes) expect(svg).toContain(`data-id="${node.id}"`);
  });

  it('lays out a model without positions before drawing it', async () => {
    const io = fakeIO({ '/work/tiny.yaml': 'format: faultline\nversion: 1\nname: Tiny\nnodes:\n  - { kind: service, id: a, name: A }\n  - { kind: database, id: b, name: B }\nlinks:\n  - { kind: data, id: l, from: a, to: b }\n' });
    expect(await run(['tiny.yaml', '--to', 'svg'], io)).toBe(0);
    const xs = [...io.out().matchAll(/class="node node-\w+" data-id="\w"[^]*?<rect x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs).toHaveLength(2);
    expect(xs[0]).toBeLessThan(xs[1]!);
  });

  it('writes a PNG at twice the SVG size, and refuses to print one to the terminal', async () => {
    const written: Record<string, string | Uint8Array> = {};
    const io = Object.assign(fakeIO({ '/work/shop.json': shop }), { writeFile: async (path: string, contents: string | Uint8Array) => void (written[path] = contents) });
    expect(await run(['shop.json', '--to', 'png', '-o', 'shop.png'], io)).toBe(0);
    const png = Buffer.from(written['/work/shop.png'] as Uint8Array);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svgIO = fakeIO({ '/work/shop.json': shop });
    await run(['shop.json', '--to', 'svg'], svgIO);
    const width = Number(/width="(\d+)"/.exec(svgIO.out())![1]);
    expect(png.readUInt32BE(16)).toBe(width * 2);

    const noFile = fakeIO({ '/work/shop.json': shop });
    expect(await run(['shop.json', '--to', 'png'], noFile)).toBe(2);
    expect(noFile.err()).toMatch(/-o/);
  });
});
