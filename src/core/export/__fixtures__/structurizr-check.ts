/**
 * Test helper: no Structurizr DSL parser runs in Node (the reference parser is Java, on Maven), so this
 * checks the subset our exporter writes against the DSL's documented rules and its tokenizer's behaviour
 * (structurizr/java: lines are processed one by one, tokens split on whitespace, a token in double quotes
 * may hold spaces, `\"` does not end a token but keeps its backslash, a line ending in `\` continues on
 * the next, `${NAME}` is substituted, `{` must end a line and `}` stand alone, identifiers are
 * `[a-zA-Z0-9_-]`, names of software systems and of one system's containers must be unique).
 */

export interface DslElement {
  identifier: string;
  keyword: 'softwareSystem' | 'container';
  name: string;
  description: string;
  technology?: string;
  tags: string;
  group?: string;
}
export interface DslRelationship {
  from: string;
  to: string;
  description: string;
  technology: string;
  tags: string;
}
export interface DslWorkspace {
  name: string;
  description: string;
  elements: DslElement[];
  relationships: DslRelationship[];
  views: string[];
}

/** Splits one line as the DSL does; throws where its tokenizer would mis-read it. */
export function tokenize(line: string): string[] {
  if (line.endsWith('\\')) throw new Error(`line ends with a backslash and would swallow the next line: ${line}`);
  const tokens: string[] = [];
  let i = 0;
  const text = line.trim();
  while (i < text.length) {
    if (/\s/.test(text[i] ?? '')) {
      i++;
      continue;
    }
    if (text[i] === '"') {
      let j = i + 1;
      let token = '';
      while (j < text.length && !(text[j] === '"' && text[j - 1] !== '\\')) token += text[j++];
      if (j >= text.length) throw new Error(`unterminated string in: ${line}`);
      if (token.includes('"')) throw new Error(`a quote inside a string keeps its backslash: ${token}`);
      if (/\$\{[a-zA-Z0-9-_.]+?}/.test(token)) throw new Error(`string would be substituted: ${token}`);
      tokens.push(token);
      i = j + 1;
      if (i < text.length && !/\s/.test(text[i] ?? '')) throw new Error(`text glued to a closing quote: ${line}`);
    } else {
      let j = i;
      while (j < text.length && !/\s/.test(text[j] ?? '')) j++;
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return tokens;
}

const IDENTIFIER = /^[a-zA-Z0-9_-]+$/;

/** Reads the workspace our exporter writes, enforcing the DSL's structural rules; throws on the first breach. */
export function checkStructurizr(dsl: string): DslWorkspace {
  const lines = dsl.split('\n');
  if (lines.at(-1) !== '') throw new Error('the file should end in a newline');
  const stack: string[] = [];
  const ws: DslWorkspace = { name: '', description: '', elements: [], relationships: [], views: [] };
  const identifiers = new Set<string>();
  let group: string | undefined;

  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const where = `line ${index + 1}: ${line}`;
    const t = tokenize(line);
    const context = stack.at(-1);
    if (t.length === 1 && t[0] === '}') {
      if (!stack.pop()) throw new Error(`unbalanced }: ${where}`);
      if (context === 'group') group = undefined;
      continue;
    }
    if (t.includes('{') && t.at(-1) !== '{') throw new Error(`{ must end its line: ${where}`);
    if (t.includes('}')) throw new Error(`} must stand alone: ${where}`);
    const opens = t.at(-1) === '{';
    const body = opens ? t.slice(0, -1) : t;
    const push = (ctx: string) => opens && stack.push(ctx);

    if (context === undefined) {
      if (body[0] !== 'workspace' || body.length !== 3) throw new Error(`expected workspace "name" "description": ${where}`);
      ws.name = body[1] ?? '';
      ws.description = body[2] ?? '';
      push('workspace');
    } else if (context === 'workspace') {
      if (body[0] !== 'model' && body[0] !== 'views') throw new Error(`expected model or views: ${where}`);
      push(body[0]);
    } else if (context === 'model' || context === 'system' || context === 'group') {
      if (body[1] === '->') {
        const [from, , to, description, technology, tags] = body;
        for (const end of [from, to]) if (end === undefined || !identifiers.has(end.toLowerCase())) throw new Error(`relationship to an undefined element: ${where}`);
        if (body.length !== 6) throw new Error(`expected a -> b "description" "technology" "tags": ${where}`);
        ws.relationships.push({ from: from ?? '', to: to ?? '', description: description ?? '', technology: technology ?? '', tags: tags ?? '' });
      } else if (body[0] === 'group' && context === 'system') {
        if (body.length !== 2 || !opens) throw new Error(`expected group "name" {: ${where}`);
        group = body[1];
        push('group');
      } else if (body[1] === '=' && (body[2] === 'softwareSystem' || body[2] === 'container')) {
        const id = body[0] ?? '';
        if (!IDENTIFIER.test(id)) throw new Error(`invalid identifier: ${where}`);
        if (identifiers.has(id.toLowerCase())) throw new Error(`duplicate identifier: ${where}`);
        identifiers.add(id.toLowerCase());
        const keyword = body[2];
        if (keyword === 'container' && context === 'model') throw new Error(`a container must be inside a software system: ${where}`);
        if (keyword === 'softwareSystem' && context !== 'model') throw new Error(`a software system belongs to the model: ${where}`);
        const element: DslElement =
          keyword === 'container'
            ? { identifier: id, keyword, name: body[3] ?? '', description: body[4] ?? '', technology: body[5] ?? '', tags: body[6] ?? '' }
            : { identifier: id, keyword, name: body[3] ?? '', description: body[4] ?? '', tags: body[5] ?? '' };
        if (group !== undefined) element.group = group;
        const rivals = ws.elements.filter((e) => e.keyword === keyword && e.name.toLowerCase() === element.name.toLowerCase());
        if (rivals.length > 0) throw new Error(`duplicate ${keyword} name "${element.name}": ${where}`);
        ws.elements.push(element);
        push(keyword === 'softwareSystem' ? 'system' : 'container');
      } else throw new Error(`unexpected statement in ${context}: ${where}`);
    } else if (context === 'views') {
      if (body[0] === 'container') {
        if (!identifiers.has((body[1] ?? '').toLowerCase())) throw new Error(`view of an undefined system: ${where}`);
        ws.views.push(body[2] ?? '');
        push('view');
      } else if (body[0] === 'styles') push('styles');
      else throw new Error(`unexpected statement in views: ${where}`);
    } else if (context === 'view') {
      if (!(body.join(' ') === 'include *' || body.join(' ') === 'autolayout lr')) throw new Error(`unexpected statement in a view: ${where}`);
    } else if (context === 'styles') {
      if ((body[0] !== 'element' && body[0] !== 'relationship') || body.length !== 2 || !opens) throw new Error(`expected element "Tag" {: ${where}`);
      push('style');
    } else if (context === 'style') {
      const [property, value] = body;
      const ok = (property === 'shape' && /^(Cylinder|Pipe|Hexagon|WebBrowser)$/.test(value ?? '')) || ((property === 'background' || property === 'color') && /^#[0-9a-f]{6}$/i.test(value ?? '')) || (property === 'dashed' && value === 'true');
      if (!ok || body.length !== 2) throw new Error(`unexpected style: ${where}`);
    } else throw new Error(`unexpected context ${context}: ${where}`);
  }
  if (stack.length > 0) throw new Error(`unclosed blocks: ${stack.join(', ')}`);
  return ws;
}
