import type { CliIO } from './io.ts';

/** Exit codes shared by all commands, so scripts can tell "your input is wrong" from "we crashed". */
export const EXIT = {
  ok: 0,
  /** An unexpected failure inside faultline itself. */
  internal: 1,
  /** Invalid input: a bad model, a missing file, or a wrong command line. */
  invalid: 2,
} as const;

/** What a module in src/cli/commands/ exports; register it with one line in commands/index.ts. */
export interface Command {
  /** What the user types: `faultline <name>`. */
  readonly name: string;
  /** One line for the command list in `faultline --help`. */
  readonly summary: string;
  /** The full help text shown by `faultline <name> --help`. */
  readonly usage: string;
  /** Runs with the arguments after the command name; resolves to the process exit code. */
  run(args: readonly string[], io: CliIO): Promise<number>;
}
