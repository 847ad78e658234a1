/**
 * Checks that a parsed YAML value is a compose file and that every key the importer reads has the shape
 * the Compose Specification gives it. All problems are collected (not just the first), each with the
 * path a reader can find, so one fix-and-retry round is enough.
 */
import { closestMatch } from '../../io/closest-match.ts';
import type { PathSegment, Problem } from '../../io/types.ts';
import { isExtensionKey, SERVICE_KEY_LIST, SERVICE_KEYS, TOP_LEVEL_KEYS } from './compose-keys.ts';

export type RawService = Record<string, unknown>;

export interface RawCompose {
  /** The top-level `name:` (the compose project name), if any. */
  readonly name?: string;
  /** Services in file order. */
  readonly services: ReadonlyMap<string, RawService>;
}

export type Validated = { ok: true; compose: RawCompose } | { ok: false; problems: Problem[] };

/** True for a YAML mapping read as a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates the document's structure; see the module comment. */
export function validateCompose(root: unknown): Validated {
  const problems: Problem[] = [];
  const report = (path: PathSegment[], message: string, at?: 'key') => problems.push(at ? { path, message, at } : { path, message });

  if (!isRecord(root)) {
    const found = Array.isArray(root) ? 'a list' : root === null ? 'nothing' : `a ${typeof root}`;
    return { ok: false, problems: [{ path: [], message: `not a docker-compose file: expected a mapping with a "services" key, found ${found}` }] };
  }
  if (root['format'] === 'faultline') {
    return { ok: false, problems: [{ path: ['format'], message: 'this is a Faultline model, not a docker-compose file: open it instead of importing it' }] };
  }
  if (!('services' in root)) {
    const looksV1 = Object.values(root).some((v) => isRecord(v) && ('image' in v || 'build' in v));
    const message = looksV1
      ? 'not a supported docker-compose file: services at the top level are the retired version 1 format; put them under "services:"'
      : 'not a docker-compose file: there is no "services" map';
    return { ok: false, problems: [{ path: [], message }] };
  }

  for (const key of Object.keys(root)) {
    if (TOP_LEVEL_KEYS.includes(key) || isExtensionKey(key)) continue;
    report([key], unknownKey(key, TOP_LEVEL_KEYS, 'top-level key'), 'key');
  }
  const name = root['name'];
  if (name !== undefined && typeof name !== 'string') report(['name'], 'the project name must be text');

  const services = root['services'];
  if (!isRecord(services)) {
    report(['services'], `"services" must be a mapping of service names to their configuration, found ${describeValue(services)}`);
    return { ok: false, problems };
  }
  const entries = Object.entries(services);
  if (entries.length === 0) report(['services'], 'the file defines no services: there is nothing to import');

  const result = new Map<string, RawService>();
  for (const [serviceName, body] of entries) {
    const at = ['services', serviceName];
    if (!isRecord(body)) {
      report(at, `service "${serviceName}" must be a mapping (image, build, depends_on, …), found ${describeValue(body)}`);
      continue;
    }
    for (const key of Object.keys(body)) {
      if (!SERVICE_KEYS.has(key) && !isExtensionKey(key)) report([...at, key], unknownKey(key, SERVICE_KEY_LIST, 'service key'), 'key');
    }
    checkService(body, at, report);
    result.set(serviceName, body);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, compose: typeof name === 'string' ? { name, services: result } : { services: result } };
}

type Report = (path: PathSegment[], message: string) => void;

