import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from './share-link.ts';
import { richModel } from './__fixtures__/models.ts';

describe('share links', () => {
  it('round-trips a model through the URL fragment', () => {
    const model = richModel();
    const fragment = encodeShareFragment(model);
    expect(fragment).toMatch(/^m=[A-Za-z0-9+$-]+$/);
    expect(decodeShareFragment(fragment)).toMatchObject({ ok: true, model });
    expect(decodeShareFragment(`#${fragment}`)).toMatchObject({ ok: true, model });
  });

  it('compresses: a model with many similar nodes makes a much shorter fragment than its JSON', () => {
    const model = richModel();
    for (let i = 0; i < 100; i++) model.nodes.push({ kind: 'service', id: `service-${i}`, name: `Service ${i}`, position: { x: i * 10, y: 0 } });
    expect(encodeShareFragment(model).length).toBeLessThan(JSON.stringify(model).length / 2);
  });

  it('explains a corrupt fragment instead of throwing', () => {
    const fragment = encodeShareFragment(richModel());
    const cut = decodeShareFragment(fragment.slice(0, fragment.length / 2));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.errors[0]?.message).toMatch(/damaged/);

    const garbage = decodeShareFragment('m=%%%not-lz%%%');
    expect(garbage).toMatchObject({ ok: false, errors: [{ path: '(root)', message: expect.stringMatching(/damaged/) }] });
  });

  it('explains a fragment with no model in it', () => {
    expect(decodeShareFragment('#view=1')).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/holds no model/) }] });
    expect(decodeShareFragment('')).toMatchObject({ ok: false });
  });

  it('reports an invalid model inside an intact link, without meaningless line numbers', () => {
    const model = richModel();
    model.links[0] = { ...model.links[0]!, to: 'ghost' };
    const result = decodeShareFragment(encodeShareFragment(model));
    expect(result).toEqual({ ok: false, errors: [{ path: 'links[0].to', message: 'no node with id "ghost"' }] });
  });
});
