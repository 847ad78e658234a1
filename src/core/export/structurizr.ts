/**
 * Model → Structurizr DSL workspace: one software system whose containers are the model's services,
 * gateways, clients, datastores and brokers (tagged so the styles draw cylinders, pipes and browsers),
 * contexts as `group`s, external systems as separate software systems, links as relationships, and a
 * container view with automatic layout.
 */
import type { Model, ModelNode } from '../model/types.ts';
import { safeIdentifiers } from './identifiers.ts';
import { displayName, linkTechnology, linkVerb, technology } from './labels.ts';

const SYSTEM_ID = 'system';

/** The model as a Structurizr DSL `workspace`, ending in a newline. */
export function toStructurizr(model: Model): string {
  const nodeIds = safeIdentifiers(
    model.nodes.map((n) => n.id),
    'n_',
  );
  const systemName = displayName({ id: 'Architecture', name: model.name });
  const names = uniqueNames(model, systemName);
  const inside = model.nodes.filter((n) => n.kind !== 'external');
  const outside = model.nodes.filter((n) => n.kind === 'external');

  const lines = [`workspace ${str(systemName)} ${str(model.description ?? '')} {`, '  model {', `    ${SYSTEM_ID} = softwareSystem ${str(systemName)} {`];
  const members = new Map<string, ModelNode[]>(model.groups.map((g) => [g.id, []]));
  const loose: ModelNode[] = [];
  for (const node of inside) {
    const list = node.group === undefined ? undefined : members.get(node.group);
    if (list) list.push(node);
    else loose.push(node);
  }
  for (const group of model.groups) {
    const list = members.get(group.id) ?? [];
    // An empty group is legal DSL but draws nothing; leaving it out keeps the file honest.
    if (list.length === 0) continue;
    lines.push(`      group ${str(displayName(group))} {`);
    for (const node of list) lines.push(`        ${container(node, nodeIds, names)}`);
    lines.push('      }');
  }
  for (const node of loose) lines.push(`      ${container(node, nodeIds, names)}`);
  lines.push('    }');
  for (const node of outside) {
    lines.push(`    ${nodeIds.get(node.id) ?? ''} = softwareSystem ${str(names.get(node.id) ?? node.id)} ${str(node.description ?? '')} "External"`);
  }

  for (const link of model.links) {
    const from = nodeIds.get(link.from);
    const to = nodeIds.get(link.to);
    if (from === undefined || to === undefined) continue;
        const tags = link.kind === 'async' ? 'Async' : link.kind === 'data' ? 'Data' : 'Sync';
    lines.push(`    ${from} -> ${to} ${str(linkVerb(link))} ${str(linkTechnology(link))} "${tags}"`);
  }
  lines.push(
    '  }',
    '  views {',
    `    container ${SYSTEM_ID} "containers" {`,
    '      include *',
    '      autolayout lr',
    '    }',
    '    styles {',
    '      element "Database" {',
    '        shape Cylinder',
    '      }',
    '      element "Queue" {',
    '        shape Pipe',
    '      }',
    '      element "Gateway" {',
    '        shape Hexagon',
    '      }',
    '      element "Client" {',
    '        shape WebBrowser',
    '      }',
    '      element "External" {',
    '        background #999999',
    '        color #ffffff',
    '      }',
    '      relationship "Async" {',
    '        dashed true',
    '      }',
    '    }',
    '  }',
    '}',
  );
  return `${lines.join('\n')}\n`;
}

function container(node: ModelNode, ids: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>): string {
  const tag = TAGS[node.kind];
  return `${ids.get(node.id) ?? ''} = container ${str(names.get(node.id) ?? node.id)} ${str(node.description ?? '')} ${str(technology(node))} "${tag}"`;
}

const TAGS: Readonly<Record<ModelNode['kind'], string>> = {
  service: 'Service',
  database: 'Database',
  broker: 'Queue',
  gateway: 'Gateway',
  client: 'Client',
  external: 'External',
};

/**
 * Structurizr refuses two containers of one system, or two software systems, with the same name; a
 * repeated name gets its id appended (`Orders (orders-v2)`), compared ignoring case as a reader would.
 */
function uniqueNames(model: Model, systemName: string): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>([systemName.toLowerCase()]);
  for (const node of model.nodes) {
    let name = displayName(node);
    if (taken.has(name.toLowerCase())) name = `${name} (${node.id})`;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${displayName(node)} (${node.id} ${i})`;
    taken.add(name.toLowerCase());
    names.set(node.id, name);
  }
  return names;
}

const STRUCTURAL_TOKENS = new Set(['{', '}', '->', '=']);

/**
 * A DSL string token. The DSL is read line by line and its tokenizer has no escape that yields a plain
 * `"` (a `\"` keeps its backslash in the name), so: line breaks become spaces, `"` becomes typographic
 * quotes, `\` a look-alike (a trailing one would escape the closing quote), and `${` is broken with a
 * zero-width space so the parser does not substitute a constant or an environment variable into it.
 */
export function str(text: string): string {
  let quotes = 0;
  const body = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/"/g, () => (quotes++ % 2 === 0 ? '\u201c' : '\u201d'))
    .replace(/\\/g, '\uff3c')
    .replace(/\$\{/g, '$\u200b{');
  // Quotes are gone once tokenized: a string that *is* `{`, `}`, `->` or `=` would read as that symbol.
  return `"${STRUCTURAL_TOKENS.has(body) ? `${body}\u200b` : body}"`;
}
