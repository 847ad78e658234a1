/**
 * Document-level actions: new, open, templates, share links, download, auto-layout. Every way in goes
 * parse → migrate → validate → normalize (core/io) before it may touch the store; a file or link
 * that fails never replaces the current model — it is shown in the load-problem dialog instead.
 */
import type { LoadResult } from '../core/io/types.ts';
import { applyLayout } from '../core/layout/apply-layout.ts';
import { withGroupGeometry } from '../core/layout/group-boxes.ts';
import { createEmptyModel, LIMITS, type Model } from '../core/model/index.ts';
import { TEMPLATES } from '../core/templates/index.ts';
import type { EditorStore } from './editor-store.ts';
import type { EditorServices } from './services.ts';
import { replaceModel } from './actions.ts';
import type * as ModelIo from './model-io.ts';

/**
 * The model io, loaded on first use: validating and canonical serialization need zod, which stays out of
 * the first download (see model-io.ts). Gives undefined after passing `failed` the reason when it cannot
 * load (e.g. the server has gone away), so no caller throws where it did not before.
 */
async function loadModelIo(failed: (message: string) => void): Promise<typeof ModelIo | undefined> {
  try {
    return await import('./model-io.ts');
  } catch (error) {
    failed(`Faultline could not load its model reader and writer: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** A fresh document id: time-ordered and unique enough for one browser profile. */
export function newDocId(): string {
  return `doc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Lays out a model that came without positions, and fixes context boxes for one that came without them. */
export async function prepareForCanvas(model: Model, needsLayout: boolean, services: EditorServices): Promise<Model> {
  let prepared = model;
  if (needsLayout) {
    try {
      prepared = applyLayout(model, await services.layout.layout(model));
    } catch {
      // Layout is a nicety: a model that cannot be laid out still opens (nodes at the origin).
    }
  }
  return withGroupGeometry(prepared);
}

/** Opens a model as a new document (never overwriting the current one). */
export async function openAsNewDocument(store: EditorStore, services: EditorServices, model: Model, needsLayout = false): Promise<void> {
  const prepared = await prepareForCanvas(model, needsLayout, services);
  store.getState().loadDocument(newDocId(), prepared);
}

/** Starts a new, empty document. */
export function newDocument(store: EditorStore): void {
  store.getState().loadDocument(newDocId(), createEmptyModel());
}

/** Starts a new document from a template. */
export async function openTemplate(store: EditorStore, services: EditorServices, templateId: string): Promise<void> {
  const template = TEMPLATES.find((t) => t.id === templateId);
  if (!template) return;
  const model = template.build();
  await openAsNewDocument(store, services, model, model.nodes.some((n) => !n.position));
  store.getState().notify({ tone: 'success', message: `New model from “${template.title}”` });
}

function reportProblem(store: EditorStore, title: string, result: Extract<LoadResult, { ok: false }>): void {
  store.getState().setLoadProblem({ title, errors: result.errors });
}

/**
 * Reads a model with the lazily loaded io. A model that fails to read, or an io that fails to load, is
 * shown in the load-problem dialog under `title` and gives undefined: the current model stays.
 */
async function readModel(
  store: EditorStore,
  title: string,
  read: (io: typeof ModelIo) => LoadResult | Promise<LoadResult>,
): Promise<Extract<LoadResult, { ok: true }> | undefined> {
  const io = await loadModelIo((message) => reportProblem(store, title, { ok: false, errors: [{ path: '(root)', message }] }));
  if (!io) return undefined;
  const result = await read(io);
  if (result.ok) return result;
  reportProblem(store, title, result);
  return undefined;
}

/** A docker-compose file rather than a Faultline model: a top-level `services:` map and no `format`. */
export function looksLikeCompose(text: string): boolean {
  return /^services\s*:/m.test(text) && !/^\s*"?format"?\s*:/m.test(text);
}

/** Opens file text (a Faultline model in JSON or YAML, or a docker-compose file) as a new document, or explains why it cannot. */
export async function openFileText(store: EditorStore, services: EditorServices, text: string, fileName: string): Promise<boolean> {
  if (looksLikeCompose(text)) return importComposeText(store, services, text, fileName);
  // The YAML parser loads only when the file is YAML.
  const result = await readModel(store, `Could not open ${fileName}`, (io) => io.loadModelLazy(text, { fileName }));
  if (!result) return false;
  await openAsNewDocument(store, services, result.model, result.needsLayout);
  store.getState().notify({ tone: 'success', message: `Opened ${fileName}` });
  return true;
}

/** Imports a docker-compose file as a new, laid-out document; every inferred element says why. */
export async function importComposeText(store: EditorStore, services: EditorServices, text: string, fileName: string): Promise<boolean> {
  // The importer (and the YAML parser it needs) loads on first use.
  const { importCompose } = await import('../core/import/index.ts');
  const result = importCompose(text, { fileName });
  if (!result.ok) {
    reportProblem(store, `Could not import ${fileName}`, result);
    return false;
  }
  // The importer's notes (what it left out, what a compose file cannot show) travel with the model.
  const description = [result.model.description ?? '', ...(result.notes.length > 0 ? ['', 'Import notes:', ...result.notes.map((n) => `- ${n}`)] : [])].join('\n').slice(0, 10_000);
  await openAsNewDocument(store, services, { ...result.model, description }, true);
  const notes = result.notes.length > 0 ? ` ${result.notes.length} note${result.notes.length === 1 ? '' : 's'} in the model description.` : '';
  store.getState().notify({ tone: 'success', message: `Imported ${result.model.nodes.length} containers from ${fileName}.${notes}` });
  return true;
}

/** Opens a File from a picker or a drop. */
export async function openFile(store: EditorStore, services: EditorServices, file: File): Promise<boolean> {
  if (file.size > LIMITS.maxFileBytes) {
    // Refuse before reading: a huge file would be read into memory only to be rejected.
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    store.getState().setLoadProblem({ title: `Could not open ${file.name}`, errors: [{ path: '(root)', message: `the file is ${mb(file.size)}; Faultline opens files up to ${mb(LIMITS.maxFileBytes)}` }] });
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    store.getState().setLoadProblem({ title: `Could not read ${file.name}`, errors: [{ path: '(root)', message: String(error) }] });
    return false;
  }
  return openFileText(store, services, text, file.name);
}

/** The share link for the current model: the whole model, compressed into the URL fragment. */
export async function shareLink(store: EditorStore, base: string): Promise<string | undefined> {
  const model = store.getState().model;
  const io = await loadModelIo((message) => store.getState().notify({ tone: 'error', message: `No share link: ${message}` }));
  return io && `${base.split('#')[0]}#${io.encodeShareFragment(model)}`;
}

/** Opens a share-link fragment as a new copy; returns false (and shows why) when it is broken. */
export async function openShareFragment(store: EditorStore, services: EditorServices, fragment: string): Promise<boolean> {
  const result = await readModel(store, 'Could not open the shared link', (io) => io.decodeShareFragment(fragment));
  if (!result) return false;
  await openAsNewDocument(store, services, result.model, result.needsLayout);
  store.getState().notify({ tone: 'success', message: `Opened a shared copy of “${result.model.name}”; your saved models are untouched` });
  return true;
}

/**
 * Downloads the current model as a file through `download` (the browser's, passed in by the UI) and
 * gives its name; when the file cannot be made, says why and gives undefined.
 */
export async function downloadModel(store: EditorStore, download: (fileName: string, text: string) => void): Promise<string | undefined> {
  const model = store.getState().model;
  const io = await loadModelIo((message) => store.getState().notify({ tone: 'error', message: `The model was not downloaded: ${message}` }));
  if (!io) return undefined;
  const fileName = io.modelFileName(model);
  download(fileName, io.serializeModel(model));
  return fileName;
}

/** Lays the model out with ELK (in a worker); the result is one undo step. A superseded run is ignored. */
export async function autoLayout(store: EditorStore, services: EditorServices): Promise<void> {
  const requested = store.getState().model;
  if (requested.nodes.length === 0) return;
  try {
    const result = await services.layout.layout(requested);
    replaceModel(store, withGroupGeometry(applyLayout(store.getState().model, result)), 'Auto-layout');
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') return;
    store.getState().notify({ tone: 'error', message: `Auto-layout failed: ${error instanceof Error ? error.message : String(error)}` });
  }
}

/**
 * Opens a model read back from browser storage. It goes through the same pipeline as a file, so a
 * model saved by an older build is migrated and a damaged one is reported rather than loaded.
 */
export async function openStoredDocument(store: EditorStore, doc: { id: string; name: string; model: Model }): Promise<boolean> {
  // serializeModel writes JSON, so no YAML parser is needed (the name is not a file name to sniff).
  const result = await readModel(store, `Could not open the saved model “${doc.name}”`, (io) => io.loadModelWith(io.serializeModel(doc.model), {}, undefined));
  if (!result) return false;
  store.getState().loadDocument(doc.id, withGroupGeometry(result.model));
  return true;
}
