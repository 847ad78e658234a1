// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ecommerceTemplate, distributedMonolithTemplate } from '../templates/index.ts';
import { createEmptyModel, createNode } from '../model/index.ts';
import { renderSvg } from './svg.ts';

/** True when the text parses as XML (jsdom's DOMParser reports errors as a <parsererror> document). */
function wellFormed(svg: string): boolean {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return doc.getElementsByTagName('parsererror').length === 0 && doc.documentElement.nodeName === 'svg';
}

describe('renderSvg', () => {
  it('is well-formed XML that names every node and context, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const model = ecommerceTemplate.build();
      const { svg, width, height } = renderSvg(model, { theme });
      expect(wellFormed(svg)).toBe(true);
      for (const node of model.nodes) expect(svg).toContain(`data-id="${node.id}"`);
      for (const node of model.nodes) expect(svg).toContain(`<title>${node.name}</title>`);
      for (const group of model.groups) expect(svg).toContain(group.name);
      expect(svg.match(/class="link /g)).toHaveLength(model.links.length);
      expect(width).toBeGreaterThan(800);
      expect(height).toBeGreaterThan(400);
    }
  });

  it('the XML check can fail', () => {
    expect(wellFormed('<svg><g></svg>')).toBe(false);
  });

  it('escapes hostile names so they stay text', () => {
    const model = { ...createEmptyModel('<script>alert(1)</script>'), nodes: [createNode('service', 'x', '<img src=x onerror="alert(1)"> & \'quotes\' \u0001', { x: 0, y: 0 })] };
    const { svg } = renderSvg(model);
    expect(wellFormed(svg)).toBe(true);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;img src=x');
  });

  it('draws async links dashed and data links dotted, with policy badges on sync links', () => {
    const { svg } = renderSvg(distributedMonolithTemplate.build());
    expect(svg).toMatch(/class="link link-data"[^>]*stroke-dasharray="1.5 4.5"/);
    expect(svg).toContain('↻ 3');
  });
});
