/**
 * The command registry: one line per command, `export * as <name> from './<name>.ts';` (reserved words
 * such as `import` are fine as export names). src/cli/registry.ts makes a module that is not a Command
 * a compile error, and keys commands by the `name` each module exports.
 */
export * as validate from './validate.ts';
export * as lint from './lint.ts';
export * as generate from './generate.ts';
export * as simulate from './simulate.ts';
export * as import from './import.ts';
export * as export from './export.ts';
