import type { CliIO } from '../io.ts';

export interface FakeIO extends CliIO {
  out: () => string;
  err: () => string;
}

/** An in-memory CliIO: `files` maps absolute paths to contents; output is collected for assertions. */
export function fakeIO(files: Record<string, string> = {}, cwd = '/work'): FakeIO {
  let out = '';
  let err = '';
  return {
    cwd,
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readFile: (path) => {
      const text = files[path];
      if (text !== undefined) return Promise.resolve(text);
      return Promise.reject(Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' }));
    },
    out: () => out,
    err: () => err,
  };
}
