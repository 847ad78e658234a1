import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeModel } from '../core/io/index.ts';
import { richModel } from '../core/io/__fixtures__/models.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'faultline-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bin/faultline.mjs', () => {
  it('runs the TypeScript CLI with plain node: exit 0 for a valid file, 2 for an invalid one', () => {
    const valid = join(dir, 'shop.faultline.json');
    const invalid = join(dir, 'broken.json');
    writeFileSync(valid, serializeModel(richModel()));
    writeFileSync(invalid, '{"format":"faultline","version":9}');
    const cli = (file: string) => spawnSync(process.execPath, ['bin/faultline.mjs', 'validate', file], { cwd: root, encoding: 'utf8' });

    const ok = cli(valid);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toBe(`✓ ${valid} — "Shop": 8 nodes, 6 links, 2 contexts, 1 saga\n`);
    expect(ok.status).toBe(0);

    const bad = cli(invalid);
    expect(bad.stdout).toContain('this file was written by a newer Faultline (format version 9)');
    expect(bad.status).toBe(2);
  }, 30_000);
});
