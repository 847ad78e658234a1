import { isAbsolute, relative, resolve } from 'node:path';
import { generateWorkspace, UnknownServiceError } from '../../core/codegen/index.ts';
import { loadModel } from '../../core/io/index.ts';
import { EXIT } from '../command.ts';
import type { CliIO } from '../io.ts';
import { readInput } from '../read-input.ts';

export const name = 'generate';
export const summary = 'Write TypeScript service stubs (with the drawn policies) for a model';
export const usage = `Usage: faultline generate <file> --out <dir> [--service <id>] [--force]

Writes an npm workspace generated from a Faultline file (JSON or YAML): a Fastify service per
service and gateway with health checks, route stubs, clients carrying the drawn timeout, retry,
circuit breaker, bulkhead and fallback, typed events and sagas; a README with the architecture
and a docker-compose.yml with every service, its database and the brokers.

Options:
  --out DIR       where to write (required); it must be missing or empty unless --force
  --service ID    only the service or gateway with this node id, plus the workspace files
  --force         write into a non-empty directory, replacing files of the same name

Exit status: 0 when written, 2 when the file cannot be read or is not a valid model (its
errors are printed), the service is unknown, or the directory is not empty.
`;

interface Options {
  file: string;
  out: string;
  service: string | undefined;
  force: boolean;
}

function parseArgs(args: readonly string[]): Options | string {
  let file: string | undefined;
  let out: string | undefined;
  let service: string | undefined;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [flag, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (flag === '--out' || flag === '--service') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return `${flag} needs a value`;
      if (flag === '--out') out = value;
      else service = value;
    } else if (flag === '--force' && inline === undefined) force = true;
    else if (arg.startsWith('-') && arg !== '-') return `unknown option "${arg}"`;
    else if (file === undefined) file = arg;
    else return `one file at a time (got "${file}" and "${arg}")`;
  }
  if (file === undefined) return 'no file given';
  if (out === undefined) return 'no output directory given (--out <dir>)';
  return { file, out, service, force };
}

/** Generates the workspace for one model file into --out; see `usage`. */
export async function run(args: readonly string[], io: CliIO): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr(`faultline generate: ${options}\n\n${usage}`);
    return EXIT.invalid;
  }
  const readdir = io.readdir?.bind(io);
  const writeFile = io.writeFile?.bind(io);
  if (!readdir || !writeFile) {
    io.stderr('faultline generate: this environment cannot write files\n');
    return EXIT.internal;
  }

  const input = await readInput(io, options.file);
  if (!input.ok) {
    io.stderr(`faultline generate: ${input.message}\n`);
    return EXIT.invalid;
  }
  const loaded = loadModel(input.text, { fileName: options.file });
  if (!loaded.ok) {
    const n = loaded.errors.length;
    io.stderr(`faultline generate: ${options.file} is not a valid model (${n} ${n === 1 ? 'error' : 'errors'})\n`);
    for (const e of loaded.errors) {
      const at = e.line === undefined ? options.file : `${options.file}:${e.line}${e.column === undefined ? '' : `:${e.column}`}`;
      io.stderr(`  ${at}  ${e.path}  ${e.message}\n`);
    }
    return EXIT.invalid;
  }
  for (const warning of loaded.warnings) io.stderr(`warning: ${warning}\n`);

  let files;
  try {
    files = generateWorkspace(loaded.model, options.service === undefined ? {} : { service: options.service });
  } catch (error) {
    if (error instanceof UnknownServiceError) {
      io.stderr(`faultline generate: ${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }

  const outDir = resolve(io.cwd, options.out);
  const existing = await listDir(readdir, outDir);
  if (typeof existing === 'string') {
    io.stderr(`faultline generate: cannot write to ${options.out}: ${existing}\n`);
    return EXIT.invalid;
  }
  if (existing.length > 0 && !options.force) {
    io.stderr(`faultline generate: ${options.out} is not empty; use --force to write into it anyway\n`);
    return EXIT.invalid;
  }

  for (const file of files) {
    const target = resolve(outDir, file.path);
    // Generated paths are sanitised already; this keeps a bug there from ever writing outside --out.
    const rel = relative(outDir, target);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new Error(`refusing to write outside ${outDir}: ${file.path}`);
    await writeFile(target, file.contents);
  }
  const services = new Set(files.flatMap((f) => (f.nodeId === undefined ? [] : [f.nodeId]))).size;
  io.stdout(`✓ wrote ${files.length} files (${services} ${services === 1 ? 'service' : 'services'}) to ${options.out}\n`);
  io.stdout(`  next: cd ${options.out} && npm install && npm run typecheck\n`);
  return EXIT.ok;
}

/** The directory's entries ([] when it does not exist yet), or why it cannot be used. */
async function listDir(readdir: (path: string) => Promise<string[]>, dir: string): Promise<string[] | string> {
  try {
    return await readdir(dir);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOENT') return [];
    if (code === 'ENOTDIR') return 'it is a file, not a directory';
    return error instanceof Error ? error.message : String(error);
  }
}
