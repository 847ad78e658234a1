/** Importers: other formats in, a Faultline model (without positions) out. Pure; no file system. */
export { importCompose } from './compose/import-compose.ts';
export type { ComposeImportOptions, ComposeImportResult } from './compose/import-compose.ts';
export { classifyContainer } from './compose/classify-container.ts';
export type { Classification, ContainerFacts } from './compose/classify-container.ts';
