/**
 * The facts the importer uses from one (validated, extends-resolved) compose service, in plain typed
 * form, so the rest of the importer never re-checks YAML shapes.
 */
import { isRecord, parseCount, type RawService } from './validate-compose.ts';

export interface ServiceFacts {
  readonly name: string;
  readonly image?: string | undefined;
  /** The build context path. */
  readonly build?: string | undefined;
  /** Names other containers can reach this one by: hostname, container_name and network aliases. */
  readonly aliases: readonly string[];
  readonly dependsOn: readonly string[];
  /** `links:` entries, each `service` or `service:alias`. */
  readonly links: readonly { service: string; alias?: string }[];
  readonly externalLinks: readonly string[];
  readonly environment: readonly { key: string; value: string }[];
  /** Ports published on the host, as written (`8080:8080`, `127.0.0.1:80:80`). */
  readonly publishedPorts: readonly string[];
  readonly replicas?: number | undefined;
  /** True when a healthcheck is configured, false when explicitly disabled, undefined when absent. */
  readonly healthcheck?: boolean | undefined;
  readonly usesEnvFile: boolean;
}

/** Reads the importer's facts from a compose service body. */
export function readService(name: string, body: RawService): ServiceFacts {
  const build = body['build'];
  const context = typeof build === 'string' ? build : isRecord(build) && typeof build['context'] === 'string' ? build['context'] : isRecord(build) ? '.' : undefined;
  return {
    name,
    image: typeof body['image'] === 'string' ? body['image'] : undefined,
    build: context,
    aliases: aliasesOf(body),
    dependsOn: dependsOnOf(body['depends_on']),
    links: stringList(body['links']).map((entry) => {
      const colon = entry.indexOf(':');
      return colon === -1 ? { service: entry } : { service: entry.slice(0, colon), alias: entry.slice(colon + 1) };
    }),
    externalLinks: stringList(body['external_links']),
    environment: environmentOf(body['environment']),
    publishedPorts: publishedPortsOf(body['ports']),
    replicas: replicasOf(body),
    healthcheck: healthcheckOf(body['healthcheck']),
    usesEnvFile: body['env_file'] !== undefined && body['env_file'] !== null,
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function dependsOnOf(value: unknown): string[] {
  if (Array.isArray(value)) return stringList(value);
  return isRecord(value) ? Object.keys(value) : [];
}

function aliasesOf(body: RawService): string[] {
  const names: string[] = [];
  for (const key of ['hostname', 'container_name'] as const) {
    const value = body[key];
    if (typeof value === 'string' && value !== '') names.push(value);
  }
  const networks = body['networks'];
  if (isRecord(networks)) {
    for (const spec of Object.values(networks)) if (isRecord(spec)) names.push(...stringList(spec['aliases']));
  }
  return names;
}

function environmentOf(value: unknown): { key: string; value: string }[] {
  if (Array.isArray(value)) {
    return stringList(value).map((item) => {
      const eq = item.indexOf('=');
      return eq === -1 ? { key: item, value: '' } : { key: item.slice(0, eq), value: item.slice(eq + 1) };
    });
  }
  if (!isRecord(value)) return [];
  return Object.entries(value).map(([key, v]) => ({ key, value: v === null || v === undefined ? '' : String(v) }));
}

/**
 * Only ports bound on the host say "reachable from outside": `"8080:80"`, `"127.0.0.1:8080:80"`, or the
 * long form with `published`. A bare container port (`"3306"`) is reachable only inside the network.
 */
function publishedPortsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const port of value) {
    if (typeof port === 'string') {
      const withoutProtocol = port.split('/')[0] ?? port;
      if (withoutProtocol.includes(':')) out.push(port);
    } else if (isRecord(port) && port['published'] !== undefined && port['published'] !== null && port['published'] !== '') {
      out.push(`${String(port['published'])}:${String(port['target'] ?? '?')}`);
    }
  }
  return out;
}

function replicasOf(body: RawService): number | undefined {
  const deploy = body['deploy'];
  const fromDeploy = isRecord(deploy) ? parseCount(deploy['replicas']) : undefined;
  return fromDeploy ?? parseCount(body['scale']);
}

function healthcheckOf(value: unknown): boolean | undefined {
  if (!isRecord(value)) return undefined;
  const disable = value['disable'];
  if (disable === true || disable === 'true') return false;
  const test = value['test'];
  if (test === 'NONE' || (Array.isArray(test) && test[0] === 'NONE')) return false;
  return true;
}
