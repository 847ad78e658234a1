/**
 * Language support for the model's text, registered once per Monaco instance and scoped to the text
 * panel's own model URIs (other editors using YAML or JSON are left alone):
 *
 * - YAML: completion (fields valid for the object at the cursor, enum values, ids for references) and
 *   hover docs, from completion.ts.
 * - JSON: Monaco's JSON language service with the generated schema, carrying the same docs as
 *   descriptions, for completion and hover. Its own validation is off: the panel's markers come from
 *   loadModel, the one validator, so every problem is reported once, in the same words as on open.
 */
import type * as Monaco from 'monaco-editor';
import { yamlCompletions, yamlHover, type Candidate } from './completion.ts';
import type { TextFormat } from './model-text.ts';
import { withDocs } from './schema-info.ts';

export const MODEL_URI: Readonly<Record<TextFormat, string>> = {
  yaml: 'inmemory://faultline/model.faultline.yaml',
  json: 'inmemory://faultline/model.faultline.json',
};
const SCHEMA_URI = 'inmemory://faultline/faultline.schema.json';

const registered = new WeakSet<object>();

export function setupLanguages(monaco: typeof Monaco): void {
  if (registered.has(monaco)) return;
  registered.add(monaco);
  const isOurs = (model: Monaco.editor.ITextModel) => model.uri.toString() === monaco.Uri.parse(MODEL_URI.yaml).toString();

  const kinds: Record<Candidate['kind'], Monaco.languages.CompletionItemKind> = {
    field: monaco.languages.CompletionItemKind.Property,
    value: monaco.languages.CompletionItemKind.EnumMember,
    reference: monaco.languages.CompletionItemKind.Reference,
  };

  monaco.languages.registerCompletionItemProvider('yaml', {
    triggerCharacters: [' ', ':'],
    provideCompletionItems(model, position, context) {
      if (!isOurs(model)) return { suggestions: [] };
      const text = model.getValue();
      const result = yamlCompletions(text, model.getOffsetAt(position));
      if (!result) return { suggestions: [] };
      // A space or colon only opens the list for values (`kind: `), not while indenting or typing prose.
      const typedTrigger = context.triggerKind === monaco.languages.CompletionTriggerKind.TriggerCharacter;
      if (typedTrigger && result.items[0]?.kind === 'field') return { suggestions: [] };
      const range = monaco.Range.fromPositions(model.getPositionAt(result.from), model.getPositionAt(result.to));
      return {
        suggestions: result.items.map((item) => ({
          label: item.label,
          kind: kinds[item.kind],
          insertText: item.insertText,
          ...(item.snippet ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet } : {}),
          range,
          sortText: item.sortText,
          ...(item.detail ? { detail: item.detail } : {}),
          ...(item.documentation ? { documentation: { value: item.documentation } } : {}),
        })),
      };
    },
  });

  monaco.languages.registerHoverProvider('yaml', {
    provideHover(model, position) {
      if (!isOurs(model)) return null;
      const hover = yamlHover(model.getValue(), model.getOffsetAt(position));
      if (!hover) return null;
      return {
        range: monaco.Range.fromPositions(model.getPositionAt(hover.from), model.getPositionAt(hover.to)),
        contents: [{ value: hover.contents }],
      };
    },
  });

  const json = monaco.json.jsonDefaults;
  const others = (json.diagnosticsOptions.schemas ?? []).filter((s) => s.uri !== SCHEMA_URI);
  json.setDiagnosticsOptions({
    ...json.diagnosticsOptions,
    validate: false,
    allowComments: false,
    enableSchemaRequest: false,
    schemas: [...others, { uri: SCHEMA_URI, fileMatch: [MODEL_URI.json], schema: withDocs() }],
  });
}
