/** Names and ids for new and pasted entities. */
import type { Model } from '../model/types.ts';
import { slugify } from '../model/ids.ts';

/**
 * `base` if free, else `root-2`, `root-3`, … where root is `base` without a trailing `-N`, so copying
 * `service-2` gives `service-3` rather than `service-2-2`.
 */
export function uniqueName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  const root = /^(.*\S)-\d+$/.exec(base)?.[1] ?? base;
  for (let i = 2; ; i++) {
    const candidate = `${root}-${i}`;
    if (!taken(candidate)) return candidate;
  }
}

/** A fresh id derived from `base` (slugified), numbered like uniqueName. */
export function uniqueSlug(base: string, taken: (id: string) => boolean): string {
  return uniqueName(slugify(base), taken);
}

/** Node and group ids share one id space: the canvas draws both as React Flow nodes. */
export function nodeSpaceIds(model: Model): Set<string> {
  const ids = new Set<string>();
  for (const node of model.nodes) ids.add(node.id);
  for (const group of model.groups) ids.add(group.id);
  return ids;
}
