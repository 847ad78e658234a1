/** Exports of the current model: text formats from core/export, and the diagram as SVG or PNG. */
import { EXPORT_FORMAT_INFO, exportFileName, exportModel, renderSvg, type ExportFormat } from '../core/export/index.ts';
import { slugify } from '../core/model/index.ts';
import type { EditorStore } from './editor-store.ts';
import { simulationStoreFor, type SimRun } from './simulation.ts';
import type { SimulationSummary } from '../core/export/index.ts';

/** The latest simulation run, in the report's words (none when nothing ran or the model changed since). */
export function simulationSummaryFor(store: EditorStore): SimulationSummary | undefined {
  const sim = simulationStoreFor(store).getState();
  const run: SimRun | undefined = sim.runs[0];
  if (!run || sim.stale) return undefined;
  const { summary } = run.result;
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const name = (id: string) => store.getState().model.nodes.find((n) => n.id === id)?.name ?? id;
  const faults = run.scenario.faults?.map((f) => `${f.kind} ${name(f.target)} from ${f.fromMs / 1000} s to ${f.toMs / 1000} s`) ?? [];
  return {
    title: `Scenario “${run.scenario.name}” (${run.result.durationMs / 1000} s simulated, seed ${run.result.seed})`,
    lines: [
      faults.length > 0 ? `Faults: ${faults.join('; ')}.` : 'No faults: steady load only.',
      ...summary.entries.map((e) => `Entry point ${name(e.id)}: ${pct(e.availability)} of ${e.requests} requests answered (${pct(e.degradedRatio)} degraded by fallbacks), p99 ${Math.round(e.p99Ms)} ms.`),
      `Blast radius: ${summary.blastRadius.length > 0 ? summary.blastRadius.map(name).join(', ') : 'none'}.`,
      `Retry amplification ${summary.retryAmplification.toFixed(2)}×; circuit breakers opened ${summary.breakerOpenings} time(s).`,
      `Result hash ${run.result.hash} (same model, scenario and seed give the same result).`,
    ],
  };
}

export type DiagramFormat = 'svg' | 'png';

export interface ExportFile {
  fileName: string;
  /** Text for text formats, a Blob for PNG. */
  content: string | Blob;
  mediaType: string;
}

/** The current model in a text format; the report includes the live findings and verdict. */
export function exportText(store: EditorStore, format: ExportFormat): ExportFile {
  const { model, analysis } = store.getState();
  const simulation = format === 'report' ? simulationSummaryFor(store) : undefined;
  const text = exportModel(model, format, { ...(analysis ? { analysis } : {}), ...(simulation ? { simulation } : {}) });
  return { fileName: exportFileName(model, format), content: text, mediaType: EXPORT_FORMAT_INFO[format].mediaType };
}

/** The diagram as drawn, in the current theme: SVG (vector, crisp at any zoom) or PNG (that SVG at 2×). */
export async function exportDiagram(store: EditorStore, format: DiagramFormat, rasterize: (svg: string, w: number, h: number) => Promise<Blob>): Promise<ExportFile> {
  const { model, theme } = store.getState();
  const { svg, width, height } = renderSvg(model, { theme });
  const base = slugify(model.name);
  if (format === 'svg') return { fileName: `${base}.svg`, content: svg, mediaType: 'image/svg+xml' };
  return { fileName: `${base}.png`, content: await rasterize(svg, width, height), mediaType: 'image/png' };
}
