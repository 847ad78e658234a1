/**
 * Model → C4-PlantUML container diagram. Services, gateways and clients are `Container`s, datastores
 * `ContainerDb`, brokers `ContainerQueue`, external systems `System_Ext`, contexts `Boundary`s; links are
 * `Rel`s labelled with their operation or event and their technology. The C4 library is included from
 * PlantUML's bundled standard library (`<C4/…>`), so rendering needs no network.
 */
import type { Model, ModelNode } from '../model/types.ts';
import { safeIdentifiers } from './identifiers.ts';
import { displayName, linkTechnology, linkVerb, technology } from './labels.ts';

/** The model as a C4-PlantUML document (`@startuml` … `@enduml`), ending in a newline. */
export function toC4PlantUml(model: Model): string {
  const nodeIds = safeIdentifiers(
    model.nodes.map((n) => n.id),
    'n_',
  );
  const groupIds = safeIdentifiers(
    model.groups.map((g) => g.id),
    'g_',
  );
  const lines = ['@startuml', '!include <C4/C4_Container>', '', `title ${plantumlText(displayName({ id: 'architecture', name: model.name }))}`, 'LAYOUT_LEFT_RIGHT()', ''];

  const members = new Map<string, ModelNode[]>(model.groups.map((g) => [g.id, []]));
  const loose: ModelNode[] = [];
  for (const node of model.nodes) {
    const list = node.group === undefined ? undefined : members.get(node.group);
    if (list) list.push(node);
    else loose.push(node);
  }
  for (const group of model.groups) {
    const team = group.team === undefined ? 'bounded context' : `bounded context, ${group.team}`;
    lines.push(`Boundary(${groupIds.get(group.id) ?? ''}, ${quoted(displayName(group))}, ${quoted(team)}) {`);
    for (const node of members.get(group.id) ?? []) lines.push(`  ${element(node, nodeIds)}`);
    lines.push('}');
  }
  for (const node of loose) lines.push(element(node, nodeIds));

  if (model.links.length > 0) lines.push('');
  for (const link of model.links) {
    const from = nodeIds.get(link.from);
    const to = nodeIds.get(link.to);
    if (from === undefined || to === undefined) continue;
        lines.push(`Rel(${from}, ${to}, ${quoted(linkVerb(link))}, ${quoted(linkTechnology(link))})`);
  }
  lines.push('', 'SHOW_LEGEND()', '@enduml');
  return `${lines.join('\n')}\n`;
}

function element(node: ModelNode, ids: ReadonlyMap<string, string>): string {
  const id = ids.get(node.id) ?? '';
  const args = [id, quoted(displayName(node)), quoted(technology(node))];
  if (node.description !== undefined && node.description.trim() !== '') args.push(quoted(node.description));
  const macro = node.kind === 'database' ? 'ContainerDb' : node.kind === 'broker' ? 'ContainerQueue' : node.kind === 'external' ? 'System_Ext' : 'Container';
  // System_Ext takes (alias, label, description): it has no technology argument.
  if (macro === 'System_Ext') return `System_Ext(${[id, quoted(displayName(node)), quoted(node.description?.trim() ? node.description : technology(node))].join(', ')})`;
  return `${macro}(${args.join(', ')})`;
}

function quoted(text: string): string {
  return `"${plantumlText(text)}"`;
}

/**
 * Text for inside a `"…"` macro argument. PlantUML reads `<U+XXXX>` as a character after it has parsed
 * the line, so every character that means something to the preprocessor (`"`, `$`, `%`, `!`, `'`),
 * to line splitting (`\`), or to Creole markup (`<`, `>`, `~`, and the second of a doubled `*`, `/`, `-`,
 * `_`, `=`, `^`, `[`, `]`, `|`) is written that way. Real line breaks become PlantUML's `\n`.
 */
export function plantumlText(text: string): string {
  let out = '';
  let previous = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    if (char === '\n') out += '\\n';
    else if (char === '\t') out += ' ';
    else if (ALWAYS_ESCAPED.has(char) || (DOUBLED_MARKUP.has(char) && previous === char)) out += unicodeEscape(char);
    else if (char < ' ' || char === '\u007f') out += ' ';
    else out += char;
    previous = char;
  }
  return out;
}

const ALWAYS_ESCAPED = new Set(['"', '\\', '<', '>', '$', '%', '!', "'", '~', '#']);
const DOUBLED_MARKUP = new Set(['*', '/', '-', '_', '=', '^', '[', ']', '|', ',', '.']);

function unicodeEscape(char: string): string {
  return `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;
}
