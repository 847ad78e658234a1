import { describe, expect, it } from 'vitest';
import { loadModel, serializeModel } from '../io/index.ts';
import { richModel } from '../io/__fixtures__/models.ts';
import { EXPORT_FORMATS, exportFileName, exportModel, isExportFormat } from './formats.ts';

describe('exportModel', () => {
  it('exports the native JSON as the canonical file, which loads back to the same model', () => {
    const json = exportModel(richModel(), 'json');
    expect(json).toBe(serializeModel(richModel()));
    const loaded = loadModel(json);
    expect(loaded.ok && loaded.model).toEqual(richModel());
  });

  it('answers every format with text ending in a newline, and names the file after the model', () => {
    for (const format of EXPORT_FORMATS) {
      expect(exportModel(richModel(), format).endsWith('\n')).toBe(true);
      expect(isExportFormat(format)).toBe(true);
    }
    expect(isExportFormat('png')).toBe(false);
    expect(exportFileName({ ...richModel(), name: 'My Shop!' }, 'structurizr')).toBe('my-shop.dsl');
    expect(exportFileName(richModel(), 'json')).toBe('shop.faultline.json');
  });
});
