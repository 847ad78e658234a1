import type { Finding, Rule } from '../types.ts';
import { listNames, plural } from '../text.ts';
import { splitDatabaseFix } from '../fixes/split-database.ts';

/** A datastore with data links from two or more services. */
export const sharedDatabase: Rule = {
  id: 'shared-database',
  title: 'Shared database',
  defaultSeverity: 'error',
  explanation:
    'Two or more services read or write the same datastore. Its schema becomes a contract no one owns: a ' +
    'column change in one service breaks the others, they must be deployed together, and a slow query in ' +
    'one starves the rest. Each service should own its data and share it only through its API or events.',
  pattern: { name: 'Database per service', catalogueSection: 'Data Patterns › Database Per Service' },
  never: 'Shared Databases: Creates tight coupling, defeats the purpose',
  quickFix: splitDatabaseFix,
  check(ctx) {
    const { emit } = ctx.use(sharedDatabase);
    const { offsets, targets, edges } = ctx.dataByStore;
    const seen = new Int32Array(ctx.nodes.length).fill(-1);
    const findings: Finding[] = [];
    for (let db = 0; db < ctx.nodes.length; db++) {
      if (offsets[db + 1]! - offsets[db]! < 2) continue;
      const accessors: number[] = [];
      const links: string[] = [];
      for (let s = offsets[db]!; s < offsets[db + 1]!; s++) {
        const a = targets[s]!;
        links.push(ctx.linkIds[edges[s]!]!);
        if (seen[a] === db) continue;
        seen[a] = db;
        accessors.push(a);
      }
      if (accessors.length < 2) continue;
      const names = accessors.map((a) => ctx.label(a));
      const id = ctx.nodeIds[db]!;
      findings.push(
        emit({
          message: `${ctx.label(db)} is shared by ${plural(accessors.length, 'service')} (${listNames(names)}): each service should own its data.`,
          nodes: [id, ...accessors.map((a) => ctx.nodeIds[a]!)],
          links,
          data: { database: id },
        }),
      );
    }
    return findings;
  },
};
