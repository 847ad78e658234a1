/**
 * The diagram as a standalone SVG: vector shapes and text only (no foreignObject, no fonts or images to
 * fetch), so it is crisp at any zoom, opens anywhere, and the PNG export is this SVG rasterised.
 * Layout is the model's own positions; a model without them should be laid out first.
 */
import { NODE_SIZE } from '../layout/node-size.ts';
import { resolveGroupBoxes } from '../layout/group-boxes.ts';
import { NODE_KIND_INFO } from '../model/kinds.ts';
import type { Link, Model, ModelNode } from '../model/types.ts';
import { SVG_PALETTES, type SvgTheme } from './svg-palette.ts';

export interface SvgOptions {
  theme?: SvgTheme;
  /** Space around the diagram, in px. */
  padding?: number;
}

export interface SvgDiagram {
  svg: string;
  width: number;
  height: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  // Characters XML 1.0 forbids (most C0 controls, U+FFFE/FFFF) are dropped, not escaped.
  const allowed = [...text].filter((ch) => {
    const code = ch.codePointAt(0)!;
    return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
  });
  return allowed
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Shortens a label to fit roughly `max` characters, with an ellipsis. */
function ellipsize(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function centre(b: Box) {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Where the line from the box centre towards `p` leaves the box. */
function exit(b: Box, p: { x: number; y: number }) {
  const c = centre(b);
  const dx = p.x - c.x;
  const dy = p.y - c.y;
  if (dx === 0 && dy === 0) return { x: b.x + b.width, y: c.y, nx: 1, ny: 0 };
  const scale = Math.min(dx === 0 ? Infinity : b.width / 2 / Math.abs(dx), dy === 0 ? Infinity : b.height / 2 / Math.abs(dy));
  const x = c.x + dx * scale;
  const y = c.y + dy * scale;
  // The outward normal of the side it leaves through steers the curve like React Flow's bezier.
  const horizontal = Math.abs(Math.abs(x - c.x) - b.width / 2) < 0.5;
  return { x, y, nx: horizontal ? Math.sign(dx) : 0, ny: horizontal ? 0 : Math.sign(dy) };
}

function linkPath(from: Box, to: Box): { d: string; mid: { x: number; y: number } } {
  const s = exit(from, centre(to));
  const t = exit(to, centre(from));
  const k = Math.max(40, Math.hypot(t.x - s.x, t.y - s.y) * 0.35);
  const c1 = { x: s.x + s.nx * k, y: s.y + s.ny * k };
  const c2 = { x: t.x + t.nx * k, y: t.y + t.ny * k };
  const mid = { x: 0.125 * s.x + 0.375 * c1.x + 0.375 * c2.x + 0.125 * t.x, y: 0.125 * s.y + 0.375 * c1.y + 0.375 * c2.y + 0.125 * t.y };
  const n = (v: number) => Math.round(v * 10) / 10;
  return { d: `M${n(s.x)},${n(s.y)} C${n(c1.x)},${n(c1.y)} ${n(c2.x)},${n(c2.y)} ${n(t.x)},${n(t.y)}`, mid };
}

function badges(link: Link): string[] {
  if (link.kind === 'async') return link.event ? [link.event] : [];
  if (link.kind === 'data') return link.access && link.access !== 'read-write' ? [link.access] : [];
  const out: string[] = [];
  if (link.timeoutMs !== undefined) out.push(`◷ ${link.timeoutMs >= 1000 ? `${+(link.timeoutMs / 1000).toFixed(1)}s` : `${link.timeoutMs}ms`}`);
  if (link.retry) out.push(`↻ ${link.retry.attempts}`);
  if (link.circuitBreaker) out.push('CB');
  if (link.bulkhead) out.push(`▥ ${link.bulkhead.maxConcurrent}`);
  if (link.fallback) out.push('fallback');
  return out;
}

function subtitle(node: ModelNode): string {
  const label = NODE_KIND_INFO[node.kind].label;
  if ((node.kind === 'database' || node.kind === 'broker') && node.engine) return `${label} · ${node.engine}`;
  if (node.kind === 'client' && node.platform) return `${label} · ${node.platform}`;
  return label;
}

/** Renders the model's diagram as a standalone SVG. */
export function renderSvg(model: Model, options: SvgOptions = {}): SvgDiagram {
  const palette = SVG_PALETTES[options.theme ?? 'light'];
  const padding = options.padding ?? 32;
  const groups = resolveGroupBoxes(model);
  const boxes = new Map<string, Box>();
  for (const node of model.nodes) boxes.set(node.id, { ...(node.position ?? { x: 0, y: 0 }), ...NODE_SIZE[node.kind] });

  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const b of [...boxes.values(), ...groups.values()]) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  if (minX === Infinity) minX = minY = maxX = maxY = 0;
  const ox = padding - minX;
  const oy = padding - minY;
  const width = Math.ceil(maxX - minX + 2 * padding);
  const height = Math.ceil(maxY - minY + 2 * padding);
  const at = (b: Box): Box => ({ x: b.x + ox, y: b.y + oy, width: b.width, height: b.height });

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlEscape(FONT)}">`);
  out.push(`<title>${xmlEscape(model.name)}</title>`);
  out.push('<defs>');
  for (const kind of ['sync', 'async', 'data'] as const) {
    out.push(`<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${palette.link[kind]}"/></marker>`);
  }
  out.push('</defs>');
  out.push(`<rect width="100%" height="100%" fill="${palette.background}"/>`);

  for (const group of model.groups) {
    const b = at(groups.get(group.id) ?? { x: 0, y: 0, width: 240, height: 140 });
    out.push(`<g class="context" data-id="${xmlEscape(group.id)}">`);
    out.push(`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="12" fill="${palette.contextFill}" stroke="${palette.contextStroke}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
    const team = group.team ? ` · ${group.team}` : '';
    out.push(`<text x="${b.x + 14}" y="${b.y + 21}" font-size="12" font-weight="700" fill="${palette.contextText}">${xmlEscape(ellipsize(group.name + team, Math.max(8, Math.floor(b.width / 7.5))))}</text>`);
    out.push('</g>');
  }

  const labels: string[] = [];
  for (const link of model.links) {
    const from = boxes.get(link.from);
    const to = boxes.get(link.to);
    if (!from || !to) continue;
    const { d, mid } = linkPath(at(from), at(to));
    const dash = link.kind === 'async' ? ' stroke-dasharray="7 5"' : link.kind === 'data' ? ' stroke-dasharray="1.5 4.5" stroke-linecap="round"' : '';
    const width = link.kind === 'data' ? 2.4 : 1.8;
    out.push(`<path class="link link-${link.kind}" data-id="${xmlEscape(link.id)}" d="${d}" fill="none" stroke="${palette.link[link.kind]}" stroke-width="${width}"${dash} marker-end="url(#arrow-${link.kind})"/>`);
    const text = badges(link).join('  ');
    if (text) {
      const w = [...text].length * 6 + 12;
      labels.push(`<g class="link-label"><rect x="${(mid.x - w / 2).toFixed(1)}" y="${(mid.y - 9).toFixed(1)}" width="${w}" height="18" rx="9" fill="${palette.badgeFill}" stroke="${palette.border}"/><text x="${mid.x.toFixed(1)}" y="${(mid.y + 4).toFixed(1)}" font-size="10" font-weight="600" text-anchor="middle" fill="${palette.textMuted}">${xmlEscape(text)}</text></g>`);
    }
  }

  for (const node of model.nodes) {
    const b = at(boxes.get(node.id)!);
    const colours = palette.kind[node.kind];
    const radius = node.kind === 'broker' ? b.height / 2 : node.kind === 'database' ? 16 : 8;
    const dash = node.kind === 'external' ? ' stroke-dasharray="5 3"' : '';
    out.push(`<g class="node node-${node.kind}" data-id="${xmlEscape(node.id)}">`);
    // The full name, even when the visible label is shortened to fit the box.
    out.push(`<title>${xmlEscape(node.name)}</title>`);
    out.push(`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="${radius}" fill="${palette.surface}" stroke="${palette.border}" stroke-width="1.5"${dash}/>`);
    if (node.kind !== 'broker') out.push(`<rect x="${b.x}" y="${b.y + 6}" width="5" height="${b.height - 12}" rx="2" fill="${colours.accent}"/>`);
    out.push(`<rect x="${b.x + 14}" y="${b.y + b.height / 2 - 17}" width="34" height="34" rx="8" fill="${colours.soft}"/>`);
    out.push(`<text x="${b.x + 31}" y="${b.y + b.height / 2 + 5}" font-size="14" font-weight="700" text-anchor="middle" fill="${colours.accent}">${xmlEscape(NODE_KIND_INFO[node.kind].label.charAt(0))}</text>`);
    const chars = Math.floor((b.width - 70) / 7.2);
    out.push(`<text x="${b.x + 58}" y="${b.y + b.height / 2 - 2}" font-size="13" font-weight="600" fill="${palette.text}">${xmlEscape(ellipsize(node.name, chars))}</text>`);
    out.push(`<text x="${b.x + 58}" y="${b.y + b.height / 2 + 14}" font-size="11" fill="${palette.textMuted}">${xmlEscape(ellipsize(subtitle(node), chars + 2))}</text>`);
    out.push('</g>');
  }
  out.push(...labels);
  out.push('</svg>');
  return { svg: `${out.join('\n')}\n`, width, height };
}
