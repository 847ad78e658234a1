/**
 * docker-compose → Faultline model: parse (anchors and merge keys) → check the compose structure →
 * resolve `extends` → classify each container → collect link evidence → build nodes and links → prove the
 * result loads. Any failure returns errors and no model, so nothing is ever half-imported.
 */
import { formatBytes, utf8ByteLength } from '../../io/byte-size.ts';
import { formatPath } from '../../io/json-path.ts';
import { loadModel, MAX_ERRORS, type LoadError } from '../../io/index.ts';
import type { Locate, Problem } from '../../io/types.ts';
import { uniqueId } from '../../model/ids.ts';
import { FORMAT, LIMITS, SCHEMA_VERSION } from '../../model/constants.ts';
import type { Link, Model, ModelNode } from '../../model/types.ts';
import { buildModel, list, plural } from './build-model.ts';
import { classifyContainer, type Classification } from './classify-container.ts';
import { collectEvidence, type EvidenceMap } from './collect-evidence.ts';
import { SERVICE_NAME } from './compose-keys.ts';
import { withEnginesFromClients } from './engine-from-clients.ts';
import { pairByName } from './name-pairing.ts';
import { parseComposeYaml } from './parse-compose-yaml.ts';
import { readService, type ServiceFacts } from './read-service.ts';
import { resolveExtends } from './resolve-extends.ts';
import { isRecord, validateCompose } from './validate-compose.ts';

export interface ComposeImportOptions {
  /** Names the model when the file has no top-level `name:` (`robot-shop-docker-compose.yml` → "robot-shop"). */
  fileName?: string;
  /** Keep tracing, registries, monitoring and similar containers, in an "Infrastructure" context (default: left out, listed in a note). */
  includeInfrastructure?: boolean;
  /** Connect a datastore nothing else connects to the one service it is named after (default: true). */
  pairByName?: boolean;
}

export type ComposeImportResult = { ok: true; model: Model; notes: string[] } | { ok: false; errors: LoadError[] };

