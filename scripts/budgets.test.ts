import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBudgets, entryScripts, INITIAL_JS_GZIP_BUDGET, staticImports } from './budgets.ts';

const dirs: string[] = [];
function dist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'budgets-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const html = `<!doctype html><head>
  <script type="module" crossorigin src="/assets/index-a.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/shared-b.js">
  <link rel="stylesheet" href="/assets/index.css">
</head>`;

describe('bundle budgets', () => {
  it('reads the entry and modulepreloads from index.html, not stylesheets', () => {
    expect(entryScripts(html)).toEqual(['assets/index-a.js', 'assets/shared-b.js']);
  });

  it('follows static imports but not dynamic ones', () => {
    const code = 'import{a as b}from"./shared-b.js";import"./side-c.js";const l=()=>import("./lazy-d.js");';
    expect(staticImports(code, 'assets/index-a.js')).toEqual(['assets/shared-b.js', 'assets/side-c.js']);
  });

  it('counts every initial chunk and passes a small build with the heavy libraries lazy', () => {
    const report = checkBudgets(dist({
      'index.html': html,
      'assets/index-a.js': 'import"./side-c.js";export const x=()=>import("./elk-e.js");',
      'assets/shared-b.js': 'export const y=1;',
      'assets/side-c.js': 'console.log(1);',
      'assets/elk-e.js': '"org.eclipse.elk.layered"',
      'assets/monaco-f.js': '"monaco-scrollable-element"',
      'assets/schema-g.js': '"$ZodObject"',
    }));
    expect(report.chunks.map((c) => c.file).sort()).toEqual(['assets/index-a.js', 'assets/shared-b.js', 'assets/side-c.js']);
    expect(report.problems).toEqual([]);
  });

  it('fails when elkjs or Monaco is in an initial chunk, or the initial JS is over budget', () => {
    let seed = 1;
    const noise = Array.from({ length: INITIAL_JS_GZIP_BUDGET * 1.6 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
    const report = checkBudgets(dist({
      'index.html': html,
      'assets/index-a.js': `import"./shared-b.js";"org.eclipse.elk";/*${noise}*/`,
      'assets/shared-b.js': '"monaco-scrollable-element"',
    }));
    expect(report.heavyInInitial).toEqual(['elkjs in assets/index-a.js', 'monaco-editor in assets/shared-b.js']);
    expect(report.problems[0]).toMatch(/initial JS is .* gzip; the budget is 250.0 kB/);
  });

  it('fails when a marker is found nowhere, so the check cannot go blind', () => {
    const report = checkBudgets(dist({ 'index.html': html, 'assets/index-a.js': '', 'assets/shared-b.js': '' }));
    expect(report.staleMarkers).toEqual(['elkjs (marker "org.eclipse.elk")', 'monaco-editor (marker "monaco-scrollable-element")', 'zod (marker "$ZodObject")']);
  });
});
