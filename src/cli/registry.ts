import * as modules from './commands/index.ts';
import type { Command } from './command.ts';

// The annotation makes a module that does not export name/summary/usage/run a compile error.
const registered: Readonly<Record<string, Command>> = modules;

/** Every command, keyed by the name users type, in alphabetical order. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  Object.values(registered)
    .map((command): [string, Command] => [command.name, command])
    .sort(([a], [b]) => a.localeCompare(b)),
);
