/**
 * `npm run bench`: runs every bench/*.bench.ts module (the Node ones, and browser.bench.ts, which builds
 * the app and drives it in headless Chromium), prints one table, and writes bench/results.json and
 * bench/results.md. Each module exports `async function run(): Promise<BenchResult[]>` and reports
 * ratios against a baseline measured in the same run, so figures compare across machines.
 *
 * `npm run bench -- rules` runs only the modules whose file name contains `rules`; the suites it did not
 * run keep their last results in results.json / results.md, so one suite can be re-measured alone.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchResult {
  /** The module that produced it, e.g. "rules" (filled in by the runner when left empty). */
  suite?: string;
  name: string;
  /** The median when the measure was taken several times. */
  value: number;
  unit: string;
  /** Upper bound the project aims for, when there is one; `ok` says whether it was met. */
  aim?: number;
  /** What the aim bounds: the value (default) or the ratio to the baseline. */
  aimOn?: 'value' | 'ratio';
  /** The same measure on the baseline, in the same run and unit; the runner adds `ratio` = value ÷ baseline. */
  baseline?: number;
  /** What the baseline is, when the measure's name does not say. */
  baselineName?: string;
  /** Smallest and largest of the runs the median came from. */
  spread?: readonly [number, number];
  runs?: number;
  note?: string;
}

export type Row = BenchResult & { suite: string; ratio?: number; ok?: boolean };

/** What the machine and browser were: modules may add to it (e.g. the Chromium version). */
export type Environment = Record<string, string>;

interface ResultsFile {
  date: string;
  node: string;
  platform: string;
  environment?: Environment;
  results: Row[];
}

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const filter = process.argv[2];
  const modules = (await readdir(here)).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();
  const results: Row[] = [];
  const environment: Environment = {
    cpu: `${cpus()[0]?.model.trim() ?? 'unknown'} × ${cpus().length}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
  for (const file of modules) {
    const suite = file.replace(/\.bench\.ts$/, '');
    process.stderr.write(`running ${file}…\n`);
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => Promise<BenchResult[]>; environment?: () => Environment };
    if (typeof mod.run !== 'function') throw new Error(`${file} does not export run()`);
    for (const r of await mod.run()) results.push(row(r, suite));
    Object.assign(environment, mod.environment?.() ?? {});
  }
  process.stdout.write(table(results));

  // A filtered run replaces only the suites it ran; the others keep their last results.
  const out = join(here, 'results.json');
  const ran = new Set(results.map((r) => r.suite));
  const previous = filter && existsSync(out) ? (JSON.parse(await readFile(out, 'utf8')) as ResultsFile) : undefined;
  const kept = previous?.results.filter((r) => !ran.has(r.suite)) ?? [];
  const file: ResultsFile = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    environment: { ...previous?.environment, ...environment },
    results: [...kept, ...results],
  };
  await writeFile(out, `${JSON.stringify(file, null, 2)}\n`);
  await writeFile(join(here, 'results.md'), markdown(file));
  // Informational, not a gate: timings on a shared machine are noisy, so a missed aim does not fail the run.
  process.stderr.write(`wrote ${out} and results.md\n`);
}

function row(r: BenchResult, suite: string): Row {
  const ratio = r.baseline === undefined || r.baseline === 0 ? undefined : r.value / r.baseline;
  const bounded = r.aimOn === 'ratio' ? ratio : r.value;
  return { ...r, suite: r.suite ?? suite, ...(ratio === undefined ? {} : { ratio }), ...(r.aim === undefined || bounded === undefined ? {} : { ok: bounded <= r.aim }) };
}

function cells(r: Row): string[] {
  return [
    r.suite,
    r.name,
    `${format(r.value)} ${r.unit}`,
    r.spread ? `${format(r.spread[0])}–${format(r.spread[1])}${r.runs ? ` (${r.runs})` : ''}` : '',
    r.baseline === undefined ? '' : `${format(r.baseline)} ${r.unit}${r.baselineName ? ` ${r.baselineName}` : ''}`,
    r.ratio === undefined ? '' : `${format(r.ratio)}×`,
    r.aim === undefined ? '' : `≤ ${format(r.aim)}${r.aimOn === 'ratio' ? '×' : ` ${r.unit}`} ${r.ok ? '✓' : '✗'}`,
    r.note ?? '',
  ];
}

const HEAD = ['suite', 'measure', 'value', 'spread (runs)', 'baseline', 'ratio', 'aim', 'note'];

function table(rows: readonly Row[]): string {
  const body = rows.map(cells);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join('  ').trimEnd();
  return `${[line(HEAD), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')}\n`;
}

/** The results as a Markdown table (what README's Performance section shows). */
function markdown(file: ResultsFile): string {
  const env = file.environment ?? {};
  const about = Object.entries(env).map(([k, v]) => `${k}: ${v}`).join(' · ');
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `Measured ${file.date.slice(0, 10)} on ${about || file.platform}.`,
    '',
    `| ${HEAD.join(' | ')} |`,
    `| ${HEAD.map(() => '---').join(' | ')} |`,
    ...file.results.map((r) => `| ${cells(r).map(escape).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

function format(v: number): string {
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : v.toFixed(2);
}

await main();
