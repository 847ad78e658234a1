/**
 * A datastore whose own image does not name its engine (`weaveworksdemos/user-db`) is often named by
 * the services that use it: `MONGO_HOST=user-db:27017`, `DB_URL=postgres://orders-db/orders`.
 */
import type { Classification } from './classify-container.ts';
import type { EvidenceMap } from './collect-evidence.ts';
import type { DatabaseEngine } from './image-signatures.ts';

const SCHEME_ENGINES: Readonly<Record<string, DatabaseEngine>> = {
  mongodb: 'mongodb',
  'mongodb+srv': 'mongodb',
  mysql: 'mysql',
  mariadb: 'mysql',
  postgres: 'postgresql',
  postgresql: 'postgresql',
  redis: 'redis',
  rediss: 'redis',
  cassandra: 'cassandra',
  clickhouse: 'clickhouse',
};

const KEY_WORDS: readonly (readonly [word: RegExp, engine: DatabaseEngine])[] = [
  [/^MONGO/, 'mongodb'],
  [/^(MYSQL|MARIADB)/, 'mysql'],
  [/^(POSTGRES|PG)$|^POSTGRES/, 'postgresql'],
  [/^REDIS/, 'redis'],
  [/^CASSANDRA/, 'cassandra'],
  [/^CLICKHOUSE/, 'clickhouse'],
  [/^(ELASTIC|ELASTICSEARCH|OPENSEARCH)/, 'elasticsearch'],
];

/** Returns `classes` with an engine filled in for datastores whose clients name it; the reason says which client. */
export function withEnginesFromClients(classes: ReadonlyMap<string, Classification>, evidence: EvidenceMap): Map<string, Classification> {
  const out = new Map(classes);
  for (const [client, targets] of evidence) {
    for (const [target, entry] of targets) {
      const current = out.get(target);
      if (current?.category.kind !== 'database' || current.category.engine !== undefined) continue;
      const found = fromSchemes(entry.schemes) ?? fromKeys(entry.keys);
      if (!found) continue;
      out.set(target, {
        category: { kind: 'database', engine: found.engine, label: found.engine },
        reason: current.reason.replace(/ \(engine unknown\)$/, '') + `; ${found.what} in "${client}" → ${found.engine}`,
      });
    }
  }
  return out;
}

function fromSchemes(schemes: ReadonlySet<string>): { engine: DatabaseEngine; what: string } | undefined {
  for (const scheme of schemes) {
    const engine = SCHEME_ENGINES[scheme];
    if (engine) return { engine, what: `${scheme}:// URL` };
  }
  return undefined;
}

function fromKeys(keys: ReadonlySet<string>): { engine: DatabaseEngine; what: string } | undefined {
  for (const key of keys) {
    for (const word of key.toUpperCase().split('_')) {
      const hit = KEY_WORDS.find(([pattern]) => pattern.test(word));
      if (hit) return { engine: hit[1], what: `env ${key}` };
    }
  }
  return undefined;
}
