/**
 * The teaching slice: what the pattern library, the lesson player, presenter mode and the other panels
 * share. A second small vanilla zustand store per editor store, kept in a registry keyed by the editor
 * (like the simulation slice), so it needs no provider and every test's fresh editor gets a fresh one.
 * Nothing here is an undo step, except the model edits at the bottom (apply to selection, gateway
 * routes), which commit through the editor store as one step each.
 *
 * Cross-feature requests go through here: a finding asks for "the library at entry X"
 * (`requestLibrary`), presenter mode steps the lesson (`stepForward` / `stepBack`).
 *
 * A learner's progress is kept per lesson id in localStorage (with the document they worked in), so
 * "Continue" reopens where they were; a lesson opened from a file or a link is remembered whole, so a
 * reload brings its player back.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
// Only light modules of the teaching core: this slice is in the first download, the library, the
// lessons and their checks load with their panels.
import { goToStep, restoreProgress, startProgress, type LessonProgress } from '../core/teaching/lessons/progress.ts';
import { moveRoute, removeRoute, setRoute } from '../core/teaching/apply/routes.ts';
import type { ApplyResult } from '../core/teaching/apply/registry.ts';
import type { CheckResult } from '../core/teaching/checks/context.ts';
import type { Lesson } from '../core/teaching/lessons/schema.ts';
import type { GatewayRoute } from '../core/model/index.ts';
import { updateNode } from '../core/ops/index.ts';
import type { EditorStore } from './editor-store.ts';
import { useEditorStore } from './StoreProvider.tsx';

export type TeachingDrawer = 'library' | 'lessons';

/**
 * "Open the library at this entry" (from a lesson), or "at the entry about this rule" (from a finding:
 * the library knows which pattern fixes each rule); `seq` makes a repeated request distinct.
 */
export type LibraryRequest = { readonly entryId: string; readonly seq: number } | { readonly ruleId: string; readonly seq: number };

/** Where the open lesson came from: shipped with Faultline, a file the user picked, or a link. */
export type LessonSource = { kind: 'shipped' } | { kind: 'file'; name: string } | { kind: 'link' };

export interface ActiveLesson {
  readonly lesson: Lesson;
  readonly source: LessonSource;
  /** The document the learner works on for this lesson (its start model, opened as a new document). */
  readonly docId: string;
}

export type CheckStatus = 'idle' | 'checking' | 'passed' | 'failed' | 'error';

/** The current step's check: evaluated live (structure, findings) or on demand (simulations). */
export interface StepCheck {
  readonly stepId: string;
  readonly status: CheckStatus;
  readonly result: CheckResult | null;
  /** 0..1 while a simulation check runs. */
  readonly progress: number;
  readonly error: string | null;
  /** The editor's model version the result is for. */
  readonly modelVersion: number;
}

export interface TeachingState {
  /** The left drawer shown: the pattern library or the lessons (one at a time). */
  drawer: TeachingDrawer | null;
  libraryRequest: LibraryRequest | null;
  /** Presenter mode: full screen, larger type, side panels hidden, keyboard step-through. */
  presenting: boolean;
  active: ActiveLesson | null;
  progress: LessonProgress | null;
  check: StepCheck | null;
  /** A lesson link's fragment (`lesson=…`) waiting for the lessons panel to open it. */
  lessonLink: string | null;

  openDrawer(drawer: TeachingDrawer): void;
  toggleDrawer(drawer: TeachingDrawer): void;
  closeDrawer(): void;
  /** Opens the library at an entry, or at the entry that fixes a rule's findings. */
  requestLibrary(target: { entryId: string } | { ruleId: string }): void;
  /** The library has shown the requested entry. */
  clearLibraryRequest(): void;
  setPresenting(presenting: boolean): void;
  setCheck(check: StepCheck | null): void;
  /** Hands a lesson link to the lessons panel (and opens it), or clears it once taken. */
  setLessonLink(fragment: string | null): void;
}

export type TeachingStore = StoreApi<TeachingState>;

/** Where progress is kept; localStorage in the app, a map in tests. */
export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PROGRESS_KEY = (lessonId: string) => `faultline.lesson-progress.${lessonId}`;
const ACTIVE_KEY = 'faultline.lesson-active';

/** What is saved per lesson: the progress, and the document the learner worked in. */
export interface SavedProgress {
  progress: LessonProgress;
  docId: string | null;
}

const registry = new WeakMap<EditorStore, TeachingStore>();
let storageOverride: ProgressStorage | null | undefined;

/** Replaces the storage (tests); `undefined` restores localStorage, `null` means none. */
export function setProgressStorage(storage: ProgressStorage | null | undefined): void {
  storageOverride = storage;
}

function storage(): ProgressStorage | null {
  if (storageOverride !== undefined) return storageOverride;
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readJson(key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Progress that cannot be kept (private mode, quota) still works for this session.
  }
}

