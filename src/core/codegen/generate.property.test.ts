/**
 * Property: any valid model — hostile names included — generates a workspace that type-checks under the
 * generated strict settings. A few hundred random models go through ONE in-process TypeScript program
 * (see __fixtures__/typecheck.ts), and cheaper properties (determinism, safe paths, parseable JSON and
 * YAML) are checked on each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { modelSchema } from '../model/schema.ts';
import type { Model } from '../model/types.ts';
import { featureModel, randomModel, shortEcommerce } from './__fixtures__/models.ts';
import { typecheckWorkspaces } from './__fixtures__/typecheck.ts';
import { generateWorkspace } from './index.ts';
import type { GeneratedFile } from './types.ts';

const RUNS = 250;
const SEED = 20_240_605;

describe('generated code (property)', () => {
  it(`type-checks for ${RUNS} random models with hostile names, in one program`, () => {
    const models: Model[] = [featureModel(), shortEcommerce(), ...fc.sample(randomModel, { numRuns: RUNS, seed: SEED })];
    const workspaces: GeneratedFile[][] = [];
    const origin: string[] = [];
    models.forEach((model, i) => {
      expect(modelSchema.safeParse(model).success, `model ${i} is not a valid model`).toBe(true);
      const files = generateWorkspace(model);
      expect(generateWorkspace(model), `model ${i} is not generated deterministically`).toEqual(files);
      for (const f of files) {
        expect(f.path, `model ${i}`).toMatch(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/);
        expect(f.path.split('/'), `model ${i}`).not.toContain('..');
        if (f.path.endsWith('.json')) expect(() => JSON.parse(f.contents), `${f.path} of model ${i}`).not.toThrow();
        if (f.path.endsWith('.yml')) expect(() => parseYaml(f.contents), `${f.path} of model ${i}`).not.toThrow();
      }
      expect(new Set(files.map((f) => f.path.toLowerCase())).size, `model ${i} has paths equal but for case`).toBe(files.length);
      workspaces.push(files);
      origin.push(JSON.stringify(model));
      // One service on its own must compile too (the app downloads single services).
      const first = files.find((f) => f.nodeId !== undefined)?.nodeId;
      if (i % 10 === 0 && first !== undefined) {
        workspaces.push(generateWorkspace(model, { service: first }));
        origin.push(`${JSON.stringify(model)} (service ${first})`);
      }
    });

    const diagnostics = typecheckWorkspaces(workspaces);
    if (diagnostics.length > 0) {
      const first = diagnostics[0]!;
      const source = workspaces[first.workspace]?.find((f) => f.path === first.file)?.contents ?? '';
      const report = diagnostics.slice(0, 10).map((d) => `w${d.workspace} ${d.file}:${d.line} ${d.message}`);
      expect.fail(`${diagnostics.length} type errors, e.g.\n${report.join('\n')}\n\nmodel: ${origin[first.workspace]}\n\n${first.file}:\n${source}`);
    }
  }, 180_000);
});
