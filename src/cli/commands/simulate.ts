import { loadModel } from '../../core/io/index.ts';
import { parseText } from '../../core/io/parse-text.ts';
import { scenarioSchema } from '../../core/model/schema.ts';
import { LIMITS } from '../../core/model/constants.ts';
import type { Model } from '../../core/model/types.ts';
import { blastRadius, defaultScenario, formatProblemPath, ScenarioError, simulate } from '../../core/sim/index.ts';
import type { BlastRadius, EntryStatus, FailureCause, Scenario, SimResult } from '../../core/sim/index.ts';
import { FAILURE_CAUSES } from '../../core/sim/index.ts';
import { EXIT } from '../command.ts';
import type { CliIO } from '../io.ts';
import { readInput } from '../read-input.ts';

export const name = 'simulate';
export const summary = 'Simulate load and failures; without a scenario, a blast-radius table';
export const usage = `Usage: faultline simulate <file> [--scenario <name|file>] [--seed N] [--duration 60s] [--json]

Runs the failure simulator on a Faultline file (JSON or YAML): requests flow through the model's
calls, timeouts, retries, circuit breakers, bulkheads, fallbacks and queues while the scenario's
faults strike, and the summary says what each entry point saw.

Without --scenario it runs steady load on every entry point (50 requests/s each) for 60 s, then
once more per node with that node down for the whole run, and prints which entry points each
failure takes down: a blast-radius table.

Options:
  --scenario NAME|FILE  a scenario saved in the model, by name, or a JSON/YAML file holding one
  --seed N              the random seed (default: the scenario's, or 1); same seed, same result
  --duration D          simulated time such as 60s, 500ms or 2m (default: the scenario's, or 60s)
  --json                {"model","scenario","hash","events","entries","blastRadius",...} instead of text

Exit status: 0 when the simulation ran, 2 when the file, the scenario or the command line is invalid.
`;

interface Options {
  file: string;
  scenario?: string;
  seed?: number;
  durationMs?: number;
  json: boolean;
}

/** Simulates one model file; see `usage`. */
export async function run(args: readonly string[], io: CliIO): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') return fail(io, `${options}\n\n${usage}`);
  const input = await readInput(io, options.file);
  if (!input.ok) return fail(io, input.message);
  const loaded = loadModel(input.text, { fileName: options.file });
  if (!loaded.ok) {
    const lines = loaded.errors.map((e) => `  ${e.line === undefined ? options.file : `${options.file}:${e.line}${e.column === undefined ? '' : `:${e.column}`}`}  ${e.path}  ${e.message}`);
    return fail(io, `${options.file} is not a valid model (${plural(loaded.errors.length, 'error')})\n${lines.join('\n')}`);
  }
  const model = loaded.model;

  let scenario: Scenario;
  if (options.scenario === undefined) scenario = defaultScenario(model);
  else {
    const found = await findScenario(model, options.scenario, io);
    if (typeof found === 'string') return fail(io, found);
    scenario = found;
  }
  if (options.seed !== undefined) scenario = { ...scenario, seed: options.seed };
  if (options.durationMs !== undefined) scenario = { ...scenario, durationMs: options.durationMs };
  if (scenario.load.length === 0) io.stderr(`warning: scenario "${scenario.name}" puts no load on any entry point\n`);

  try {
    const result = simulate(model, scenario);
    const table = options.scenario === undefined ? blastRadius(model, { scenario }) : undefined;
    io.stdout(options.json ? `${JSON.stringify(toJson(model, scenario, result, table), null, 2)}\n` : formatText(model, result, table));
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return fail(io, `scenario "${scenario.name}" cannot run:\n${error.problems.map((p) => `  ${formatProblemPath(p.path)}  ${p.message}`).join('\n')}`);
  }
}

function fail(io: CliIO, message: string): number {
  io.stderr(`faultline simulate: ${message}\n`);
  return EXIT.invalid;
}

/** A scenario saved in the model by that name, else the scenario in the file at that path. */
async function findScenario(model: Model, wanted: string, io: CliIO): Promise<Scenario | string> {
  const saved = model.scenarios?.find((s) => s.name === wanted);
  if (saved) return saved;
  const input = await readInput(io, wanted);
  if (!input.ok) {
    const names = (model.scenarios ?? []).map((s) => `"${s.name}"`);
    const known = names.length === 0 ? 'the model saves no scenarios' : `the model's scenarios: ${names.join(', ')}`;
    return `no scenario named "${wanted}" (${known}) and ${input.message}`;
  }
  const parsed = parseText(input.text, wanted);
  if (!parsed.ok) return `${wanted}: ${parsed.errors.map((e) => `${e.path}  ${e.message}`).join('; ')}`;
  const checked = scenarioSchema.safeParse(parsed.value);
  if (checked.success) return checked.data;
  const lines = checked.error.issues.map((i) => `  ${formatProblemPath(i.path.map((s) => (typeof s === 'symbol' ? String(s) : s)))}  ${i.message}`);
  return `${wanted} is not a valid scenario\n${lines.join('\n')}`;
}

