export { loadModel, MAX_ERRORS, type LoadOptions } from './load-model.ts';
export type { LoadError, LoadResult } from './types.ts';
export { serializeModel, serializeModelCompact, modelFileName } from './serialize-model.ts';
export { encodeShareFragment, decodeShareFragment } from './share-link.ts';
export { migrate, MIGRATIONS, type Migration, type MigrateOptions } from './migrate.ts';
export { detectSyntax } from './parse-text.ts';
export { formatPath } from './json-path.ts';
export { serializeModelYaml } from './serialize-yaml.ts';
