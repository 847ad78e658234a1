/**
 * The model io that needs the zod schema, gathered so the app loads it as one chunk on first use:
 * validating a file, a stored model or a share link, and writing a model in canonical key order (which
 * follows the schema). zod and the schemas it builds are about 28 kB gzip and 30 ms of start-up work
 * that an empty first canvas does not need. Import this module only with `import()`.
 */
export { loadModelWith } from '../core/io/load-pipeline.ts';
export { loadModelLazy } from '../core/io/load-model-lazy.ts';
export { modelFileName, serializeModel } from '../core/io/serialize-model.ts';
export { decodeShareFragment, encodeShareFragment } from '../core/io/share-link.ts';
