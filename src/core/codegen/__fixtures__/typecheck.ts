/**
 * Type-checks many generated workspaces in ONE in-process TypeScript program: each workspace lives in its
 * own folder of a virtual file system, fastify/cockatiel/kafkajs come from ambient declarations and
 * @types/node from the project's own install. One program amortises the cost of lib and Node types.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { GeneratedFile } from '../types.ts';
import { AMBIENT_MODULES } from './ambient-modules.ts';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
// Outside the project, so module resolution from generated files never finds a real install by accident.
const VIRTUAL_ROOT = resolve('/__faultline_virtual__').replace(/\\/g, '/');

export interface WorkspaceDiagnostic {
  readonly workspace: number;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** The options of the generated tsconfig.base.json, as compiler options. */
function compilerOptions(): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noImplicitOverride: true,
    noFallthroughCasesInSwitch: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
    typeRoots: [`${PROJECT_ROOT.replace(/\\/g, '/')}/node_modules/@types`],
  };
}

/** Type-checks each list of files as a workspace of its own; returns every diagnostic, tagged with its workspace index. */
export function typecheckWorkspaces(workspaces: readonly (readonly GeneratedFile[])[]): WorkspaceDiagnostic[] {
  const files = new Map<string, string>();
  const dirs = new Set<string>([VIRTUAL_ROOT]);
  const roots: string[] = [`${VIRTUAL_ROOT}/ambient.d.ts`];
  files.set(roots[0]!, AMBIENT_MODULES);
  workspaces.forEach((workspace, i) => {
    for (const file of workspace) {
      const path = `${VIRTUAL_ROOT}/w${i}/${file.path}`;
      files.set(path, file.contents);
      for (let d = dirname(path); d.length > VIRTUAL_ROOT.length; d = dirname(d)) dirs.add(d);
      if (path.endsWith('.ts')) roots.push(path);
    }
  });

  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const real = {
    fileExists: host.fileExists.bind(host),
    readFile: host.readFile.bind(host),
    getSourceFile: host.getSourceFile.bind(host),
    directoryExists: host.directoryExists?.bind(host),
    realpath: host.realpath?.bind(host),
  };
  const isVirtual = (p: string) => p.replace(/\\/g, '/').startsWith(VIRTUAL_ROOT);
  host.fileExists = (p) => (isVirtual(p) ? files.has(p) : real.fileExists(p));
  host.readFile = (p) => (isVirtual(p) ? files.get(p) : real.readFile(p));
  host.directoryExists = (p) => (isVirtual(p) ? dirs.has(p.replace(/\/$/, '')) : (real.directoryExists?.(p) ?? true));
  host.realpath = (p) => (isVirtual(p) ? p : (real.realpath?.(p) ?? p));
  host.getSourceFile = (p, language, onError) => {
    if (!isVirtual(p)) return real.getSourceFile(p, language, onError);
    const text = files.get(p);
    return text === undefined ? undefined : ts.createSourceFile(p, text, language, true);
  };

  const program = ts.createProgram({ rootNames: roots, options, host });
  const out: WorkspaceDiagnostic[] = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const fileName = d.file?.fileName ?? '';
    const match = /\/w(\d+)\/(.*)$/.exec(fileName);
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    out.push({ workspace: match ? Number(match[1]) : -1, file: match ? match[2]! : fileName, line, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') });
  }
  return out;
}
