/**
 * `npm run bench`: runs every bench/*.bench.ts module, prints one table and writes bench/results.json.
 * Each module exports `async function run(): Promise<BenchResult[]>` and reports ratios against a
 * baseline measured in the same run, so figures compare across machines.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchResult {
  /** The module that produced it, e.g. "rules" (filled in by the runner when left empty). */
  suite?: string;
  name: string;
  value: number;
  unit: string;
  /** Upper bound the project aims for, when there is one; `ok` says whether it was met. */
  aim?: number;
  note?: string;
}

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const filter = process.argv[2];
  const modules = (await readdir(here)).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();
  const results: (BenchResult & { suite: string; ok?: boolean })[] = [];
  for (const file of modules) {
    const suite = file.replace(/\.bench\.ts$/, '');
    process.stderr.write(`running ${file}…\n`);
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => Promise<BenchResult[]> };
    if (typeof mod.run !== 'function') throw new Error(`${file} does not export run()`);
    for (const r of await mod.run()) results.push({ ...r, suite: r.suite ?? suite, ...(r.aim === undefined ? {} : { ok: r.value <= r.aim }) });
  }
  process.stdout.write(table(results));
  const out = join(here, 'results.json');
  await writeFile(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, platform: `${process.platform}-${process.arch}`, results }, null, 2)}\n`);
  // Informational, not a gate: timings on a shared machine are noisy, so a missed aim does not fail the run.
  process.stderr.write(`wrote ${out}\n`);
}

function table(rows: readonly (BenchResult & { suite: string; ok?: boolean })[]): string {
  const cells = rows.map((r) => [
    r.suite,
    r.name,
    `${format(r.value)} ${r.unit}`,
    r.aim === undefined ? '' : `≤ ${format(r.aim)} ${r.ok ? '✓' : '✗'}`,
    r.note ?? '',
  ]);
  const head = ['suite', 'measure', 'value', 'aim', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join('  ').trimEnd();
  return `${[line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')}\n`;
}

function format(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

await main();