function remove(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // As above: nothing to clean up.
  }
}

/** This editor's teaching slice, created on first use. */
export function teachingStoreFor(editor: EditorStore): TeachingStore {
  const existing = registry.get(editor);
  if (existing) return existing;
  const store = createStore<TeachingState>()((set, get) => ({
    drawer: null,
    libraryRequest: null,
    presenting: false,
    active: null,
    progress: null,
    check: null,
    lessonLink: null,
    openDrawer(drawer) {
      if (get().drawer !== drawer) set({ drawer });
    },
    toggleDrawer(drawer) {
      set({ drawer: get().drawer === drawer ? null : drawer });
    },
    closeDrawer() {
      if (get().drawer !== null) set({ drawer: null });
    },
    requestLibrary(target) {
      const seq = (get().libraryRequest?.seq ?? 0) + 1;
      set({ drawer: 'library', libraryRequest: 'entryId' in target ? { entryId: target.entryId, seq } : { ruleId: target.ruleId, seq } });
    },
    clearLibraryRequest() {
      if (get().libraryRequest !== null) set({ libraryRequest: null });
    },
    setPresenting(presenting) {
      if (presenting !== get().presenting) set({ presenting });
    },
    setCheck(check) {
      set({ check });
    },
    setLessonLink(fragment) {
      set(fragment === null ? { lessonLink: null } : { lessonLink: fragment, drawer: 'lessons' });
    },
  }));
  registry.set(editor, store);
  return store;
}

/** The teaching slice of the editor above (inside a StoreProvider). */
export function useTeachingStore(): TeachingStore {
  return teachingStoreFor(useEditorStore());
}

/** Subscribes to a slice of the teaching state. */
export function useTeaching<T>(selector: (state: TeachingState) => T): T {
  return useStore(useTeachingStore(), selector);
}

// ---------------------------------------------------------------------------------------------------
// Lessons

/** The saved progress for `lesson` (repaired against its steps), if any was saved. */
export function savedProgress(lesson: Lesson): SavedProgress | undefined {
  const raw = readJson(PROGRESS_KEY(lesson.id));
  if (raw === undefined || raw === null || typeof raw !== 'object') return undefined;
  const { progress, docId } = raw as { progress?: unknown; docId?: unknown };
  return { progress: restoreProgress(lesson, progress), docId: typeof docId === 'string' ? docId : null };
}

function persist(editor: EditorStore): void {
  const { active, progress } = teachingStoreFor(editor).getState();
  if (!active || !progress) return;
  writeJson(PROGRESS_KEY(active.lesson.id), { progress, docId: active.docId } satisfies SavedProgress);
}

function rememberActive(active: ActiveLesson | null): void {
  if (!active) return remove(ACTIVE_KEY);
  // A shipped lesson is remembered by id; any other lesson whole (it exists nowhere else).
  const record: ActiveLessonRecord = {
    id: active.lesson.id,
    docId: active.docId,
    source: active.source,
    ...(active.source.kind === 'shipped' ? {} : { text: JSON.stringify(active.lesson) }),
  };
  writeJson(ACTIVE_KEY, record);
}

/** The lesson open before a reload: a shipped lesson's id, or a file's or link's whole text. */
export interface ActiveLessonRecord {
  id: string;
  docId: string;
  source: LessonSource;
  text?: string;
}

/** The lesson the learner had open when the page was last left, if it was working in document `docId`. */
export function readActiveLesson(docId: string): ActiveLessonRecord | undefined {
  const raw = readJson(ACTIVE_KEY);
  if (!raw || typeof raw !== 'object') return undefined;
  const { id, docId: doc, source, text } = raw as { id?: unknown; docId?: unknown; source?: unknown; text?: unknown };
  if (typeof id !== 'string' || doc !== docId) return undefined;
  return { id, docId, source: parseSource(source), ...(typeof text === 'string' ? { text } : {}) };
}

/**
 * Makes `lesson` the open lesson, working in document `docId` (already open in the editor), with its
 * saved progress when `resume` (else from the first step).
 */
export function activateLesson(editor: EditorStore, lesson: Lesson, source: LessonSource, docId: string, resume: boolean): void {
  const saved = resume ? savedProgress(lesson) : undefined;
  const active: ActiveLesson = { lesson, source, docId };
  teachingStoreFor(editor).setState({ active, progress: saved?.progress ?? startProgress(lesson), check: null });
  persist(editor);
  rememberActive(active);
}

/** Closes the lesson player's lesson (its progress stays saved). */
export function closeLesson(editor: EditorStore): void {
  teachingStoreFor(editor).setState({ active: null, progress: null, check: null });
  rememberActive(null);
}

function parseSource(value: unknown): LessonSource {
  if (value && typeof value === 'object') {
    const v = value as { kind?: unknown; name?: unknown };
    if (v.kind === 'file' && typeof v.name === 'string') return { kind: 'file', name: v.name };
    if (v.kind === 'link') return { kind: 'link' };
  }
  return { kind: 'shipped' };
}

