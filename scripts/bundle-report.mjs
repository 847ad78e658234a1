#!/usr/bin/env node
/**
 * `node scripts/bundle-report.mjs [--all]`: what the first page load downloads, and from where. Builds the
 * app in memory (nothing is written) with a small plugin that reads each chunk's modules, then prints
 * the initial chunks (the entry and everything it imports statically, i.e. what index.html loads or
 * modulepreloads) with their gzip size and the packages / source folders inside them by rendered size.
 * `--all` lists the lazy chunks too. A text stand-in for a rollup visualiser, used to decide what to
 * load on demand; the budget itself is checked on the real dist/ by scripts/check-budgets.mjs.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const showAll = process.argv.includes('--all');
const whyIndex = process.argv.indexOf('--why');
const why = whyIndex === -1 ? undefined : process.argv[whyIndex + 1];
const chunks = new Map();
/** Static imports by module id, to explain why a module is in the first download (`--why <part of its path>`). */
const imported = new Map();
let entryModule;
await build({
  logLevel: 'warn',
  build: { write: false },
  plugins: [
    {
      name: 'faultline-bundle-report',
      generateBundle(_, bundle) {
        for (const id of this.getModuleIds()) {
          const info = this.getModuleInfo(id);
          imported.set(id, info?.importedIds ?? []);
          if (info?.isEntry) entryModule = id;
        }
        for (const [file, c] of Object.entries(bundle)) {
          if (c.type !== 'chunk') continue;
          chunks.set(file, {
            isEntry: c.isEntry,
            imports: c.imports,
            gzip: gzipSync(c.code, { level: 9 }).length,
            modules: Object.entries(c.modules).map(([id, m]) => [id, m.renderedLength]),
          });
        }
      },
    },
  ],
});

const entry = [...chunks].find(([, c]) => c.isEntry)?.[0];
const initial = new Set();
const queue = entry ? [entry] : [];
while (queue.length > 0) {
  const file = queue.pop();
  if (initial.has(file) || !chunks.has(file)) continue;
  initial.add(file);
  queue.push(...chunks.get(file).imports);
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
/** A package name for node_modules, else the first two folders under src/. */
function owner(id) {
  const nm = id.lastIndexOf('node_modules/');
  if (nm !== -1) {
    const parts = id.slice(nm + 13).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const src = id.indexOf('/src/');
  return src === -1 ? id : id.slice(src + 1).split('/').slice(0, 3).join('/');
}
function describe(file) {
  const c = chunks.get(file);
  const byOwner = new Map();
  for (const [id, size] of c.modules) byOwner.set(owner(id), (byOwner.get(owner(id)) ?? 0) + size);
  const total = [...byOwner.values()].reduce((a, b) => a + b, 0) || 1;
  console.log(`${file}  ${kb(c.gzip)} gzip`);
  for (const [name, size] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`  ${kb(size).padStart(9)} raw  ${((100 * size) / total).toFixed(1).padStart(5)} %  ${name}`);
  }
}
let sum = 0;
console.log('Initial chunks (loaded or modulepreloaded by index.html):');
for (const file of initial) {
  sum += chunks.get(file).gzip;
  describe(file);
}
console.log(`Initial JS total: ${kb(sum)} gzip\n`);
if (why) {
  // Breadth-first down the static imports from the entry: the shortest chain that pulls the module in.
  const from = new Map([[entryModule, null]]);
  const todo = entryModule ? [entryModule] : [];
  let found;
  while (todo.length > 0 && !found) {
    const id = todo.shift();
    if (id.includes(why)) found = id;
    for (const next of imported.get(id) ?? []) if (!from.has(next)) { from.set(next, id); todo.push(next); }
  }
  const chain = [];
  for (let id = found; id; id = from.get(id)) chain.unshift(id.replace(`${process.cwd()}/`, ''));
  console.log(found ? `Why ${why} is in the first download:\n  ${chain.join('\n  → ')}\n` : `${why}: not statically reachable from the entry\n`);
}
if (showAll) {
  console.log('Lazy chunks:');
  for (const file of [...chunks.keys()].filter((f) => !initial.has(f)).sort((a, b) => chunks.get(b).gzip - chunks.get(a).gzip)) {
    console.log(`${file}  ${kb(chunks.get(file).gzip)} gzip`);
  }
}
