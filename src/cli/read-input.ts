import { resolve } from 'node:path';
import type { CliIO } from './io.ts';

export type InputText = { ok: true; text: string } | { ok: false; message: string };

/** Reads a file named on the command line, turning fs errors into a sentence. */
export async function readInput(io: CliIO, file: string): Promise<InputText> {
  try {
    return { ok: true, text: await io.readFile(resolve(io.cwd, file)) };
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${reason(error)}` };
  }
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
