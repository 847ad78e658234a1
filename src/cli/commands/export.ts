import { resolve } from 'node:path';
import { loadModel } from '../../core/io/index.ts';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, exportModel, isExportFormat, type ExportFormat } from '../../core/export/index.ts';
import { EXIT } from '../command.ts';
import type { CliIO } from '../io.ts';
import { readInput } from '../read-input.ts';

export const name = 'export';
export const summary = 'Export a model as Mermaid, C4-PlantUML, Structurizr DSL, JSON or a Markdown report';
export const usage = `Usage: faultline export <file> --to ${EXPORT_FORMATS.join('|')} [-o out]

Reads a Faultline file (JSON or YAML) and writes it in another text format:
  --to mermaid       Mermaid flowchart (.mmd): GitHub, GitLab and most wikis draw it
  --to c4            C4-PlantUML container diagram (.puml), using PlantUML's bundled C4 library
  --to structurizr   Structurizr DSL workspace (.dsl) with a container view
  --to json          the native Faultline JSON, normalized (.faultline.json)
  --to report        Markdown architecture report (.md): summary, Mermaid diagram, the decision
                     framework's verdict, findings with explanations and fixing patterns

Options:
  -o, --output FILE  write to FILE instead of stdout

Exit status: 0 exported, 2 when the file cannot be read or is not a valid model, or on a usage error.
`;

interface Options {
  file: string;
  format: ExportFormat;
  output?: string;
}

/** Exports one model file; see `usage`. */
export async function run(args: readonly string[], io: CliIO): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr(`faultline export: ${options}\n\n${usage}`);
    return EXIT.invalid;
  }
  const input = await readInput(io, options.file);
  if (!input.ok) {
    io.stderr(`faultline export: ${input.message}\n`);
    return EXIT.invalid;
  }
  const loaded = loadModel(input.text, { fileName: options.file });
  if (!loaded.ok) {
    const n = loaded.errors.length;
    io.stderr(`faultline export: ${options.file} is not a valid model (${n} ${n === 1 ? 'error' : 'errors'}); run "faultline validate ${options.file}" for details\n`);
    for (const e of loaded.errors.slice(0, 5)) io.stderr(`  ${e.path}  ${e.message}\n`);
    return EXIT.invalid;
  }
  for (const warning of loaded.warnings) io.stderr(`warning: ${warning}\n`);
  const text = exportModel(loaded.model, options.format);

  if (options.output === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  if (!io.writeFile) {
    io.stderr('faultline export: this environment cannot write files; leave out -o to print the export\n');
    return EXIT.invalid;
  }
  try {
    await io.writeFile(resolve(io.cwd, options.output), text);
  } catch (error) {
    io.stderr(`faultline export: cannot write ${options.output}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalid;
  }
  io.stderr(`✓ ${options.output}: ${EXPORT_FORMAT_INFO[options.format].label} of ${JSON.stringify(loaded.model.name)}\n`);
  return EXIT.ok;
}

function parseArgs(args: readonly string[]): Options | string {
  let file: string | undefined;
  let format: string | undefined;
  let output: string | undefined;
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const [flag, inline] = !optionsEnded && arg.startsWith('--') && eq !== -1 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (flag === '--to' || flag === '-o' || flag === '--output')) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return `${flag} needs a value`;
      if (flag === '--to') format = value;
      else output = value;
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') return `unknown option "${arg}"`;
    else if (file === undefined) file = arg;
    else return `one file at a time (got "${file}" and "${arg}")`;
  }
  if (file === undefined) return 'no model file given';
  if (format === undefined) return `say which format with --to (${EXPORT_FORMATS.join(', ')})`;
  if (!isExportFormat(format)) return `unknown format "${format}"; expected one of ${EXPORT_FORMATS.join(', ')}`;
  return { file, format, ...(output === undefined ? {} : { output }) };
}
