/** Exports of the current model: text formats from core/export, and the diagram as SVG or PNG. */
import { EXPORT_FORMAT_INFO, exportFileName, exportModel, renderSvg, type ExportFormat } from '../core/export/index.ts';
import { slugify } from '../core/model/index.ts';
import type { EditorStore } from './editor-store.ts';

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
  const text = exportModel(model, format, analysis ? { analysis } : {});
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
