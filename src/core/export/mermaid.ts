/**
 * Model → Mermaid flowchart. Shapes say the kind (cylinder datastore, hexagon gateway, parallelogram
 * broker, stadium client, subroutine external system); arrows say the link kind (solid sync call, dotted
 * async event, thick data access); contexts become subgraphs. Every user string is written inside double
 * quotes with Mermaid's own entity codes, so no name can close a label, start a comment or inject HTML.
 */
import { assertNever } from '../model/assert-never.ts';
import type { Link, Model, ModelNode } from '../model/types.ts';
import { safeIdentifiers } from './identifiers.ts';
import { displayName, linkLabel, linkTechnology, technology } from './labels.ts';

export interface MermaidOptions {
  /** Layout direction; left to right reads like a request path. */
  direction?: 'LR' | 'TB';
}

/** Mermaid renders at most this many edges unless the page raises `maxEdges`, which a diagram cannot do itself. */
export const MERMAID_DEFAULT_MAX_EDGES = 500;

/** The model as a Mermaid `flowchart`, ending in a newline. */
export function toMermaid(model: Model, options: MermaidOptions = {}): string {
  const nodeIds = safeIdentifiers(
    model.nodes.map((n) => n.id),
    'n_',
  );
  const groupIds = safeIdentifiers(
    model.groups.map((g) => g.id),
    'g_',
  );
  const lines = [`flowchart ${options.direction ?? 'LR'}`];
  if (model.links.length > MERMAID_DEFAULT_MAX_EDGES) {
    lines.push(`  %% ${model.links.length} links: Mermaid draws at most ${MERMAID_DEFAULT_MAX_EDGES} unless the page sets maxEdges higher`);
  }

  const members = new Map<string, ModelNode[]>(model.groups.map((g) => [g.id, []]));
  const loose: ModelNode[] = [];
  for (const node of model.nodes) {
    const list = node.group === undefined ? undefined : members.get(node.group);
    if (list) list.push(node);
    else loose.push(node);
  }
  for (const group of model.groups) {
    lines.push(`  subgraph ${groupIds.get(group.id) ?? ''}["${mermaidText(displayName(group))}"]`);
    for (const node of members.get(group.id) ?? []) lines.push(`    ${nodeLine(node, nodeIds)}`);
    lines.push('  end');
  }
  for (const node of loose) lines.push(`  ${nodeLine(node, nodeIds)}`);

  for (const link of model.links) {
    const from = nodeIds.get(link.from);
    const to = nodeIds.get(link.to);
    if (from === undefined || to === undefined) continue;
    const label = edgeLabel(link);
    lines.push(`  ${from} ${arrow(link)}${label === '' ? '' : `|"${mermaidText(label)}"|`} ${to}`);
  }

  const external = model.nodes.filter((n) => n.kind === 'external').map((n) => nodeIds.get(n.id) ?? '');
  if (external.length > 0) {
    lines.push('  classDef external stroke-dasharray: 5 5');
    lines.push(`  class ${external.join(',')} external`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Text for inside `"…"`: Mermaid decodes `#name;` and `#code;` entities when it renders, so quotes,
 * `#`, HTML brackets, `&`, the backtick (which would start a Markdown string) and `|` (which ends an
 * edge label) are written as codes. Line breaks become `<br>`, the only markup we emit.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[#"&<>`|]/g, (c) => MERMAID_ENTITIES[c] ?? c)
    .replace(/\n/g, '<br>')
    .replace(/\t/g, ' ');
}

const MERMAID_ENTITIES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '|': '#124;',
};

function nodeLine(node: ModelNode, ids: ReadonlyMap<string, string>): string {
  const id = ids.get(node.id) ?? '';
  const name = mermaidText(displayName(node));
  // Datastores and brokers show their engine under the name: it is what a reviewer asks first.
  const label = node.kind === 'database' || node.kind === 'broker' ? `${name}<br>${mermaidText(technology(node))}` : name;
  const [open, close] = SHAPES[node.kind];
  return `${id}${open}"${label}"${close}`;
}

const SHAPES: Readonly<Record<ModelNode['kind'], readonly [string, string]>> = {
  service: ['[', ']'],
  database: ['[(', ')]'],
  broker: ['[/', '/]'],
  gateway: ['{{', '}}'],
  client: ['([', '])'],
  external: ['[[', ']]'],
};

function arrow(link: Link): string {
  switch (link.kind) {
    case 'sync':
      return '-->';
    case 'async':
      return '-.->';
    case 'data':
      return '==>';
    default:
      return assertNever(link, 'link kind');
  }
}

/** The operation or event, else the protocol of a sync call; data links say how they access. */
function edgeLabel(link: Link): string {
  const label = linkLabel(link);
  if (label !== '') return label;
  return link.kind === 'sync' && link.protocol !== undefined ? linkTechnology(link) : '';
}
