/**
 * Applies `extends:` within one file, the way compose merges a service onto its base: mappings merge
 * key by key (the extending service wins), lists are joined without duplicates, anything else is
 * replaced. A base in another file cannot be read here; that service keeps its own keys and a note says so.
 */
import type { PathSegment, Problem } from '../../io/types.ts';
import { isRecord, type RawService } from './validate-compose.ts';

export interface Resolved {
  readonly services: ReadonlyMap<string, RawService>;
  readonly notes: string[];
  readonly problems: Problem[];
}

/** Every service with its `extends` chain applied; cycles and missing bases are problems. */
export function resolveExtends(services: ReadonlyMap<string, RawService>): Resolved {
  const resolved = new Map<string, RawService>();
  const notes: string[] = [];
  const problems: Problem[] = [];
  const visiting = new Set<string>();

  const resolve = (name: string): RawService => {
    const done = resolved.get(name);
    if (done) return done;
    const own = normalizeForMerge(services.get(name) ?? {});
    const ext = own['extends'];
    if (ext === undefined) {
      resolved.set(name, own);
      return own;
    }
    const at: PathSegment[] = ['services', name, 'extends'];
    const baseName = typeof ext === 'string' ? ext : isRecord(ext) && typeof ext['service'] === 'string' ? ext['service'] : undefined;
    const file = isRecord(ext) && typeof ext['file'] === 'string' ? ext['file'] : undefined;
    let result: RawService = own;
    if (file !== undefined) {
      notes.push(`service "${name}" extends "${baseName ?? '?'}" from ${file}, which an import of one file cannot read: only its own keys were imported`);
    } else if (baseName === undefined || !services.has(baseName)) {
      problems.push({ path: at, message: `service "${name}" extends "${baseName ?? ''}", which is not a service in this file` });
    } else if (visiting.has(baseName) || baseName === name) {
      problems.push({ path: at, message: `service "${name}" extends itself through a cycle (${[...visiting, name].join(' → ')})` });
    } else {
      visiting.add(name);
      result = merge(resolve(baseName), own);
      visiting.delete(name);
    }
    const { extends: _dropped, ...rest } = result;
    resolved.set(name, rest);
    return rest;
  };

  for (const name of services.keys()) resolve(name);
  return { services: new Map([...services.keys()].map((name) => [name, resolved.get(name) ?? {}])), notes, problems };
}

/**
 * Lists that compose treats as mappings (`environment: [A=1]`, `depends_on: [db]`, `labels: [k=v]`) are
 * turned into mappings first, so a base written one way and an override written the other still merge.
 */
function normalizeForMerge(service: RawService): RawService {
  const out: RawService = { ...service };
  for (const key of ['environment', 'labels'] as const) {
    const value = out[key];
    if (Array.isArray(value)) {
      out[key] = Object.fromEntries(
        value.filter((item): item is string => typeof item === 'string').map((item) => {
          const eq = item.indexOf('=');
          return eq === -1 ? [item, null] : [item.slice(0, eq), item.slice(eq + 1)];
        }),
      );
    }
  }
  const dependsOn = out['depends_on'];
  if (Array.isArray(dependsOn)) {
    out['depends_on'] = Object.fromEntries(dependsOn.filter((d): d is string => typeof d === 'string').map((d) => [d, { condition: 'service_started' }]));
  }
  return out;
}

function merge(base: unknown, own: unknown): RawService {
  return mergeValue(base, own) as RawService;
}

function mergeValue(base: unknown, own: unknown): unknown {
  if (own === undefined) return base;
  if (isRecord(base) && isRecord(own)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(own)) out[key] = mergeValue(base[key], value);
    return out;
  }
  if (Array.isArray(base) && Array.isArray(own)) {
    const seen = new Set(base.map((item) => JSON.stringify(item)));
    return [...base, ...own.filter((item) => !seen.has(JSON.stringify(item)))];
  }
  return own;
}
