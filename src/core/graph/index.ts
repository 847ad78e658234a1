export { buildCsr, reverseCsr } from './csr.ts';
export type { Csr } from './csr.ts';
export { tarjanScc, componentSize } from './tarjan.ts';
export type { Scc } from './tarjan.ts';
export { longestPathsFrom, followPath } from './longest-path.ts';
export { maxProductsTo } from './max-product.ts';
export type { MaxProducts } from './max-product.ts';
export type { LongestPaths } from './longest-path.ts';
export { weakComponents } from './weak-components.ts';
