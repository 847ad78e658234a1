/**
 * The model as text and back. Text goes through `loadModel`, the same pipeline as opening a file, so
 * invalid text yields errors and never a model; a valid model is merged with the canvas' geometry
 * (see place-nodes.ts) before it replaces the current one.
 */
import { loadModel, serializeModel, serializeModelYaml, type LoadError } from '../../core/io/index.ts';
import type { Model } from '../../core/model/index.ts';
import { keepPositions } from './place-nodes.ts';

export type TextFormat = 'yaml' | 'json';

export const TEXT_FORMATS: readonly TextFormat[] = ['yaml', 'json'];

export type TextParse = { ok: true; model: Model } | { ok: false; errors: LoadError[] };

/** The model as YAML or as the native JSON file. */
export function modelToText(model: Model, format: TextFormat): string {
  return format === 'json' ? serializeModel(model) : serializeModelYaml(model);
}

/**
 * Reads `text` as a model, keeping the positions of `current` for nodes and contexts the text leaves
 * unplaced. With a format, the text must be in it (JSON mode is strict JSON); without, it is sniffed.
 * Never throws.
 */
export function textToModel(text: string, current: Model, format?: TextFormat): TextParse {
  const result = loadModel(text, format ? { fileName: format === 'json' ? 'model.json' : 'model.yaml' } : {});
  if (!result.ok) return { ok: false, errors: result.errors };
  return { ok: true, model: keepPositions(result.model, current) };
}

/** The smallest single replacement that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): { start: number; end: number; text: string } | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (
    suffix < max - start &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) suffix++;
  // Never split a surrogate pair: the editor would briefly hold half a character.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start, end: before.length - suffix, text: after.slice(start, after.length - suffix) };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
