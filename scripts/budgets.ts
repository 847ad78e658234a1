/**
 * The bundle budgets, read from a built dist/: what the first page load downloads (the scripts
 * index.html loads or modulepreloads, and every chunk they import statically), its gzip size, and
 * whether Monaco or elkjs is in it. Checked by e2e/budgets.spec.ts on the build the e2e run serves, by
 * `npm run budgets` after `npm run build`, and reported by `npm run bench`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Initial JavaScript, gzip: at most 250 kB (250,000 bytes). */
export const INITIAL_JS_GZIP_BUDGET = 250_000;

/**
 * Strings only the bundled library contains, to recognise its code whichever chunk it lands in. A
 * marker must also be found in some chunk of the build (see `checkBudgets`), so a library update that
 * drops it fails loudly instead of passing silently.
 */
export const HEAVY_LIBRARIES: readonly { name: string; marker: string; mustExist: boolean }[] = [
  { name: 'elkjs', marker: 'org.eclipse.elk', mustExist: true },
  { name: 'monaco-editor', marker: 'monaco-scrollable-element', mustExist: true },
  // @monaco-editor/react's loader names its CDN; it must never load up front (nor at all, from there).
  { name: '@monaco-editor/react loader', marker: 'cdn.jsdelivr.net', mustExist: false },
  // The model schema: validating and canonical serialization load it on first use (src/store/model-io.ts).
  { name: 'zod', marker: '$ZodObject', mustExist: true },
];

export interface InitialChunk {
  /** Path under dist/, e.g. `assets/index-abc.js`. */
  file: string;
  bytes: number;
  gzip: number;
}

/** Script and modulepreload URLs in an HTML page, as paths under dist/ (`base` is the build's base URL). */
export function entryScripts(html: string, base = '/'): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const isModuleScript = tag.startsWith('<script') && /\btype=["']module["']/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel=["']modulepreload["']/.test(tag);
    const url = /\b(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    if ((isModuleScript || isPreload) && url && !/^[a-z]+:/i.test(url)) out.push(url.startsWith(base) ? url.slice(base.length) : url);
  }
  return out;
}

/** The chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
export function staticImports(code: string, file: string, base = '/'): string[] {
  const out: string[] = [];
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
    const spec = match[1]!;
    out.push(spec.startsWith(base) ? spec.slice(base.length) : posix.normalize(posix.join(posix.dirname(file), spec)));
  }
  return out;
}

/** Every chunk the first load of `page` needs, with sizes. */
export function initialChunks(distDir: string, page = 'index.html', base = '/'): InitialChunk[] {
  const read = (file: string) => readFileSync(join(distDir, file));
  const queue = entryScripts(read(page).toString('utf8'), base);
  const seen = new Map<string, InitialChunk>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const body = read(file);
    seen.set(file, { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
    queue.push(...staticImports(body.toString('utf8'), file, base));
  }
  return [...seen.values()];
}

export interface BudgetReport {
  chunks: InitialChunk[];
  gzip: number;
  /** Heavy libraries found in the initial chunks, as "<library> in <file>". */
  heavyInInitial: string[];
  /** Markers that must exist somewhere in the build but were found nowhere (the check would be blind). */
  staleMarkers: string[];
  problems: string[];
}

/** Checks dist/ against the budgets; `problems` is empty when every budget holds. */
export function checkBudgets(distDir: string): BudgetReport {
  const chunks = initialChunks(distDir);
  const gzip = chunks.reduce((sum, c) => sum + c.gzip, 0);
  const text = (file: string) => readFileSync(join(distDir, file), 'utf8');
  const heavyInInitial: string[] = [];
  for (const chunk of chunks) {
    const code = text(chunk.file);
    for (const lib of HEAVY_LIBRARIES) if (code.includes(lib.marker)) heavyInInitial.push(`${lib.name} in ${chunk.file}`);
  }
  const allJs = listJs(distDir);
  const staleMarkers = HEAVY_LIBRARIES.filter((lib) => lib.mustExist && !allJs.some((file) => text(file).includes(lib.marker))).map((lib) => `${lib.name} (marker "${lib.marker}")`);
  const problems = [
    ...(gzip > INITIAL_JS_GZIP_BUDGET ? [`initial JS is ${kB(gzip)} gzip; the budget is ${kB(INITIAL_JS_GZIP_BUDGET)}`] : []),
    ...heavyInInitial.map((hit) => `${hit}: it must load on first use, not with the page`),
    ...staleMarkers.map((m) => `${m} is in no chunk of the build: update HEAVY_LIBRARIES in scripts/budgets.ts`),
  ];
  return { chunks, gzip, heavyInInitial, staleMarkers, problems };
}

function listJs(distDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(distDir, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) out.push(path);
    }
  };
  walk('');
  return out;
}

export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** A short human report. */
export function formatBudgetReport(report: BudgetReport): string {
  const lines = report.chunks.map((c) => `  ${c.file.padEnd(44)} ${kB(c.gzip).padStart(9)} gzip`);
  lines.push(`  ${'initial JS'.padEnd(44)} ${kB(report.gzip).padStart(9)} gzip (budget ${kB(INITIAL_JS_GZIP_BUDGET)})`);
  lines.push(report.heavyInInitial.length === 0 ? '  Monaco, elkjs and zod: not in the initial chunks' : `  heavy libraries up front: ${report.heavyInInitial.join(', ')}`);
  return lines.join('\n');
}