/** Forgets the saved progress of `lesson`; the open lesson (if it is this one) starts over. */
export function resetLessonProgress(editor: EditorStore, lesson: Lesson): void {
  remove(PROGRESS_KEY(lesson.id));
  const store = teachingStoreFor(editor);
  if (store.getState().active?.lesson.id === lesson.id) {
    store.setState({ progress: startProgress(lesson), check: null });
    persist(editor);
  }
}

function setProgress(editor: EditorStore, progress: LessonProgress): void {
  const store = teachingStoreFor(editor);
  if (progress === store.getState().progress) return;
  const stepChanged = progress.stepIndex !== store.getState().progress?.stepIndex;
  store.setState(stepChanged ? { progress, check: null } : { progress });
  persist(editor);
}

/** Records that the current step's check passed (the learner then moves on with Next). */
export function markStepPassed(editor: EditorStore, stepId: string): void {
  const { active, progress } = teachingStoreFor(editor).getState();
  if (!active || !progress || progress.completed.includes(stepId)) return;
  if (!active.lesson.steps.some((s) => s.id === stepId)) return;
  setProgress(editor, { ...progress, completed: [...progress.completed, stepId] });
}

/** Whether Next may move on: the current step's check has passed (now or before). */
export function canStepForward(state: Pick<TeachingState, 'active' | 'progress'>): boolean {
  const { active, progress } = state;
  if (!active || !progress) return false;
  const step = active.lesson.steps[progress.stepIndex];
  return step !== undefined && progress.completed.includes(step.id);
}

/** Moves to the next step when the current one is done; returns whether it moved. */
export function stepForward(editor: EditorStore): boolean {
  const state = teachingStoreFor(editor).getState();
  if (!canStepForward(state)) return false;
  setProgress(editor, goToStep(state.active!.lesson, state.progress!, state.progress!.stepIndex + 1));
  return true;
}

/** Moves back one step (always allowed); returns whether it moved. */
export function stepBack(editor: EditorStore): boolean {
  const { active, progress } = teachingStoreFor(editor).getState();
  if (!active || !progress || progress.stepIndex === 0) return false;
  setProgress(editor, goToStep(active.lesson, progress, progress.stepIndex - 1));
  return true;
}

/** Jumps to a step already reached: one that is done, or the first one not done yet. */
export function goToLessonStep(editor: EditorStore, index: number): boolean {
  const { active, progress } = teachingStoreFor(editor).getState();
  if (!active || !progress) return false;
  const firstOpen = active.lesson.steps.findIndex((s) => !progress.completed.includes(s.id));
  const reachable = firstOpen < 0 ? active.lesson.steps.length : firstOpen;
  if (index < 0 || index > Math.max(reachable, progress.stepIndex)) return false;
  setProgress(editor, goToStep(active.lesson, progress, index));
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Model edits (one undo step each)

/**
 * Commits an apply-to-selection result (`applyToSelection` of the teaching core) as one undo step with a
 * success notice; returns the reason when it did not apply.
 */
export function commitApplied(editor: EditorStore, result: ApplyResult, label: string): true | string {
  if (!result.ok) return result.reason;
  const { commit, notify } = editor.getState();
  commit({ model: result.model, diff: result.diff }, label);
  notify({ tone: 'success', message: `${label}: done (undo with Ctrl/⌘+Z)` });
  return true;
}

/** Adds a gateway route, or edits the one with this prefix (its target, and its share when given). */
export function setGatewayRoute(editor: EditorStore, gatewayId: string, route: GatewayRoute, label = 'Edit route'): void {
  const { model, commit } = editor.getState();
  commit(setRoute(model, gatewayId, route), label);
}

/** Sends a route to another node: the Strangler Fig's move, one undo step. */
export function moveGatewayRoute(editor: EditorStore, gatewayId: string, prefix: string, to: string): void {
  const { model, commit } = editor.getState();
  commit(moveRoute(model, gatewayId, prefix, to), `Route ${prefix} to ${model.nodes.find((n) => n.id === to)?.name ?? to}`);
}

export function removeGatewayRoute(editor: EditorStore, gatewayId: string, prefix: string): void {
  const { model, commit } = editor.getState();
  commit(removeRoute(model, gatewayId, prefix), `Remove route ${prefix}`);
}

/** Replaces a gateway's whole route list (a changed prefix or share, a reorder) as one undo step. */
export function replaceGatewayRoutes(editor: EditorStore, gatewayId: string, routes: readonly GatewayRoute[], label: string): void {
  const { model, commit } = editor.getState();
  const node = model.nodes.find((n) => n.id === gatewayId);
  if (node?.kind !== 'gateway') return;
  commit(updateNode(model, gatewayId, { routes: routes.length > 0 ? routes.map((r) => ({ ...r })) : undefined }), label);
}
