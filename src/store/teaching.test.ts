import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Model } from '../core/model/index.ts';
import { applyToSelection, LESSONS, type Lesson } from '../core/teaching/index.ts';
import { createEditorStore } from './editor-store.ts';
import {
  activateLesson,
  commitApplied,
  canStepForward,
  closeLesson,
  goToLessonStep,
  markStepPassed,
  moveGatewayRoute,
  removeGatewayRoute,
  replaceGatewayRoutes,
  resetLessonProgress,
  readActiveLesson,
  savedProgress,
  setGatewayRoute,
  setProgressStorage,
  stepBack,
  stepForward,
  teachingStoreFor,
  type ProgressStorage,
} from './teaching.ts';

function memoryStorage(): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

let storage: ReturnType<typeof memoryStorage>;
beforeEach(() => {
  storage = memoryStorage();
  setProgressStorage(storage);
});
afterEach(() => setProgressStorage(undefined));

const lesson: Lesson = LESSONS.find((l) => l.steps.length >= 3) ?? LESSONS[0]!;

function gatewayModel(): Model {
  return {
    format: 'faultline',
    version: 1,
    name: 'Strangler',
    groups: [],
    sagas: [],
    nodes: [
      { kind: 'gateway', id: 'gw', name: 'Gateway', position: { x: 0, y: 0 }, routes: [{ prefix: '/api/orders', to: 'legacy' }] },
      { kind: 'service', id: 'legacy', name: 'Legacy', position: { x: 300, y: 0 }, legacy: true },
      { kind: 'service', id: 'orders', name: 'Orders', position: { x: 300, y: 200 } },
    ],
    links: [
      { kind: 'sync', id: 'gw-legacy', from: 'gw', to: 'legacy' },
      { kind: 'sync', id: 'gw-orders', from: 'gw', to: 'orders' },
    ],
  };
}

describe('the teaching slice', () => {
  it('is one store per editor, created on first use', () => {
    const a = createEditorStore();
    const b = createEditorStore();
    expect(teachingStoreFor(a)).toBe(teachingStoreFor(a));
    expect(teachingStoreFor(a)).not.toBe(teachingStoreFor(b));
    expect(teachingStoreFor(a).getState()).toMatchObject({ drawer: null, presenting: false, active: null, libraryRequest: null });
  });

  it('opens one drawer at a time; a library request opens the library at an entry, distinct each time', () => {
    const store = teachingStoreFor(createEditorStore());
    store.getState().toggleDrawer('lessons');
    expect(store.getState().drawer).toBe('lessons');
    store.getState().requestLibrary({ entryId: 'circuit-breaker' });
    expect(store.getState().drawer).toBe('library');
    const first = store.getState().libraryRequest;
    expect(first).toEqual({ entryId: 'circuit-breaker', seq: 1 });
    store.getState().requestLibrary({ ruleId: 'missing-circuit-breaker' });
    expect(store.getState().libraryRequest).toEqual({ ruleId: 'missing-circuit-breaker', seq: 2 });
    store.getState().toggleDrawer('library');
    expect(store.getState().drawer).toBeNull();
  });

  it('presenter mode is a flag', () => {
    const store = teachingStoreFor(createEditorStore());
    store.getState().setPresenting(true);
    expect(store.getState().presenting).toBe(true);
    store.getState().setPresenting(false);
    expect(store.getState().presenting).toBe(false);
  });
});

