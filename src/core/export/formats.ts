/** The text formats a model can be exported to, one dispatcher for the CLI and (later) the app's menu. */
import { serializeModel } from '../io/serialize-model.ts';
import { slugify } from '../model/ids.ts';
import type { Model } from '../model/types.ts';
import { toC4PlantUml } from './c4-plantuml.ts';
import { toMermaid } from './mermaid.ts';
import { renderReport, type ReportOptions } from './report.ts';
import { toStructurizr } from './structurizr.ts';
import { EXPORT_FORMAT_INFO, type ExportFormat } from './format-info.ts';

export { EXPORT_FORMATS, EXPORT_FORMAT_INFO, isExportFormat } from './format-info.ts';
export type { ExportFormat, ExportFormatInfo } from './format-info.ts';

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
