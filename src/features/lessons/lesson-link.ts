/**
 * Lesson links (`#lesson=<lz-string compressed JSON>`) and bringing the lesson player back after a
 * reload. Loaded with the app shell, so it stays tiny: it only takes the fragment and hands it to the
 * teaching store (which opens the lessons drawer); the lazy lessons panel decodes and validates it.
 *
 * The fragment is taken when this module is first evaluated — before start-up reads the URL for a
 * model share link (`#m=…`) — and removed from the address, so a reload does not open it again and the
 * share-link reader never sees it.
 */
import { useEffect } from 'react';
import type { EditorStore } from '../../store/editor-store.ts';
import { readActiveLesson, teachingStoreFor } from '../../store/teaching.ts';

const PREFIX = 'lesson=';

let pending: string | null = null;

/** Takes a lesson fragment out of the address bar, if there is one, and returns it. */
export function captureLessonFragment(): string | null {
  if (typeof window === 'undefined') return null;
  const hash = window.location.hash.replace(/^#/, '');
  if (!hash.split('&').some((part) => part.startsWith(PREFIX))) return null;
  try {
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
  } catch {
    // An address that cannot be rewritten only means a reload opens the lesson again.
  }
  return hash;
}

pending = captureLessonFragment();

/**
 * Opens the lessons drawer when there is something for it to show at start-up — a lesson link, or the
 * lesson the learner had open in this document before the reload — and when a lesson link is pasted
 * into the address bar of the open app.
 */
export function useLessonBootstrap(store: EditorStore): void {
  useEffect(() => {
    const teaching = teachingStoreFor(store);
    if (pending !== null) {
      teaching.getState().setLessonLink(pending);
      pending = null;
    } else if (readActiveLesson(store.getState().docId)) {
      teaching.getState().openDrawer('lessons');
    }
    const onHashChange = () => {
      const fragment = captureLessonFragment();
      if (fragment) teaching.getState().setLessonLink(fragment);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [store]);
}
