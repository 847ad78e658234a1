/** Text exporters: Mermaid, C4-PlantUML, Structurizr DSL, native JSON and the Markdown report. Pure. */
export { EXPORT_FORMATS, EXPORT_FORMAT_INFO, exportFileName, exportModel, isExportFormat } from './formats.ts';
export type { ExportFormat, ExportFormatInfo } from './formats.ts';
export { toMermaid, mermaidText, MERMAID_DEFAULT_MAX_EDGES } from './mermaid.ts';
export type { MermaidOptions } from './mermaid.ts';
export { toC4PlantUml, plantumlText } from './c4-plantuml.ts';
export { toStructurizr } from './structurizr.ts';
export { renderReport } from './report.ts';
export type { ReportOptions, SimulationSummary } from './report.ts';
export { renderSvg, xmlEscape } from './svg.ts';
export type { SvgDiagram, SvgOptions } from './svg.ts';
export type { SvgTheme } from './svg-palette.ts';
