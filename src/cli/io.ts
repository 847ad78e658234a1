/**
 * Everything a command touches outside itself. Commands get it as an argument, so tests drive them with
 * an in-memory fake instead of spawning processes.
 */
export interface CliIO {
  /** Writes text as is (commands add their own newlines). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a UTF-8 file; `path` is absolute (commands resolve user paths against `cwd`). Rejects like fs does. */
  readFile(path: string): Promise<string>;
  /** The directory relative paths on the command line are relative to. */
  cwd: string;
  /** Lists a directory's entry names; rejects with code ENOENT when it does not exist. Only commands that write files need it. */
  readdir?(path: string): Promise<string[]>;
  /** Writes a file (UTF-8 for text), creating missing parent directories. Only commands that write files need it. */
  writeFile?(path: string, contents: string | Uint8Array): Promise<void>;
}
