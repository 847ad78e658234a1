/** loadLesson (JSON or YAML, synchronous) and loadLessonLazy (fetches the YAML parser only for YAML text). */
import { parseYaml } from '../../io/parse-yaml.ts';
import { detectSyntax } from '../../io/syntax.ts';
import { loadLessonWith, type LoadLessonOptions, type LoadLessonResult } from './load.ts';

/** Parses and validates a lesson file (JSON or YAML); never throws for bad input. */
export function loadLesson(text: string, opts: LoadLessonOptions = {}): LoadLessonResult {
  return loadLessonWith(text, opts, parseYaml);
}

/** Like loadLesson, but the `yaml` package is loaded only when the text is YAML (keeps it out of the first download). */
export async function loadLessonLazy(text: string, opts: LoadLessonOptions = {}): Promise<LoadLessonResult> {
  if (detectSyntax(text, opts.fileName) === 'json') return loadLessonWith(text, opts, undefined);
  const yaml = await import('../../io/parse-yaml.ts');
  return loadLessonWith(text, opts, yaml.parseYaml);
}