describe('lesson progress', () => {
  it('steps forward only once the step passed, back always; progress is saved per lesson', () => {
    const editor = createEditorStore();
    activateLesson(editor, lesson, { kind: 'shipped' }, editor.getState().docId, true);
    const store = teachingStoreFor(editor);
    expect(store.getState().progress).toEqual({ lessonId: lesson.id, stepIndex: 0, completed: [] });
    expect(canStepForward(store.getState())).toBe(false);
    expect(stepForward(editor)).toBe(false);

    markStepPassed(editor, lesson.steps[0]!.id);
    expect(store.getState().progress?.stepIndex).toBe(0); // passing does not move on by itself
    expect(canStepForward(store.getState())).toBe(true);
    expect(stepForward(editor)).toBe(true);
    expect(store.getState().progress?.stepIndex).toBe(1);
    expect(stepForward(editor)).toBe(false);
    expect(stepBack(editor)).toBe(true);
    expect(store.getState().progress?.stepIndex).toBe(0);
    expect(stepBack(editor)).toBe(false);

    const saved = savedProgress(lesson);
    expect(saved).toEqual({ progress: { lessonId: lesson.id, stepIndex: 0, completed: [lesson.steps[0]!.id] }, docId: editor.getState().docId });
    expect(JSON.parse(storage.data.get(`faultline.lesson-progress.${lesson.id}`)!)).toEqual(saved);
  });

  it('jumps only to steps already reached', () => {
    const editor = createEditorStore();
    activateLesson(editor, lesson, { kind: 'shipped' }, editor.getState().docId, false);
    expect(goToLessonStep(editor, 2)).toBe(false);
    markStepPassed(editor, lesson.steps[0]!.id);
    expect(goToLessonStep(editor, 1)).toBe(true);
    expect(goToLessonStep(editor, 0)).toBe(true);
    expect(teachingStoreFor(editor).getState().progress?.stepIndex).toBe(0);
  });

  it('changing step clears the check; resuming restores saved progress; reset forgets it', () => {
    const editor = createEditorStore();
    const store = teachingStoreFor(editor);
    activateLesson(editor, lesson, { kind: 'shipped' }, 'doc-1', true);
    markStepPassed(editor, lesson.steps[0]!.id);
    store.getState().setCheck({ stepId: lesson.steps[0]!.id, status: 'passed', result: null, progress: 1, error: null, modelVersion: 0 });
    stepForward(editor);
    expect(store.getState().check).toBeNull();
    closeLesson(editor);
    expect(store.getState().active).toBeNull();

    const again = createEditorStore();
    activateLesson(again, lesson, { kind: 'shipped' }, 'doc-2', true);
    expect(teachingStoreFor(again).getState().progress).toEqual({ lessonId: lesson.id, stepIndex: 1, completed: [lesson.steps[0]!.id] });

    resetLessonProgress(again, lesson);
    expect(teachingStoreFor(again).getState().progress).toEqual({ lessonId: lesson.id, stepIndex: 0, completed: [] });
    expect(savedProgress(lesson)?.progress.completed).toEqual([]);

    const fresh = createEditorStore();
    activateLesson(fresh, lesson, { kind: 'shipped' }, 'doc-3', false);
    expect(teachingStoreFor(fresh).getState().progress?.stepIndex).toBe(0);
  });

  it('repairs saved progress that does not fit the lesson', () => {
    storage.data.set(`faultline.lesson-progress.${lesson.id}`, JSON.stringify({ progress: { lessonId: lesson.id, stepIndex: 99, completed: ['nope', lesson.steps[0]!.id] }, docId: 7 }));
    expect(savedProgress(lesson)).toEqual({ progress: { lessonId: lesson.id, stepIndex: lesson.steps.length, completed: [lesson.steps[0]!.id] }, docId: null });
    storage.data.set(`faultline.lesson-progress.${lesson.id}`, '{not json');
    expect(savedProgress(lesson)).toBeUndefined();
  });

  it('remembers the open lesson for a reload, with the document it works in', () => {
    const editor = createEditorStore({ docId: 'doc-9' });
    activateLesson(editor, lesson, { kind: 'shipped' }, 'doc-9', false);
    expect(readActiveLesson('doc-other')).toBeUndefined();
    expect(readActiveLesson('doc-9')).toEqual({ id: lesson.id, docId: 'doc-9', source: { kind: 'shipped' } });
    closeLesson(editor);
    expect(readActiveLesson('doc-9')).toBeUndefined();
  });

  it('a lesson from a file is remembered whole', () => {
    const custom: Lesson = { ...lesson, id: 'my-own-lesson', title: 'My own lesson' };
    const editor = createEditorStore({ docId: 'doc-5' });
    activateLesson(editor, custom, { kind: 'file', name: 'mine.json' }, 'doc-5', false);
    const record = readActiveLesson('doc-5');
    expect(record).toMatchObject({ id: 'my-own-lesson', source: { kind: 'file', name: 'mine.json' } });
    expect(JSON.parse(record!.text!)).toEqual(custom);
  });

  it('works without storage', () => {
    setProgressStorage(null);
    const editor = createEditorStore();
    activateLesson(editor, lesson, { kind: 'shipped' }, 'doc', true);
    markStepPassed(editor, lesson.steps[0]!.id);
    expect(stepForward(editor)).toBe(true);
    expect(savedProgress(lesson)).toBeUndefined();
  });
});

describe('apply to selection', () => {
  it('commits: adds a breaker to the selected link as one undo step', () => {
    const model = gatewayModel();
    const editor = createEditorStore({ model });
    editor.getState().setSelection({ links: new Set(['gw-orders']) });
    const result = applyToSelection('add-breaker', model, { nodes: [], links: ['gw-orders'] });
    expect(commitApplied(editor, result, 'Add a circuit breaker')).toBe(true);
    const link = editor.getState().model.links.find((l) => l.id === 'gw-orders');
    expect(link?.kind === 'sync' && link.circuitBreaker).toBeTruthy();
    expect(editor.getState().history.undo).toHaveLength(1);
    expect(editor.getState().notices.at(-1)?.tone).toBe('success');
    editor.getState().undo();
    expect(editor.getState().model).toEqual(model);
  });

  it('says why when it does not apply, and changes nothing', () => {
    const editor = createEditorStore({ model: gatewayModel() });
    const reason = commitApplied(editor, applyToSelection('add-breaker', gatewayModel(), { nodes: [], links: [] }), 'Add a circuit breaker');
    expect(typeof reason).toBe('string');
    expect(editor.getState().history.undo).toHaveLength(0);
  });
});

describe('gateway routes', () => {
  const routes = (editor: ReturnType<typeof createEditorStore>) => {
    const gw = editor.getState().model.nodes.find((n) => n.id === 'gw');
    return gw?.kind === 'gateway' ? gw.routes : undefined;
  };

  it('adds, moves, reorders and removes routes, one undo step each', () => {
    const editor = createEditorStore({ model: gatewayModel() });
    setGatewayRoute(editor, 'gw', { prefix: '/api/orders/v2', to: 'orders', share: 0.25 }, 'Add route');
    expect(routes(editor)).toEqual([{ prefix: '/api/orders', to: 'legacy' }, { prefix: '/api/orders/v2', to: 'orders', share: 0.25 }]);
    moveGatewayRoute(editor, 'gw', '/api/orders', 'orders');
    expect(routes(editor)?.[0]).toEqual({ prefix: '/api/orders', to: 'orders' });
    replaceGatewayRoutes(editor, 'gw', [...routes(editor)!].reverse(), 'Reorder routes');
    expect(routes(editor)?.map((r) => r.prefix)).toEqual(['/api/orders/v2', '/api/orders']);
    removeGatewayRoute(editor, 'gw', '/api/orders/v2');
    removeGatewayRoute(editor, 'gw', '/api/orders');
    expect(routes(editor)).toBeUndefined();
    expect(editor.getState().history.undo).toHaveLength(5);
    editor.getState().undo();
    expect(routes(editor)).toEqual([{ prefix: '/api/orders', to: 'orders' }]);
  });
});
