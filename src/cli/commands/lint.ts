import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadModel } from '../../core/io/index.ts';
import { analyze, atLeast, primarySubject, RULE_IDS, settingsProblems } from '../../core/rules/index.ts';
import type { Analysis, Severity } from '../../core/rules/index.ts';
import { locateIds } from '../../core/rules/report/locate-ids.ts';
import { toJsonReport } from '../../core/rules/report/json.ts';
import { toSarif } from '../../core/rules/report/sarif.ts';
import { formatText } from '../../core/rules/report/text.ts';
import type { CliIO } from '../io.ts';
import { readInput } from '../read-input.ts';

export const name = 'lint';
export const summary = 'Find anti-patterns in a model (text, JSON or SARIF for CI)';
export const usage = `Usage: faultline lint <file> [--format text|json|sarif] [--fail-on error|warning|info]

Runs every rule of the pattern catalogue over a Faultline file (JSON or YAML) and reports the
findings and the decision framework's verdict. Rule settings and suppressions in the file apply.

Options:
  --format text    readable report (default; coloured on a terminal unless NO_COLOR is set)
  --format json    {"findings":[{"rule","severity","message","nodes","links"}],"decision":{"verdict","reasons"}}
  --format sarif   SARIF 2.1.0, for code-scanning annotations
  --fail-on LEVEL  lowest severity that fails the run: error (default), warning or info

Exit status: 0 when no finding reaches the --fail-on level, 1 when one does,
2 when the file cannot be read or is not a valid model (its errors are printed).
`;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const LEVELS = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/** Exit codes of lint; 2 matches the other commands' "invalid input". */
export const LINT_EXIT = { clean: 0, findings: 1, invalid: 2 } as const;

interface Options {
  file: string;
  format: Format;
  failOn: Severity;
}

/** Lints one model file; see `usage`. */
export async function run(args: readonly string[], io: CliIO): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr(`faultline lint: ${options}\n\n${usage}`);
    return LINT_EXIT.invalid;
  }
  const input = await readInput(io, options.file);
  if (!input.ok) {
    io.stderr(`faultline lint: ${input.message}\n`);
    return LINT_EXIT.invalid;
  }
  const loaded = loadModel(input.text, { fileName: options.file });
  if (!loaded.ok) {
    io.stderr(`faultline lint: ${options.file} is not a valid model (${loaded.errors.length} ${loaded.errors.length === 1 ? 'error' : 'errors'})\n`);
    for (const e of loaded.errors) {
      const at = e.line === undefined ? options.file : `${options.file}:${e.line}${e.column === undefined ? '' : `:${e.column}`}`;
      io.stderr(`  ${at}  ${e.path}  ${e.message}\n`);
    }
    return LINT_EXIT.invalid;
  }
  const model = loaded.model;
  for (const warning of loaded.warnings) io.stderr(`warning: ${warning}\n`);
  const targets = new Set([...model.nodes, ...model.links, ...model.sagas, ...model.groups].map((x) => x.id));
  for (const p of settingsProblems(model.settings, new Set(RULE_IDS), targets)) io.stderr(`warning: ${p.path}: ${p.message}\n`);

  const analysis = analyze(model);
  const subjects = [...analysis.findings, ...analysis.suppressed.map((s) => s.finding)].map(primarySubject).filter((id) => id !== undefined);
  const positions = options.format === 'json' ? new Map() : locateIds(input.text, options.file, subjects);
  const position = (id: string) => positions.get(id);

  io.stdout(render(analysis, options, position, io));
  return analysis.findings.some((f) => atLeast(f.severity, options.failOn)) ? LINT_EXIT.findings : LINT_EXIT.clean;
}

function render(analysis: Analysis, options: Options, position: (id: string) => { line: number; column: number } | undefined, io: CliIO): string {
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(toJsonReport(analysis), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(toSarif(analysis, { uri: fileUri(options.file), position, toolVersion: '0.1.0' }), null, 2)}\n`;
    case 'text':
      return formatText(analysis, { file: options.file, color: wantsColor(io), position });
  }
}

function parseArgs(args: readonly string[]): Options | string {
  let file: string | undefined;
  let format: Format = 'text';
  let failOn: Severity = 'error';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--format' || flag === '--fail-on') {
      const value = inline ?? args[++i];
      if (value === undefined) return `${flag} needs a value`;
      if (flag === '--format') {
        if (!(FORMATS as readonly string[]).includes(value)) return `unknown format "${value}"; expected ${FORMATS.join(', ')}`;
        format = value as Format;
      } else {
        if (!(LEVELS as readonly string[]).includes(value)) return `unknown level "${value}"; expected ${LEVELS.join(', ')}`;
        failOn = value as Severity;
      }
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option "${arg}"`;
    else if (file === undefined) file = arg;
    else return `one file at a time (got "${file}" and "${arg}")`;
  }
  return file === undefined ? 'no file given' : { file, format, failOn };
}

/**
 * Colour only on a terminal with NO_COLOR unset (https://no-color.org). CliIO does not say whether stdout
 * is a terminal, so an io may carry `color`; otherwise the real process decides.
 */
function wantsColor(io: CliIO): boolean {
  const forced = (io as CliIO & { color?: unknown }).color;
  if (typeof forced === 'boolean') return forced;
  const noColor = process.env['NO_COLOR'];
  return process.stdout.isTTY === true && (noColor === undefined || noColor === '');
}

/** SARIF wants a URI: relative paths keep forward slashes, absolute ones become file:// URLs. */
function fileUri(file: string): string {
  return isAbsolute(file) ? pathToFileURL(file).href : encodeURI(file.split(sep).join('/'));
}
