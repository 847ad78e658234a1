import { resolve } from 'node:path';
import { stringify } from 'yaml';
import type { LoadError } from '../../core/io/index.ts';
import { serializeModel } from '../../core/io/index.ts';
import { importCompose } from '../../core/import/index.ts';
import { applyLayout, gridLayout } from '../../core/layout/index.ts';
import { EXIT } from '../command.ts';
import { summarizeModel } from '../format-summary.ts';
import type { CliIO } from '../io.ts';
import { readInput } from '../read-input.ts';

export const name = 'import';
export const summary = 'Turn a docker-compose file into a Faultline model';
export const usage = `Usage: faultline import <docker-compose.yml> [-o model.json] [--include-infrastructure] [--no-name-pairing]

Reads a docker-compose file (versions 2 and 3 and the Compose Specification, with YAML anchors,
merge keys and extends within the file) and makes a model: one node per service, its kind from its
image (datastores, caches, brokers, gateways and proxies, the rest services), and links from
depends_on, links, and host names in environment values and URLs. Every inferred node and link says
why in its "inferred" field. The model is laid out on a grid, so the file opens as it is.

Options:
  -o, --output FILE           write the model to FILE (.json, or .yaml/.yml for YAML) instead of stdout
  --include-infrastructure    keep tracing, registries, config servers, monitoring and other platform
                              containers, in an "Infrastructure" context (default: left out, listed)
  --no-name-pairing           do not connect a datastore nothing else connects to the service it is
                              named after (carts-db → carts)

Prints the model to stdout (without -o), and a summary and notes on what the file could not show to stderr.
Exit status: 0 imported, 2 when the file cannot be read or is not a usable compose file
(each problem printed as file:line:column  path  message).
`;

interface Options {
  file: string;
  output?: string;
  includeInfrastructure: boolean;
  pairByName: boolean;
}

/** Imports one compose file; see `usage`. */
export async function run(args: readonly string[], io: CliIO): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr(`faultline import: ${options}\n\n${usage}`);
    return EXIT.invalid;
  }
  const input = await readInput(io, options.file);
  if (!input.ok) {
    io.stderr(`faultline import: ${input.message}\n`);
    return EXIT.invalid;
  }
  const result = importCompose(input.text, { fileName: options.file, includeInfrastructure: options.includeInfrastructure, pairByName: options.pairByName });
  if (!result.ok) {
    const n = result.errors.length;
    io.stderr(`✗ ${options.file} cannot be imported (${n} ${n === 1 ? 'problem' : 'problems'})\n`);
    for (const error of result.errors) io.stderr(`  ${where(options.file, error)}  ${error.path}  ${error.message}\n`);
    return EXIT.invalid;
  }
  // The file should open as written: positions from the grid layout (the app may re-layout with ELK).
  const model = applyLayout(result.model, gridLayout(result.model));
  const text = options.output !== undefined && /\.ya?ml$/i.test(options.output) ? stringify(JSON.parse(serializeModel(model))) : serializeModel(model);

  if (options.output === undefined) io.stdout(text);
  else {
    if (!io.writeFile) {
      io.stderr('faultline import: this environment cannot write files; leave out -o to print the model\n');
      return EXIT.invalid;
    }
    try {
      await io.writeFile(resolve(io.cwd, options.output), text);
    } catch (error) {
      io.stderr(`faultline import: cannot write ${options.output}: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.invalid;
    }
  }
  io.stderr(`✓ ${options.file} → ${options.output ?? 'stdout'}: ${summarizeModel(model)}\n`);
  for (const note of result.notes) io.stderr(`  note: ${note}\n`);
  return EXIT.ok;
}

function parseArgs(args: readonly string[]): Options | string {
  let file: string | undefined;
  let output: string | undefined;
  let includeInfrastructure = false;
  let pairByName = true;
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (arg === '-o' || arg === '--output')) {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a file name`;
      output = value;
    } else if (!optionsEnded && arg.startsWith('--output=')) output = arg.slice('--output='.length);
    else if (!optionsEnded && arg === '--include-infrastructure') includeInfrastructure = true;
    else if (!optionsEnded && arg === '--no-name-pairing') pairByName = false;
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') return `unknown option "${arg}"`;
    else if (file === undefined) file = arg;
    else return `one file at a time (got "${file}" and "${arg}")`;
  }
  if (file === undefined) return 'no compose file given';
  if (output === '') return '-o needs a file name';
  return { file, includeInfrastructure, pairByName, ...(output === undefined ? {} : { output }) };
}

/** `file:line:col`, the form editors and terminals turn into a link to the spot. */
function where(file: string, error: LoadError): string {
  if (error.line === undefined) return file;
  return error.column === undefined ? `${file}:${error.line}` : `${file}:${error.line}:${error.column}`;
}