function parseArgs(args: readonly string[]): Options | string {
  let file: string | undefined;
  const options: Omit<Options, 'file'> = { json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : args[++i]);
    if (flag === '--json') options.json = true;
    else if (flag === '--scenario') {
      const v = value();
      if (v === undefined || v === '') return '--scenario needs a name or a file';
      options.scenario = v;
    } else if (flag === '--seed') {
      const v = value();
      const seed = v === undefined || !/^\d+$/.test(v) ? NaN : Number(v);
      if (!(seed <= 0xffff_ffff)) return `--seed needs a whole number from 0 to 4294967295${v === undefined ? '' : ` (got "${v}")`}`;
      options.seed = seed;
    } else if (flag === '--duration') {
      const v = value();
      const ms = v === undefined ? undefined : parseDuration(v);
      if (ms === undefined) return `--duration needs a time such as 60s, 500ms or 2m, up to 1 hour${v === undefined ? '' : ` (got "${v}")`}`;
      options.durationMs = ms;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option "${arg}"`;
    else if (file === undefined) file = arg;
    else return `one file at a time (got "${file}" and "${arg}")`;
  }
  return file === undefined ? 'no file given' : { file, ...options };
}

/** `60s`, `500ms`, `2m`, or a bare number of seconds, in whole ms within the scenario limit. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2] === 'ms' ? 1 : match[2] === 'm' ? 60_000 : 1000;
  const ms = Math.round(Number(match[1]) * unit);
  return ms >= 1 && ms <= LIMITS.maxScenarioMs ? ms : undefined;
}

// ── output ────────────────────────────────────────────────────────────────────────────────────────

function toJson(model: Model, scenario: Scenario, r: SimResult, table: BlastRadius | undefined) {
  const s = r.summary;
  return {
    model: model.name,
    scenario,
    hash: r.hash,
    events: r.events,
    requests: s.requests,
    entries: s.entries,
    blastRadius: s.blastRadius,
    retryAmplification: s.retryAmplification,
    breakerOpenings: s.breakerOpenings,
    messages: s.messages,
    warnings: r.warnings,
    ...(table ? { killed: table.rows.map(({ target, kind, entries, degradedNodes }) => ({ target, kind, entries, degradedNodes })) } : {}),
  };
}

const grouped = (n: number) => Math.round(n).toLocaleString('en-US');
const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
const millis = (x: number) => (Number.isNaN(x) ? '—' : x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);
const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);
function plural(n: number, noun: string): string {
  return `${grouped(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** Columns padded to their widest cell; numbers (and the headers above them) right-aligned. */
function table(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n');
}

function formatText(model: Model, r: SimResult, br: BlastRadius | undefined): string {
  const s = r.summary;
  const out: string[] = [];
  out.push(`Scenario "${r.scenario}" on ${JSON.stringify(model.name)}: ${seconds(r.durationMs)} simulated, seed ${r.seed}, ${plural(s.requests, 'request')}, ${plural(r.events, 'event')} (hash ${r.hash})`);
  out.push('');
  const rows = [['Entry point', 'Requests', 'Answered', 'Degraded', 'Failed', 'Stuck', 'p50', 'p99']];
  for (const e of s.entries) rows.push([e.id, grouped(e.requests), percent(e.availability), percent(e.degradedRatio), grouped(e.failed), grouped(e.stuck), millis(e.p50Ms), millis(e.p99Ms)]);
  out.push(s.entries.length === 0 ? 'No entry point took load.' : table(rows, new Set([1, 2, 3, 4, 5, 6, 7])));
  for (const e of s.entries) {
    const causes = FAILURE_CAUSES.filter((c: FailureCause) => e.failures[c] > 0).map((c) => `${c} ${grouped(e.failures[c])}`);
    if (causes.length > 0) out.push(`  ${e.id} failed by cause: ${causes.join(', ')}`);
  }
  out.push('');
  out.push(`Degraded nodes (blast radius): ${s.blastRadius.length === 0 ? 'none' : s.blastRadius.join(', ')}`);
  out.push(`Retry amplification: ${s.retryAmplification.toFixed(2)}× calls per call`);
  const opened = s.links.filter((l) => l.breakerOpenings > 0).map((l) => `${l.id} ×${l.breakerOpenings}`);
  out.push(`Circuit breakers opened: ${opened.length === 0 ? 'none' : opened.join(', ')}`);
  const m = s.messages;
  if (m.published + m.delivered > 0)
    out.push(
      `Messages: ${grouped(m.published)} published, ${grouped(m.delivered)} consumed, ${grouped(m.delayed)} delayed over 1 s, ${grouped(m.failed)} failed, ${grouped(m.pending)} left; deepest backlog ${grouped(m.maxBacklog)}, worst lag ${millis(m.maxLagMs)}`,
    );
  for (const w of r.warnings) out.push(`warning: ${w}`);
  if (br) out.push('', ...blastRadiusTable(br));
  return `${out.join('\n')}\n`;
}

const STATUS_WORD: Record<EntryStatus, string> = { down: 'DOWN', failing: 'failing', degraded: 'degraded', ok: 'ok' };

function blastRadiusTable(br: BlastRadius): string[] {
  const entries = br.baseline.map((e) => e.entry);
  const rows = [['Node down', 'Kind', ...entries, 'Also degraded']];
  for (const row of br.rows) {
    const cells = row.entries.map((e) => `${STATUS_WORD[e.status]} ${percent(e.availability)}${e.degradedRatio >= 0.01 ? ` (${percent(e.degradedRatio)} by fallback)` : ''}`);
    const others = row.degradedNodes.filter((id) => id !== row.target && !entries.includes(id));
    rows.push([row.target, row.kind, ...cells, others.length === 0 ? '—' : others.join(', ')]);
  }
  return [`Blast radius: each node down for the whole run (the entry point's status and share of requests answered)`, table(rows, new Set())];
}
