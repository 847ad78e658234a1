/**
 * The export formats' names, labels and file endings, apart from the exporters themselves, so a menu
 * can list them without loading any exporter.
 */
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
