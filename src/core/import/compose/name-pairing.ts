/**
 * The weakest evidence the importer uses, and only where there is no other: a datastore named after
 * exactly one service (`carts-db` ↔ `carts`, `ts-order-mongo` ↔ `ts-order-service`) is probably that
 * service's own. Sock Shop and TrainTicket declare no dependencies at all, and without this their
 * datastores would float unconnected. The link's `inferred` text says it is a guess from names.
 */

const DATASTORE_SUFFIXES = new Set([
  'db', 'database', 'datastore', 'store', 'data', 'mongo', 'mongodb', 'mysql', 'mariadb', 'postgres', 'postgresql', 'pg',
  'redis', 'memcached', 'cache', 'cassandra', 'elasticsearch', 'es', 'sql',
]);
const SERVICE_SUFFIXES = new Set(['service', 'svc', 'api', 'app', 'server', 'backend']);

/** The name without its trailing role words (`ts-order-mongo` → `ts-order`); undefined when nothing is left or nothing was removed. */
export function nameStem(name: string, suffixes: ReadonlySet<string>, requireSuffix: boolean): string | undefined {
  const parts = name.toLowerCase().split(/[-_.]+/).filter((p) => p !== '');
  let end = parts.length;
  while (end > 0 && suffixes.has(parts[end - 1] ?? '')) end--;
  if (end === 0 || (requireSuffix && end === parts.length)) return undefined;
  return parts.slice(0, end).join('-');
}

/**
 * For each datastore in `stores`, the one service in `services` it is named after, if exactly one is.
 * Returns pairs `[service, store]`.
 */
export function pairByName(stores: readonly string[], services: readonly string[]): [service: string, store: string][] {
  const byStem = new Map<string, string[]>();
  for (const service of services) {
    const stem = nameStem(service, SERVICE_SUFFIXES, false);
    if (stem === undefined) continue;
    const list = byStem.get(stem) ?? [];
    list.push(service);
    byStem.set(stem, list);
  }
  const pairs: [string, string][] = [];
  for (const store of stores) {
    const stem = nameStem(store, DATASTORE_SUFFIXES, true);
    const owners = stem === undefined ? undefined : byStem.get(stem);
    if (owners?.length === 1 && owners[0] !== undefined) pairs.push([owners[0], store]);
  }
  return pairs;
}
