/**
 * Starting a lesson: its start model opens as a new document (never overwriting one of the learner's),
 * or — when they continue — the document they were working in, if it is still saved.
 */
import type { Lesson } from '../../core/teaching/index.ts';
import type { EditorStore } from '../../store/editor-store.ts';
import type { EditorServices } from '../../store/services.ts';
import { openAsNewDocument, openStoredDocument } from '../../store/document-actions.ts';
import { activateLesson, resetLessonProgress, savedProgress, type LessonSource } from '../../store/teaching.ts';

/** Opens the lesson's start model as a fresh document. */
async function openStart(store: EditorStore, services: EditorServices, lesson: Lesson): Promise<void> {
  const model = structuredClone(lesson.start);
  await openAsNewDocument(store, services, model, model.nodes.some((n) => !n.position));
}

/**
 * Starts `lesson`: with `resume`, where the learner left it (their document, if still saved, and their
 * progress); otherwise from the first step on a fresh copy of the start model.
 */
export async function startLesson(store: EditorStore, services: EditorServices, lesson: Lesson, source: LessonSource, resume: boolean): Promise<void> {
  const saved = resume ? savedProgress(lesson) : undefined;
  let reopened = false;
  if (saved?.docId) {
    if (saved.docId === store.getState().docId) reopened = true;
    else if (services.documents) {
      try {
        const doc = await services.documents.get(saved.docId);
        if (doc) reopened = await openStoredDocument(store, doc);
      } catch {
        // A document that cannot be read: start from the lesson's model instead.
      }
    }
  }
  if (!reopened) await openStart(store, services, lesson);
  activateLesson(store, lesson, source, store.getState().docId, resume);
  store.getState().notify({
    tone: 'success',
    message: reopened ? `Welcome back to “${lesson.title}”` : `Lesson “${lesson.title}” started on a new model; your other models are untouched`,
  });
}

/** Forgets the learner's progress and starts over on a fresh copy of the start model. */
export async function restartLesson(store: EditorStore, services: EditorServices, lesson: Lesson, source: LessonSource): Promise<void> {
  resetLessonProgress(store, lesson);
  await openStart(store, services, lesson);
  activateLesson(store, lesson, source, store.getState().docId, false);
  store.getState().notify({ tone: 'info', message: `Progress reset: “${lesson.title}” starts again from step 1` });
}
