/**
 * The `faultline` command line: argv in, exit code out. bin/faultline.mjs runs runMain(); tests call
 * main() with a fake CliIO.
 */
import { closestMatch } from '../core/io/closest-match.ts';
import { EXIT } from './command.ts';
import type { CliIO } from './io.ts';
import { nodeIO } from './node-io.ts';
import type { Command } from './command.ts';
import { COMMANDS } from './registry.ts';

/** The overview `faultline --help` prints. */
export function overview(commands: ReadonlyMap<string, Command> = COMMANDS): string {
  const width = Math.max(0, ...[...commands.keys()].map((name) => name.length));
  const list = [...commands.values()].map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: faultline <command> [arguments]

Design microservice architectures, find their anti-patterns, simulate their failures.

Commands:
${list}

Run "faultline <command> --help" for a command's arguments.
Exit status: 0 success, 1 problems found (lint, at the --fail-on bar) or an unexpected failure, 2 invalid input or usage.
`;
}

/** Runs the command named by `argv[0]` with the rest of `argv`; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO, commands: ReadonlyMap<string, Command> = COMMANDS): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    // Nothing asked for is a usage error, but the overview is the useful answer to it.
    io.stderr(overview(commands));
    return EXIT.invalid;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : commands.get(topic);
    if (topic !== undefined && !command) return unknown(topic, io, commands);
    io.stdout(command ? command.usage : overview(commands));
    return EXIT.ok;
  }

  const command = commands.get(first);
  if (!command) return unknown(first, io, commands);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`faultline ${command.name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  }
}

function unknown(word: string, io: CliIO, commands: ReadonlyMap<string, Command>): number {
  const what = word.startsWith('-') ? 'option' : 'command';
  const guess = closestMatch(word, [...commands.keys()]);
  const hint = guess === undefined ? '' : ` Did you mean "${guess}"?`;
  io.stderr(`faultline: unknown ${what} "${word}".${hint}\nRun "faultline --help" to see the commands.\n`);
  return EXIT.invalid;
}

/** Entry point for bin/faultline.mjs: the real process's argv and IO. */
export async function runMain(): Promise<number> {
  return main(process.argv.slice(2), nodeIO());
}
