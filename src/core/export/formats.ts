/** The text formats a model can be exported to, one dispatcher for the CLI and (later) the app's menu. */
import { serializeModel } from '../io/serialize-model.ts';
import { slugify } from '../model/ids.ts';
import type { Model } from '../model/types.ts';
import { toC4PlantUml } from './c4-plantuml.ts';
import { toMermaid } from './mermaid.ts';
import { renderReport, type ReportOptions } from './report.ts';
import { toStructurizr } from './structurizr.ts';

export const EXPORT_FORMATS = ['mermaid', 'c4', 'structurizr', 'json', 'report'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  readonly label: string;
  /** File name ending, with its dot. */
  readonly extension: string;
  readonly mediaType: string;
}

export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  mermaid: { label: 'Mermaid flowchart', extension: '.mmd', mediaType: 'text/vnd.mermaid' },
  c4: { label: 'C4-PlantUML', extension: '.puml', mediaType: 'text/plain' },
  structurizr: { label: 'Structurizr DSL', extension: '.dsl', mediaType: 'text/plain' },
  json: { label: 'Faultline JSON', extension: '.faultline.json', mediaType: 'application/json' },
  report: { label: 'Architecture report (Markdown)', extension: '.md', mediaType: 'text/markdown' },
};

/** True when `value` names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The model in `format` (report options apply to `report` only). */
export function exportModel(model: Model, format: ExportFormat, options: ReportOptions = {}): string {
  switch (format) {
    case 'mermaid':
      return toMermaid(model);
    case 'c4':
      return toC4PlantUml(model);
    case 'structurizr':
      return toStructurizr(model);
    case 'json':
      return serializeModel(model);
    case 'report':
      return renderReport(model, options);
  }
}

/** The file name an export of `model` gets: `<slug of its name><extension>`. */
export function exportFileName(model: Model, format: ExportFormat): string {
  return `${slugify(model.name)}${EXPORT_FORMAT_INFO[format].extension}`;
}