/** Imports a docker-compose file (v2, v3 or the Compose Specification) as a model without positions. */
export function importCompose(text: string, opts: ComposeImportOptions = {}): ComposeImportResult {
  try {
    return run(text, opts);
  } catch (error) {
    return { ok: false, errors: [{ path: '(root)', message: `could not import this file: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

function run(text: string, opts: ComposeImportOptions): ComposeImportResult {
  if (text.length * 3 > LIMITS.maxFileBytes && utf8ByteLength(text) > LIMITS.maxFileBytes) {
    return { ok: false, errors: [{ path: '(root)', message: `the file is too large (${formatBytes(utf8ByteLength(text))}); the limit is ${formatBytes(LIMITS.maxFileBytes)}` }] };
  }
  const parsed = parseComposeYaml(text);
  if (!parsed.ok) return fail(parsed.errors);
  const { locate } = parsed;

  const validated = validateCompose(parsed.value);
  if (!validated.ok) return fail(place(validated.problems, locate));
  const resolved = resolveExtends(validated.compose.services);
  const facts = [...resolved.services].map(([name, body]) => readService(name, body));
  const problems = [...resolved.problems, ...checkReferences(facts)];
  if (problems.length > 0) return fail(place(problems, locate));

  const notes = [...resolved.notes];
  if (isRecord(parsed.value) && parsed.value['include'] !== undefined) notes.push('The file includes other compose files ("include:"); an import of one file cannot read them, so their services are missing.');
  const ids = assignIds(facts, notes);
  const ownClasses = new Map<string, Classification>(
    facts.map((f) => [f.name, classifyContainer({ name: f.name, image: f.image, build: f.build, environmentKeys: f.environment.map((e) => e.key) })]),
  );
  const includeInfrastructure = opts.includeInfrastructure === true;
  const evidence = collectEvidence(facts);
  const classes = withEnginesFromClients(ownClasses, evidence);
  const paired = opts.pairByName === false ? 0 : addNamePairs(facts, classes, evidence, includeInfrastructure);

  const taken = new Set(ids.values());
  const built = buildModel({ services: facts, classes, ids, evidence, includeInfrastructure, infrastructureGroupId: uniqueId('infrastructure', taken) });
  notes.push(...built.notes, ...observations(facts, built.nodes, built.links, paired));

  const model: Model = {
    format: FORMAT,
    version: SCHEMA_VERSION,
    name: modelName(validated.compose.name, opts.fileName),
    description: `Imported from ${baseName(opts.fileName) ?? 'a docker-compose file'} (${plural(facts.length, 'container')}). Every node and link says in "inferred" why it was created; compose files do not show calls made from code or config.`,
    groups: built.groups,
    nodes: built.nodes,
    links: built.links,
    sagas: [],
  };
  // The proof that nothing half-valid leaves here: the result goes through the same door as any file.
  const loaded = loadModel(JSON.stringify(model), { fileName: 'import.json' });
  if (!loaded.ok) return fail(loaded.errors.map((e) => ({ ...e, message: `the imported model is invalid (an importer bug): ${e.message}` })));
  return { ok: true, model: loaded.model, notes };
}

/** `depends_on` and `links` must name services of this file, as compose itself requires. */
function checkReferences(facts: readonly ServiceFacts[]): Problem[] {
  const names = new Set(facts.map((f) => f.name));
  const problems: Problem[] = [];
  for (const f of facts) {
    f.dependsOn.forEach((target) => {
      if (!names.has(target)) problems.push({ path: ['services', f.name, 'depends_on'], message: `service "${f.name}" depends on "${target}", which is not a service in this file` });
    });
    f.links.forEach((link, i) => {
      if (!names.has(link.service)) problems.push({ path: ['services', f.name, 'links', i], message: `service "${f.name}" links to "${link.service}", which is not a service in this file` });
    });
  }
  return problems;
}

/** Node ids are the compose service names; only a name compose itself would refuse is turned into a slug. */
function assignIds(facts: readonly ServiceFacts[], notes: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const f of facts) if (SERVICE_NAME.test(f.name) && f.name.length <= LIMITS.maxNameLength) taken.add(f.name);
  for (const f of facts) {
    if (taken.has(f.name) && !ids.has(f.name)) {
      ids.set(f.name, f.name);
      continue;
    }
    const id = uniqueId(f.name, taken);
    taken.add(id);
    ids.set(f.name, id);
    notes.push(`Service "${f.name}" is not a valid compose name; its node id is "${id}".`);
  }
  return ids;
}

/** Adds name-pair evidence for datastores nothing else connects; returns how many were paired. */
function addNamePairs(facts: readonly ServiceFacts[], classes: ReadonlyMap<string, Classification>, evidence: EvidenceMap, includeInfrastructure: boolean): number {
  const kindOf = (name: string) => classes.get(name)?.category.kind;
  const connected = new Set<string>();
  for (const [from, targets] of evidence) {
    // Evidence from left-out infrastructure will not become a link, so it does not count as a connection.
    if (kindOf(from) === 'infrastructure' && !includeInfrastructure) continue;
    for (const to of targets.keys()) connected.add(to);
  }
  const stores = facts.map((f) => f.name).filter((n) => kindOf(n) === 'database' && !connected.has(n));
  const services = facts.map((f) => f.name).filter((n) => kindOf(n) === 'service');
  const pairs = pairByName(stores, services);
  for (const [service, store] of pairs) {
    let targets = evidence.get(service);
    if (!targets) evidence.set(service, (targets = new Map()));
    targets.set(store, { reasons: [`name pairing: "${store}" is named after "${service}" (nothing in the file connects it; a guess)`], schemes: new Set(), keys: new Set() });
  }
  return pairs.length;
}

/** What a reader should know about the import as a whole. */
function observations(facts: readonly ServiceFacts[], nodes: readonly ModelNode[], links: readonly Link[], paired: number): string[] {
  const notes: string[] = [];
  const entry = facts.filter((f) => f.publishedPorts.length > 0).map((f) => `${f.name} (${f.publishedPorts.join(', ')})`);
  if (entry.length > 0) notes.push(`Entry points (ports published on the host): ${list(entry)}.`);
  if (paired > 0) notes.push(`${plural(paired, 'data link')} ${paired === 1 ? 'was' : 'were'} guessed from names alone (a datastore named after one service); check them.`);
  if (links.some((l) => l.kind === 'async')) notes.push('Links to a broker are drawn from each service to the broker: compose cannot tell publishers from subscribers.');
  const linked = new Set(links.flatMap((l) => [l.from, l.to]));
  const lonely = nodes.filter((n) => !linked.has(n.id)).map((n) => n.name);
  if (lonely.length > 0) notes.push(`The file shows no connection for ${plural(lonely.length, 'container')}: ${list(lonely)}. Calls made from code or config files are invisible to compose.`);
  const envFiles = facts.filter((f) => f.usesEnvFile).map((f) => f.name);
  if (envFiles.length > 0) notes.push(`env_file contents are not read (${list(envFiles)}): host names in them were not seen.`);
  const external = facts.flatMap((f) => f.externalLinks.map((l) => `${f.name} → ${l}`));
  if (external.length > 0) notes.push(`external_links point outside this file and were not imported: ${list(external)}.`);
  return notes;
}

/** The compose project name, else the file name without `docker-compose` and extension. */
function modelName(projectName: string | undefined, fileName: string | undefined): string {
  const fromProject = projectName?.trim();
  if (fromProject) return fromProject.slice(0, LIMITS.maxNameLength);
  const base = baseName(fileName) ?? '';
  const stem = base
    .replace(/\.(ya?ml|json)$/i, '')
    .replace(/[-_.]?(docker[-_.]?)?compose[-_.]?/i, '')
    .trim();
  return (stem || 'Imported from docker-compose').slice(0, LIMITS.maxNameLength);
}

function baseName(fileName: string | undefined): string | undefined {
  return fileName?.split(/[\\/]/).pop() || undefined;
}

function place(problems: readonly Problem[], locate: Locate): LoadError[] {
  let positions: ReturnType<Locate> = [];
  try {
    positions = locate(problems);
  } catch {
    // A position is a convenience; an error without one is still a complete answer.
  }
  return problems.map((p, i) => ({ path: formatPath(p.path), message: p.message, ...positions[i] }));
}

function fail(errors: LoadError[]): ComposeImportResult {
  const sorted = [...errors].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
  if (sorted.length <= MAX_ERRORS) return { ok: false, errors: sorted };
  const shown = sorted.slice(0, MAX_ERRORS - 1);
  shown.push({ path: '(root)', message: `…and ${sorted.length - shown.length} more errors not shown; fix these first` });
  return { ok: false, errors: shown };
}
