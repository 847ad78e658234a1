import { loadModel, type LoadError } from '../../core/io/index.ts';
import { EXIT } from '../command.ts';
import { summarizeModel } from '../format-summary.ts';
import type { CliIO } from '../io.ts';
import { readInput } from '../read-input.ts';

export const name = 'validate';
export const summary = 'Check Faultline files (JSON or YAML) for errors';
export const usage = `Usage: faultline validate <file> [more files...]

Checks each file the way the app loads it: syntax, format version, schema and references.
Prints one line per valid file and every problem in an invalid one as
  file:line:column  path  message

Exit status: 0 when every file is valid, 2 when any is invalid or cannot be read.
`;

/** Validates each file named in `args`; exit 0 when all are valid, 2 otherwise. */
export async function run(args: readonly string[], io: CliIO): Promise<number> {
  const files: string[] = [];
  let optionsEnded = false;
  for (const arg of args) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      io.stderr(`faultline validate: unknown option "${arg}"\n\n${usage}`);
      return EXIT.invalid;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.stderr(`faultline validate: no file given\n\n${usage}`);
    return EXIT.invalid;
  }

  let exit: number = EXIT.ok;
  for (const file of files) {
    if (!(await validateFile(file, io))) exit = EXIT.invalid;
  }
  return exit;
}

async function validateFile(file: string, io: CliIO): Promise<boolean> {
  const input = await readInput(io, file);
  if (!input.ok) {
    io.stderr(`✗ ${input.message}\n`);
    return false;
  }
  const result = loadModel(input.text, { fileName: file });
  if (result.ok) {
    io.stdout(`✓ ${file} — ${summarizeModel(result.model)}\n`);
    for (const warning of result.warnings) io.stdout(`  warning: ${warning}\n`);
    return true;
  }
  const n = result.errors.length;
  io.stdout(`✗ ${file} — ${n} ${n === 1 ? 'error' : 'errors'}\n`);
  for (const error of result.errors) io.stdout(`  ${where(file, error)}  ${error.path}  ${error.message}\n`);
  return false;
}

/** `file:line:col`, the form editors and terminals turn into a link to the spot. */
function where(file: string, error: LoadError): string {
  if (error.line === undefined) return file;
  return error.column === undefined ? `${file}:${error.line}` : `${file}:${error.line}:${error.column}`;
}