function checkService(body: RawService, at: PathSegment[], report: Report): void {
  for (const key of ['image', 'hostname', 'container_name'] as const) {
    if (body[key] !== undefined && typeof body[key] !== 'string') report([...at, key], `${key} must be text, found ${describeValue(body[key])}`);
  }
  const build = body['build'];
  if (build !== undefined && typeof build !== 'string') {
    if (!isRecord(build)) report([...at, 'build'], `build must be a path or a mapping with "context", found ${describeValue(build)}`);
    else if (build['context'] !== undefined && typeof build['context'] !== 'string') report([...at, 'build', 'context'], 'build context must be a path');
  }

  const dependsOn = body['depends_on'];
  if (dependsOn !== undefined) {
    if (Array.isArray(dependsOn)) checkStrings(dependsOn, [...at, 'depends_on'], 'a service name', report);
    else if (isRecord(dependsOn)) {
      for (const [dep, spec] of Object.entries(dependsOn)) {
        if (spec !== null && !isRecord(spec)) report([...at, 'depends_on', dep], `expected a mapping such as { condition: service_started }, found ${describeValue(spec)}`);
      }
    } else report([...at, 'depends_on'], `depends_on must be a list of service names or a mapping, found ${describeValue(dependsOn)}`);
  }

  for (const key of ['links', 'external_links', 'profiles'] as const) {
    const list = body[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) report([...at, key], `${key} must be a list, found ${describeValue(list)}`);
    else checkStrings(list, [...at, key], key === 'profiles' ? 'a profile name' : 'a service name', report);
  }

  const environment = body['environment'];
  if (environment !== undefined && environment !== null) {
    if (Array.isArray(environment)) checkStrings(environment, [...at, 'environment'], 'KEY=value', report);
    else if (isRecord(environment)) {
      for (const [key, value] of Object.entries(environment)) {
        if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) report([...at, 'environment', key], `an environment value must be text, a number or a boolean, found ${describeValue(value)}`);
      }
    } else report([...at, 'environment'], `environment must be a list of KEY=value or a mapping, found ${describeValue(environment)}`);
  }

  const ports = body['ports'];
  if (ports !== undefined && !Array.isArray(ports)) report([...at, 'ports'], `ports must be a list, found ${describeValue(ports)}`);
  else if (Array.isArray(ports)) {
    ports.forEach((p, i) => {
      if (typeof p !== 'string' && typeof p !== 'number' && !isRecord(p)) report([...at, 'ports', i], `a port is "HOST:CONTAINER", a number or a mapping, found ${describeValue(p)}`);
    });
  }

  const networks = body['networks'];
  if (networks !== undefined && networks !== null) {
    if (Array.isArray(networks)) checkStrings(networks, [...at, 'networks'], 'a network name', report);
    else if (isRecord(networks)) {
      for (const [net, spec] of Object.entries(networks)) {
        if (spec === null) continue;
        if (!isRecord(spec)) report([...at, 'networks', net], `expected a mapping (aliases, ipv4_address, …), found ${describeValue(spec)}`);
        else if (spec['aliases'] !== undefined) {
          if (!Array.isArray(spec['aliases'])) report([...at, 'networks', net, 'aliases'], 'aliases must be a list of host names');
          else checkStrings(spec['aliases'], [...at, 'networks', net, 'aliases'], 'a host name', report);
        }
      }
    } else report([...at, 'networks'], `networks must be a list or a mapping, found ${describeValue(networks)}`);
  }

  const deploy = body['deploy'];
  if (deploy !== undefined && deploy !== null) {
    if (!isRecord(deploy)) report([...at, 'deploy'], `deploy must be a mapping, found ${describeValue(deploy)}`);
    else if (deploy['replicas'] !== undefined && parseCount(deploy['replicas']) === undefined) report([...at, 'deploy', 'replicas'], `replicas must be a whole number, found ${describeValue(deploy['replicas'])}`);
  }
  if (body['scale'] !== undefined && parseCount(body['scale']) === undefined) report([...at, 'scale'], `scale must be a whole number, found ${describeValue(body['scale'])}`);

  const healthcheck = body['healthcheck'];
  if (healthcheck !== undefined && healthcheck !== null && !isRecord(healthcheck)) report([...at, 'healthcheck'], `healthcheck must be a mapping, found ${describeValue(healthcheck)}`);

  const extendsValue = body['extends'];
  if (extendsValue !== undefined && typeof extendsValue !== 'string') {
    if (!isRecord(extendsValue) || typeof extendsValue['service'] !== 'string') report([...at, 'extends'], 'extends must name a service: "base" or { service: base, file: other.yml }');
    else if (extendsValue['file'] !== undefined && typeof extendsValue['file'] !== 'string') report([...at, 'extends', 'file'], 'extends file must be a path');
  }
}

/** A whole number of containers, written as a number or as digits in text (`"3"`). */
export function parseCount(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

function checkStrings(list: readonly unknown[], at: PathSegment[], what: string, report: Report): void {
  list.forEach((item, i) => {
    if (typeof item !== 'string') report([...at, i], `expected ${what} (text), found ${describeValue(item)}`);
  });
}

function unknownKey(key: string, known: readonly string[], what: string): string {
  const guess = closestMatch(key, known);
  return `unknown ${what} "${key}"${guess === undefined ? '' : `; did you mean "${guess}"?`} (extension keys start with "x-")`;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}
