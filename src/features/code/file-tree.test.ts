import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../core/codegen/index.ts';
import { ecommerceTemplate } from '../../core/templates/index.ts';
import { buildFileTree, defaultFile, languageOf, type TreeFolder } from './file-tree.ts';

describe('generated file tree', () => {
  const files = generateWorkspace(ecommerceTemplate.build());

  it('holds every generated file exactly once', () => {
    const paths: string[] = [];
    const walk = (folder: TreeFolder) => folder.children.forEach((c) => (c.kind === 'file' ? paths.push(c.path) : walk(c)));
    walk(buildFileTree(files));
    expect(paths.sort()).toEqual(files.map((f) => f.path).sort());
  });

  it('puts the selected service first and opens on its server', () => {
    const tree = buildFileTree(files, 'payment-service');
    const services = tree.children.find((c): c is TreeFolder => c.kind === 'folder' && c.name === 'services')!;
    expect(services.highlighted).toBe(true);
    expect(services.children[0]).toMatchObject({ highlighted: true });
    expect(defaultFile(files, 'payment-service')).toMatch(/\/src\/server\.ts$/);
    expect(defaultFile(files)).toBe('README.md');
  });

  it('knows the languages it shows', () => {
    expect(languageOf('services/a/src/server.ts')).toBe('typescript');
    expect(languageOf('docker-compose.yml')).toBe('yaml');
    expect(languageOf('README.md')).toBe('markdown');
  });
});
