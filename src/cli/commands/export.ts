import { resolve } from 'node:path';
import { loadModel } from '../../core/io/index.ts';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, exportModel, isExportFormat, renderSvg, type ExportFormat, type SvgTheme } from '../../core/export/index.ts';
import { applyLayout } from '../../core/layout/index.ts';
import type { Model } from '../../core/model/index.ts';
import { createLayoutEngine } from '../../workers/layout-client.ts';
import { EXIT } from '../command.ts';
import type { CliIO } from '../io.ts';
import { readInput } from '../read-input.ts';

export const name = 'export';
export const summary = 'Export a model as a PNG or SVG diagram, Mermaid, C4-PlantUML, Structurizr DSL, JSON or a Markdown report';

/** Diagram formats drawn from the model's layout (text formats come from core/export). */
const DIAGRAM_FORMATS = ['svg', 'png'] as const;
type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];
const ALL_FORMATS = [...DIAGRAM_FORMATS, ...EXPORT_FORMATS];

export const usage = `Usage: faultline export <file> --to ${ALL_FORMATS.join('|')} [-o out] [--theme light|dark]

Reads a Faultline file (JSON or YAML) and writes it in another format:
  --to svg           the diagram as drawn, as a standalone vector SVG (crisp at any zoom)
  --to png           the same diagram as a PNG at 2× (needs -o)
  --to mermaid       Mermaid flowchart (.mmd): GitHub, GitLab and most wikis draw it
  --to c4            C4-PlantUML container diagram (.puml), using PlantUML's bundled C4 library
  --to structurizr   Structurizr DSL workspace (.dsl) with a container view
  --to json          the native Faultline JSON, normalized (.faultline.json)
  --to report        Markdown architecture report (.md): summary, Mermaid diagram, the decision
                     framework's verdict, findings with explanations and fixing patterns

Options:
  -o, --output FILE  write to FILE instead of stdout
  --theme THEME      light (default) or dark, for svg and png

A model without positions is laid out (ELK, left to right) before it is drawn.

Exit status: 0 exported, 2 when the file cannot be read or is not a valid model, or on a usage error.
`;

interface Options {
  file: string;
  format: ExportFormat | DiagramFormat;
  output?: string;
  theme: SvgTheme;
}

function isDiagramFormat(format: string): format is DiagramFormat {
  return (DIAGRAM_FORMATS as readonly string[]).includes(format);
}

/** The model's diagram as SVG text or PNG bytes, laid out first when it has no positions. */
async function drawDiagram(model: Model, format: DiagramFormat, theme: SvgTheme): Promise<string | Uint8Array> {
  let drawn = model;
  if (model.nodes.some((n) => !n.position)) {
    const engine = createLayoutEngine({ createWorker: null });
    drawn = applyLayout(model, await engine.layout(model));
    engine.dispose();
  }
  const { svg } = renderSvg(drawn, { theme });
  if (format === 'svg') return svg;
  // resvg is a native renderer shipped in its npm package; loaded only for PNG.
  const { Resvg } = await import('@resvg/resvg-js');
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true } }).render().asPng();
}

/** Exports one model file; see `usage`. */
export async function run(args: readonly string[], io: CliIO): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr(`faultline export: ${options}\n\n${usage}`);
    return EXIT.invalid;
  }
  const input = await readInput(io, options.file);
  if (!input.ok) {
    io.stderr(`faultline export: ${input.message}\n`);
    return EXIT.invalid;
  }
  const loaded = loadModel(input.text, { fileName: options.file });
  if (!loaded.ok) {
    const n = loaded.errors.length;
    io.stderr(`faultline export: ${options.file} is not a valid model (${n} ${n === 1 ? 'error' : 'errors'}); run "faultline validate ${options.file}" for details\n`);
    for (const e of loaded.errors.slice(0, 5)) io.stderr(`  ${e.path}  ${e.message}\n`);
    return EXIT.invalid;
  }
  for (const warning of loaded.warnings) io.stderr(`warning: ${warning}\n`);
  if (options.format === 'png' && options.output === undefined) {
    io.stderr('faultline export: a PNG is binary; give a file with -o\n');
    return EXIT.invalid;
  }
  const text = isDiagramFormat(options.format) ? await drawDiagram(loaded.model, options.format, options.theme) : exportModel(loaded.model, options.format);
  const label = isDiagramFormat(options.format) ? `${options.format.toUpperCase()} diagram` : EXPORT_FORMAT_INFO[options.format].label;

  if (options.output === undefined) {
    io.stdout(typeof text === 'string' ? text : '');
    return EXIT.ok;
  }
  if (!io.writeFile) {
    io.stderr('faultline export: this environment cannot write files; leave out -o to print the export\n');
    return EXIT.invalid;
  }
  try {
    await io.writeFile(resolve(io.cwd, options.output), text);
  } catch (error) {
    io.stderr(`faultline export: cannot write ${options.output}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalid;
  }
  io.stderr(`✓ ${options.output}: ${label} of ${JSON.stringify(loaded.model.name)}\n`);
  return EXIT.ok;
}

function parseArgs(args: readonly string[]): Options | string {
  let file: string | undefined;
  let format: string | undefined;
  let output: string | undefined;
  let theme: SvgTheme = 'light';
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const [flag, inline] = !optionsEnded && arg.startsWith('--') && eq !== -1 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (flag === '--to' || flag === '-o' || flag === '--output' || flag === '--theme')) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return `${flag} needs a value`;
      if (flag === '--to') format = value;
      else if (flag === '--theme') {
        if (value !== 'light' && value !== 'dark') return `unknown theme "${value}"; expected light or dark`;
        theme = value;
      } else output = value;
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') return `unknown option "${arg}"`;
    else if (file === undefined) file = arg;
    else return `one file at a time (got "${file}" and "${arg}")`;
  }
  if (file === undefined) return 'no model file given';
  if (format === undefined) return `say which format with --to (${ALL_FORMATS.join(', ')})`;
  if (!isExportFormat(format) && !isDiagramFormat(format)) return `unknown format "${format}"; expected one of ${ALL_FORMATS.join(', ')}`;
  return { file, format, theme, ...(output === undefined ? {} : { output }) };
}
