import { readFile } from 'node:fs/promises';
import type { CliIO } from './io.ts';

/** The real process's streams, file system and working directory. */
export function nodeIO(): CliIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    cwd: process.cwd(),
  };
}
