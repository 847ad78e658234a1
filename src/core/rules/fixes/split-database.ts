/**
 * Database per service: the shared datastore stays with its owner and every other service gets its own,
 * named after it, with its data links moved across. The owner is the accessor in the datastore's group
 * (its bounded context), else the first accessor drawn.
 */
import type { DatabaseNode, Link, Model, ModelNode } from '../../model/index.ts';
import type { QuickFix } from '../types.ts';
import { nameStem } from '../text.ts';
import { freshId, offset, takenIds, withPosition } from './edit.ts';

function accessorOf(link: Link, dbId: string): string | undefined {
  if (link.kind !== 'data') return undefined;
  if (link.to === dbId && link.from !== dbId) return link.from;
  if (link.from === dbId && link.to !== dbId) return link.to;
  return undefined;
}

/** Splits the finding's datastore (`data.database`) into one per accessing service. */
export function splitDatabase(model: Model, dbId: string): Model {
  const db = model.nodes.find((n): n is DatabaseNode => n.id === dbId && n.kind === 'database');
  if (!db) return model;
  const nodeById = new Map(model.nodes.map((n) => [n.id, n]));
  const accessors: ModelNode[] = [];
  for (const link of model.links) {
    const id = accessorOf(link, dbId);
    const node = id === undefined ? undefined : nodeById.get(id);
    if (node && node.kind !== 'database' && !accessors.includes(node)) accessors.push(node);
  }
  if (accessors.length < 2) return model;
  const owner = accessors.find((a) => db.group !== undefined && a.group === db.group) ?? accessors[0]!;

  const taken = takenIds(model);
  const newDbFor = new Map<string, string>();
  const added: DatabaseNode[] = [];
  for (const accessor of accessors) {
    if (accessor === owner) continue;
    const name = `${nameStem(accessor.name || accessor.id)}-db`;
    const id = freshId(name, taken);
    newDbFor.set(accessor.id, id);
    // Copy what describes the technology, not who owns it: the new store belongs to its service's context.
    const team = accessor.kind === 'client' ? undefined : accessor.team;
    let node: DatabaseNode = { kind: 'database', id, name };
    if (db.engine) node = { ...node, engine: db.engine };
    if (accessor.group !== undefined) node = { ...node, group: accessor.group };
    if (team !== undefined) node = { ...node, team };
    added.push(withPosition(node, offset(accessor.position, 0, 160)));
  }

  const links = model.links.map((link) => {
    const accessor = accessorOf(link, dbId);
    const target = accessor === undefined ? undefined : newDbFor.get(accessor);
    if (target === undefined) return link;
    return link.to === dbId ? { ...link, to: target } : { ...link, from: target };
  });
  return { ...model, nodes: [...model.nodes, ...added], links };
}

export const splitDatabaseFix: QuickFix = {
  label: 'Split into one database per service',
  apply: (model, finding) => {
    const db = finding.data?.['database'];
    return typeof db === 'string' ? splitDatabase(model, db) : model;
  },
};
