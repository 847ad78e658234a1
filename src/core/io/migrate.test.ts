import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../model/constants.ts';
import { migrate, MIGRATIONS, type Migration } from './migrate.ts';

const renameTimeout: Migration = {
  describe: 'links[].timeout became timeoutMs',
  up(doc) {
    const links = (doc.links ?? []) as Record<string, unknown>[];
    return { ...doc, links: links.map(({ timeout, ...rest }) => (timeout === undefined ? rest : { ...rest, timeoutMs: timeout })) };
  },
};

describe('migrate', () => {
  it('has a migration for every version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `migration from ${v}`).toBeDefined();
  });

  it('leaves a current file alone', () => {
    const doc = { format: 'faultline', version: SCHEMA_VERSION, name: 'x', nodes: [] };
    expect(migrate(doc)).toEqual({ ok: true, doc, warnings: [] });
  });

  it('applies registered migrations in order, sets the version and says what changed', () => {
    const bumpName: Migration = { describe: 'names got a suffix', up: (doc) => ({ ...doc, name: `${String(doc.name)} (v3)` }) };
    const doc = { format: 'faultline', version: 1, name: 'x', nodes: [], links: [{ id: 'l', timeout: 500 }] };
    const result = migrate(doc, { migrations: { 1: renameTimeout, 2: bumpName }, targetVersion: 3 });
    expect(result).toEqual({
      ok: true,
      doc: { format: 'faultline', version: 3, name: 'x (v3)', nodes: [], links: [{ id: 'l', timeoutMs: 500 }] },
      warnings: ['upgraded from format version 1 to 2: links[].timeout became timeoutMs', 'upgraded from format version 2 to 3: names got a suffix'],
    });
  });

  it('reports a gap in the registry and a migration that throws', () => {
    const doc = () => ({ format: 'faultline', version: 1, name: 'x', nodes: [] });
    expect(migrate(doc(), { migrations: {}, targetVersion: 2 })).toMatchObject({ ok: false, problems: [{ path: ['version'], message: expect.stringMatching(/no migration from it/) }] });
    const broken: Migration = { describe: 'breaks', up: () => { throw new Error('boom'); } };
    expect(migrate(doc(), { migrations: { 1: broken }, targetVersion: 2 })).toMatchObject({ ok: false, problems: [{ message: 'could not upgrade from format version 1: boom' }] });
  });

  it('refuses a file from a newer build, naming both versions', () => {
    expect(migrate({ format: 'faultline', version: 4, name: 'x' }, { targetVersion: 3 })).toEqual({
      ok: false,
      problems: [{ path: ['version'], message: 'this file was written by a newer Faultline (format version 4); this build reads up to version 3' }],
    });
  });

  it('refuses a version that is missing, zero, or not a whole number', () => {
    for (const version of [undefined, 0, -1, 1.5, '1', null]) {
      const doc = version === undefined ? { format: 'faultline' } : { format: 'faultline', version };
      expect(migrate(doc)).toMatchObject({ ok: false, problems: [{ path: ['version'] }] });
    }
  });
});
