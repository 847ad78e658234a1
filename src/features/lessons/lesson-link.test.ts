// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../store/editor-store.ts';
import { teachingStoreFor } from '../../store/teaching.ts';
import { captureLessonFragment } from './lesson-link.ts';

describe('lesson links', () => {
  it('takes a #lesson= fragment out of the address (so start-up never reads it as a model link)', () => {
    history.replaceState(null, '', '/app?x=1#lesson=abc');
    expect(captureLessonFragment()).toBe('lesson=abc');
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?x=1');
  });

  it('leaves a model share link alone', () => {
    history.replaceState(null, '', '/#m=xyz');
    expect(captureLessonFragment()).toBeNull();
    expect(window.location.hash).toBe('#m=xyz');
    history.replaceState(null, '', '/');
  });

  it('handing a link to the teaching store opens the lessons drawer; taking it clears it', () => {
    const store = teachingStoreFor(createEditorStore());
    store.getState().setLessonLink('lesson=abc');
    expect(store.getState()).toMatchObject({ lessonLink: 'lesson=abc', drawer: 'lessons' });
    store.getState().setLessonLink(null);
    expect(store.getState()).toMatchObject({ lessonLink: null, drawer: 'lessons' });
  });
});
