import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/core/io/index.ts';
import { TEMPLATES } from '../src/core/templates/index.ts';

describe('examples/', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('examples/%s.faultline.json loads and matches its template', (id, template) => {
    const result = loadModel(readFileSync(new URL(`../examples/${id}.faultline.json`, import.meta.url), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // If a template changes, regenerate the example so the README's commands keep showing the truth.
    expect(result.model).toEqual(template.build());
  });
});
