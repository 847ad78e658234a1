import { slugify } from '../model/ids.ts';
import type { Model } from '../model/types.ts';
import { canonicalize } from './canonical-order.ts';

/** The native file text: pretty JSON (2 spaces), canonical key order, trailing newline. */
export function serializeModel(model: Model): string {
  return `${JSON.stringify(canonicalize(model), null, 2)}\n`;
}

/** The same content on one line, for places where size matters more than readability (share links). */
export function serializeModelCompact(model: Model): string {
  return JSON.stringify(canonicalize(model));
}

/** The file name a download of `model` gets: `<slug of its name>.faultline.json`. */
export function modelFileName(model: Model): string {
  return `${slugify(model.name)}.faultline.json`;
}
