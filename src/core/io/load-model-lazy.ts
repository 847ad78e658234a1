/**
 * `loadModel` for the app: the same pipeline and the same answers, but the YAML parser (the `yaml`
 * package, a sizeable part of a first download) is fetched only when the text is YAML.
 */
import { loadModelWith, type LoadOptions } from './load-pipeline.ts';
import { detectSyntax } from './syntax.ts';
import type { LoadResult } from './types.ts';

/** Like loadModel, loading the YAML parser on first need. */
export async function loadModelLazy(text: string, opts: LoadOptions = {}): Promise<LoadResult> {
  if (detectSyntax(text, opts.fileName) === 'json') return loadModelWith(text, opts, undefined);
  const { parseYaml } = await import('./parse-yaml.ts');
  return loadModelWith(text, opts, parseYaml);
}
