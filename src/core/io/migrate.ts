/**
 * Upgrades an older file, one format version at a time, before it is validated against today's schema.
 * A migration works on the raw parsed object (the old shape is by definition not today's Model type).
 * To change the format: bump SCHEMA_VERSION, then add `[oldVersion]: { describe, up }` to MIGRATIONS.
 */
import { FORMAT, SCHEMA_VERSION } from '../model/constants.ts';
import { describeValue } from './describe-value.ts';
import type { Problem } from './types.ts';

export type RawModel = Record<string, unknown>;

export interface Migration {
  /** What changed, in words shown to the user as a warning, e.g. "`links[].timeout` became `timeoutMs`". */
  describe: string;
  /** Turns a version-N document into a version-N+1 document; may mutate its argument. */
  up(doc: RawModel): RawModel;
}

/** Migrations keyed by the version they upgrade from. None yet: version 1 is the first format. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export interface MigrateOptions {
  migrations?: Readonly<Record<number, Migration>>;
  /** The version this build reads; tests inject a later one to exercise a fake migration. */
  targetVersion?: number;
}

export type MigrateOutcome = { ok: true; doc: RawModel; warnings: string[] } | { ok: false; problems: Problem[] };

/** Checks the format marker and version, then applies each migration from the file's version up to the target. */
export function migrate(value: unknown, options: MigrateOptions = {}): MigrateOutcome {
  const migrations = options.migrations ?? MIGRATIONS;
  const target = options.targetVersion ?? SCHEMA_VERSION;
  const fail = (path: string[], message: string): MigrateOutcome => ({ ok: false, problems: [{ path, message }] });

  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail([], `expected a Faultline model (an object with format, version, name and nodes) but found ${describeValue(value)}`);
  }
  let doc = value as RawModel;

  if (!('format' in doc)) return fail(['format'], `missing "format": a Faultline file starts with "format": "${FORMAT}"`);
  if (doc.format !== FORMAT) {
    return fail(['format'], `expected "format": "${FORMAT}" but found ${describeValue(doc.format)}; this is not a Faultline file`);
  }

  if (!('version' in doc)) return fail(['version'], `missing "version": expected the format version as a whole number, e.g. "version": ${target}`);
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(['version'], `expected the format version as a whole number from 1 up but found ${describeValue(version)}`);
  }
  if (version > target) {
    return fail(['version'], `this file was written by a newer Faultline (format version ${version}); this build reads up to version ${target}`);
  }

  const warnings: string[] = [];
  for (let from = version; from < target; from++) {
    const migration = migrations[from];
    if (!migration) return fail(['version'], `cannot upgrade format version ${from}: this build has no migration from it`);
    try {
      doc = migration.up(doc);
    } catch (error) {
      return fail(['version'], `could not upgrade from format version ${from}: ${error instanceof Error ? error.message : String(error)}`);
    }
    // Set here rather than trusting each migration to remember.
    doc.version = from + 1;
    warnings.push(`upgraded from format version ${from} to ${from + 1}: ${migration.describe}`);
  }
  return { ok: true, doc, warnings };
}
