import { loadModelWith, type LoadOptions } from './load-pipeline.ts';
import { parseYaml } from './parse-yaml.ts';
import type { LoadResult } from './types.ts';

export { MAX_ERRORS, type LoadOptions } from './load-pipeline.ts';

/** Parses, upgrades, validates and tidies a Faultline file (JSON or YAML); never throws for bad input. */
export function loadModel(text: string, opts: LoadOptions = {}): LoadResult {
  return loadModelWith(text, opts, parseYaml);
}
