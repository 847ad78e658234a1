/**
 * Lessons as text and as links. A link carries the whole lesson in the URL fragment (never sent to a
 * server), like a model's share link, so a teacher can hand a class a lesson without hosting anything.
 */
import LZString from 'lz-string';
import { loadLessonWith, type LoadLessonResult } from './load.ts';
import type { Lesson } from './schema.ts';

const KEY = 'lesson';

/** The lesson as a JSON file (2-space indent, trailing newline): what "Save lesson" writes. */
export function serializeLesson(lesson: Lesson): string {
  return `${JSON.stringify(lesson, null, 2)}\n`;
}

/** The part of a URL after `#`: `lesson=<compressed lesson>`. */
export function encodeLessonFragment(lesson: Lesson): string {
  return `${KEY}=${LZString.compressToEncodedURIComponent(JSON.stringify(lesson))}`;
}

/** Reads a lesson back from a fragment (with or without `#`) through loadLesson. */
export function decodeLessonFragment(fragment: string): LoadLessonResult {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  // Not URLSearchParams: it would turn the "+" of lz-string's alphabet into a space.
  const part = body.split('&').find((p) => p.startsWith(`${KEY}=`));
  const payload = part?.slice(KEY.length + 1);
  if (!payload) return { ok: false, errors: [{ path: '(root)', message: `this link holds no lesson (expected "#${KEY}=…" after the address)` }] };
  let text: string | null = null;
  try {
    text = LZString.decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) return { ok: false, errors: [{ path: '(root)', message: 'this lesson link is damaged or cut short' }] };
  // Links always carry JSON, so the YAML parser is never needed here.
  const result = loadLessonWith(text, { fileName: 'lesson.json' }, undefined);
  // Lines would point into decompressed text the reader has never seen.
  return result.ok ? result : { ok: false, errors: result.errors.map(({ path, message }) => ({ path, message })) };
}
