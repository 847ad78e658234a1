/**
 * Code generation: a model in, the files of a TypeScript workspace out — pure, deterministic, sorted.
 *
 * Where to make changes: plan.ts decides every name and wiring from the model (sanitised once, in
 * sanitize.ts); files/*.ts print one kind of generated file each; service-files.ts and generate.ts list
 * which files exist; versions.ts pins what the generated package.json files install. The integration
 * test (workspace.integration.test.ts) installs, compiles and runs the output, the property test
 * type-checks hundreds of random models — change a template, run both.
 */
export { generateWorkspace, UnknownServiceError } from './generate.ts';
export type { GeneratedFile, GenerateOptions } from './types.ts';
export { zipFiles } from './zip.ts';
export { GENERATED_DEPENDENCIES, GENERATED_DEV_DEPENDENCIES } from './versions.ts';
