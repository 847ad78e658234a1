import type { Model } from '../core/model/types.ts';

/** `"Shop": 12 nodes, 15 links, 3 contexts, 1 saga` — what a valid file contains, in one line. */
export function summarizeModel(model: Model): string {
  const counts = [count(model.nodes.length, 'node'), count(model.links.length, 'link'), count(model.groups.length, 'context'), count(model.sagas.length, 'saga')];
  return `${JSON.stringify(model.name)}: ${counts.join(', ')}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
