import type { GeneratedFile } from '../../core/codegen/index.ts';

export interface TreeFolder {
  kind: 'folder';
  name: string;
  path: string;
  children: TreeEntry[];
  /** The folder holds the selected node's files: shown first and open. */
  highlighted: boolean;
}
export interface TreeFile {
  kind: 'file';
  name: string;
  path: string;
  highlighted: boolean;
}
export type TreeEntry = TreeFolder | TreeFile;

/**
 * The generated files as a tree: folders before files, and the selected node's files (and the folders
 * that hold them) first, so selecting a service on the canvas brings its code to the top.
 */
export function buildFileTree(files: readonly GeneratedFile[], selectedNodeId?: string): TreeFolder {
  const root: TreeFolder = { kind: 'folder', name: '', path: '', children: [], highlighted: false };
  for (const file of files) {
    const parts = file.path.split('/');
    let folder = root;
    const highlighted = selectedNodeId !== undefined && file.nodeId === selectedNodeId;
    for (let i = 0; i < parts.length - 1; i++) {
      const name = parts[i]!;
      let next = folder.children.find((c): c is TreeFolder => c.kind === 'folder' && c.name === name);
      if (!next) {
        next = { kind: 'folder', name, path: parts.slice(0, i + 1).join('/'), children: [], highlighted: false };
        folder.children.push(next);
      }
      if (highlighted) next.highlighted = true;
      folder = next;
    }
    folder.children.push({ kind: 'file', name: parts.at(-1)!, path: file.path, highlighted });
  }
  sortTree(root);
  return root;
}

function sortTree(folder: TreeFolder): void {
  folder.children.sort((a, b) =>
    Number(b.highlighted) - Number(a.highlighted) || (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1),
  );
  for (const child of folder.children) if (child.kind === 'folder') sortTree(child);
}

/** The file to show first: the selected node's server (or first file), else the workspace README. */
export function defaultFile(files: readonly GeneratedFile[], selectedNodeId?: string): string | undefined {
  const own = selectedNodeId ? files.filter((f) => f.nodeId === selectedNodeId) : [];
  return (own.find((f) => f.path.endsWith('/src/server.ts')) ?? own[0] ?? files.find((f) => f.path === 'README.md') ?? files[0])?.path;
}

/** Monaco's language id for a generated file. */
export function languageOf(path: string): string {
  if (path.endsWith('.ts')) return 'typescript';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.yml') || path.endsWith('.yaml')) return 'yaml';
  if (path.endsWith('.md')) return 'markdown';
  if (path.endsWith('Dockerfile')) return 'dockerfile';
  return 'plaintext';
}
