/**
 * The command registry: one line per command, `export * as <name> from './<name>.ts';` (reserved words
 * such as `import` are fine as export names). src/cli/registry.ts makes a module that is not a Command
 * a compile error, and keys commands by the `name` each module exports.
 */
export * as validate from './validate.ts';
export * as lint from './lint.ts';
