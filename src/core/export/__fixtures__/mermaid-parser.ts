/**
 * Test helper: Mermaid's own flowchart parser (the `mermaid` package, a dev dependency), run in the jsdom
 * test environment because its label sanitizer needs a DOM. Answers with what Mermaid would draw.
 */
import mermaid from 'mermaid';

export interface ParsedFlowchart {
  vertices: { id: string; text: string; type: string | undefined }[];
  edges: { start: string; end: string; text: string; type: string | undefined; stroke: string | undefined }[];
  subgraphs: { id: string; title: string; nodes: string[] }[];
}

interface FlowDb {
  getVertices(): Map<string, { id: string; text: string; type?: string }>;
  getEdges(): { start: string; end: string; text: string; type?: string; stroke?: string }[];
  getSubGraphs(): { id: string; title: string; nodes: string[] }[];
}

/** Parses `text` with Mermaid; throws Mermaid's parse error when it does not parse. */
export async function parseFlowchart(text: string): Promise<ParsedFlowchart> {
  const result = await mermaid.parse(text);
  if (!result || !String(result.diagramType).startsWith('flowchart')) throw new Error(`not a flowchart: ${JSON.stringify(result)}`);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as FlowDb;
  return {
    vertices: [...db.getVertices().values()].map((v) => ({ id: v.id, text: decode(v.text), type: v.type })),
    edges: db.getEdges().map((e) => ({ start: e.start, end: e.end, text: decode(e.text), type: e.type, stroke: e.stroke })),
    subgraphs: db.getSubGraphs().map((s) => ({ id: s.id, title: decode(s.title), nodes: s.nodes })),
  };
}

const NAMED: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>' };

/** Undoes Mermaid's entity encoding the way its renderer does, and reads `<br>` as a line break. */
function decode(text: string): string {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/ﬂ°(\w+)¶ß/g, (whole, name: string) => NAMED[name] ?? whole)
    .replace(/<br\s*\/?>/g, '\n');
}
