// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeLessonFragment, getLesson, type Lesson } from '../../core/teaching/index.ts';
import type { SyncLink } from '../../core/model/index.ts';
import { simulate } from '../../core/sim/index.ts';
import { editLink } from '../../store/actions.ts';
import { createEditorStore, type EditorStore } from '../../store/editor-store.ts';
import type { EditorServices } from '../../store/services.ts';
import { StoreProvider } from '../../store/StoreProvider.tsx';
import { savedProgress, setProgressStorage, teachingStoreFor, type ProgressStorage } from '../../store/teaching.ts';
import type { Simulator } from '../../workers/sim-client.ts';
import { LessonsPanel } from './LessonsPanel.tsx';
import type * as FileIo from '../../ui/file-io.ts';

const picked = vi.hoisted(() => ({ file: null as File | null }));
vi.mock('../../ui/file-io.ts', async (original) => ({
  ...(await original<typeof FileIo>()),
  pickFile: async () => picked.file,
}));

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

let storage: Map<string, string>;
beforeEach(() => {
  storage = new Map();
  const memory: ProgressStorage = {
    getItem: (key) => storage.get(key) ?? null,
    setItem: (key, value) => void storage.set(key, value),
    removeItem: (key) => void storage.delete(key),
  };
  setProgressStorage(memory);
});
afterEach(() => {
  cleanup();
  setProgressStorage(undefined);
});

const cascade = getLesson('stop-the-cascade')!;

/** A simulator that runs in-process, reporting progress like the worker, and counts its runs. */
function fakeSimulator(): Simulator & { runs: number } {
  const fake = {
    runs: 0,
    async run(model: Parameters<Simulator['run']>[0], scenario: Parameters<Simulator['run']>[1], opts: Parameters<Simulator['run']>[2] = {}) {
      fake.runs++;
      await Promise.resolve();
      opts.onProgress?.(0.5);
      return simulate(model, scenario);
    },
    dispose() {},
  };
  return fake;
}

function setup(simulator?: Simulator) {
  const store = createEditorStore();
  const services: EditorServices = {
    layout: { layout: async () => ({ positions: {}, groups: {} }) },
    documents: null,
    ...(simulator ? { simulator } : {}),
  };
  teachingStoreFor(store).getState().openDrawer('lessons');
  render(
    <StoreProvider store={store} services={services}>
      <LessonsPanel />
    </StoreProvider>,
  );
  return store;
}

async function start(store: EditorStore, lesson: Lesson) {
  const before = store.getState().docId;
  fireEvent.click(screen.getByTestId(`lesson-start-${lesson.id}`));
  await waitFor(() => expect(screen.getByTestId('lesson-player')).toBeTruthy());
  expect(store.getState().docId).not.toBe(before);
}

const status = () => screen.getByTestId('lesson-check').getAttribute('data-status');
const nextButton = () => screen.getByTestId<HTMLButtonElement>('lesson-next');
const orderToPayment = (store: EditorStore) => store.getState().model.links.find((l) => l.from === 'order-service' && l.to === 'payment-service') as SyncLink;

describe('LessonsPanel', () => {
  it('lists the shipped lessons', () => {
    setup();
    for (const id of ['should-this-be-microservices', 'stop-the-cascade', 'own-database']) expect(screen.getByTestId(`lesson-item-${id}`)).toBeTruthy();
    expect(screen.getByTestId('lesson-open-file')).toBeTruthy();
  });

  it('starting a lesson opens its start model as a new document and shows step 1 with its instructions', async () => {
    const store = setup();
    await start(store, cascade);
    expect(store.getState().model.name).toBe(cascade.start.name);
    expect(screen.getByTestId('lesson-title').textContent).toBe(cascade.title);
    expect(screen.getByTestId('lesson-step-index').textContent).toBe(`Step 1 of ${cascade.steps.length}`);
    expect(screen.getByTestId('lesson-step-title').textContent).toBe(cascade.steps[0]!.title);
    // Instructions are Markdown: **bold** becomes <strong>.
    expect(screen.getByTestId('lesson-instructions').querySelector('strong')?.textContent).toBe('payment-service hang');
  });

  it('a step turns green after the scripted edit; Next unlocks; progress is saved', async () => {
    const store = setup();
    await start(store, cascade);
    await waitFor(() => expect(status()).toBe('failed'));
    expect(screen.getByTestId('lesson-check-status').textContent).toBe('Not yet');
    expect(nextButton().disabled).toBe(true);

    act(() => editLink(store, orderToPayment(store).id, { timeoutMs: 5_000 }, 'Edit timeout'));
    await waitFor(() => expect(status()).toBe('passed'));
    expect(screen.getByTestId('lesson-check-status').textContent).toBe('Done');
    expect(nextButton().disabled).toBe(false);
    expect(savedProgress(cascade)?.progress.completed).toEqual(['add-a-timeout']);

    fireEvent.click(nextButton());
    expect(screen.getByTestId('lesson-step-title').textContent).toBe(cascade.steps[1]!.title);
    expect(savedProgress(cascade)?.progress.stepIndex).toBe(1);
    await waitFor(() => expect(status()).toBe('failed'));
    // Back is always allowed, and a step done earlier stays done.
    fireEvent.click(screen.getByTestId('lesson-back'));
    await waitFor(() => expect(status()).toBe('passed'));
    expect(nextButton().disabled).toBe(false);
  });

  it('hints are revealed one at a time', async () => {
    const store = setup();
    await start(store, cascade);
    act(() => editLink(store, orderToPayment(store).id, { timeoutMs: 5_000 }, 'Edit timeout'));
    await waitFor(() => expect(nextButton().disabled).toBe(false));
    fireEvent.click(nextButton());
    expect(screen.queryAllByTestId('lesson-hint')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('lesson-hint-button'));
    expect(screen.getAllByTestId('lesson-hint')).toHaveLength(1);
    expect(screen.queryByTestId('lesson-hint-button')).toBeNull(); // this step has one hint
  });

  it('a simulation check runs on demand, off the main thread, with progress; the model changing makes it out of date', async () => {
    const simulator = fakeSimulator();
    const store = setup(simulator);
    await start(store, cascade);
    // Steps 1 and 2 by script, then the fallback step.
    act(() => editLink(store, orderToPayment(store).id, { timeoutMs: 5_000 }, 'Edit timeout'));
    await waitFor(() => expect(nextButton().disabled).toBe(false));
    fireEvent.click(nextButton());
    act(() => editLink(store, orderToPayment(store).id, { circuitBreaker: { failureThreshold: 5, recoveryTimeoutMs: 30_000, successThreshold: 2 } }, 'Add breaker'));
    await waitFor(() => expect(nextButton().disabled).toBe(false));
    fireEvent.click(nextButton());

    expect(status()).toBe('idle');
    expect(simulator.runs).toBe(0);
    fireEvent.click(screen.getByTestId('lesson-run-check'));
    await waitFor(() => expect(status()).toBe('failed'));
    expect(simulator.runs).toBe(1);
    expect(screen.getByTestId('lesson-check-detail').textContent).toMatch(/success ratio/);

    act(() => editLink(store, orderToPayment(store).id, { fallback: 'accept the order, charge later' }, 'Add fallback'));
    await waitFor(() => expect(status()).toBe('idle'));
    expect(screen.getByTestId('lesson-check').textContent).toContain('The model changed since the last check.');
    fireEvent.click(screen.getByTestId('lesson-run-check'));
    await waitFor(() => expect(status()).toBe('passed'));
    expect(simulator.runs).toBe(2);
    fireEvent.click(nextButton());
    expect(screen.getByTestId('lesson-complete')).toBeTruthy();
    expect(savedProgress(cascade)?.progress.completed).toHaveLength(3);
  });

  it('without a worker the simulation check runs in-process', async () => {
    const store = setup();
    await start(store, cascade);
    act(() => teachingStoreFor(store).setState({ progress: { lessonId: cascade.id, stepIndex: 2, completed: ['add-a-timeout', 'add-a-breaker'] } }));
    fireEvent.click(screen.getByTestId('lesson-run-check'));
    expect(status()).toBe('checking');
    await waitFor(() => expect(status()).toBe('failed'));
  });

  it('reset progress asks first, then starts over on a fresh copy of the start model', async () => {
    const store = setup();
    await start(store, cascade);
    act(() => editLink(store, orderToPayment(store).id, { timeoutMs: 5_000 }, 'Edit timeout'));
    await waitFor(() => expect(nextButton().disabled).toBe(false));
    fireEvent.click(nextButton());
    const docBefore = store.getState().docId;

    fireEvent.click(screen.getByTestId('lesson-reset'));
    fireEvent.click(within(screen.getByTestId('lesson-reset-confirm')).getByText('Cancel'));
    expect(savedProgress(cascade)?.progress.stepIndex).toBe(1);

    fireEvent.click(screen.getByTestId('lesson-reset'));
    fireEvent.click(screen.getByTestId('lesson-reset-yes'));
    await waitFor(() => expect(store.getState().docId).not.toBe(docBefore));
    expect(screen.getByTestId('lesson-step-index').textContent).toBe(`Step 1 of ${cascade.steps.length}`);
    expect(savedProgress(cascade)?.progress).toEqual({ lessonId: cascade.id, stepIndex: 0, completed: [] });
    expect(orderToPayment(store).timeoutMs).toBeUndefined();
  });

  it('continuing a lesson restores its progress; the list shows it', async () => {
    const store = setup();
    await start(store, cascade);
    act(() => editLink(store, orderToPayment(store).id, { timeoutMs: 5_000 }, 'Edit timeout'));
    await waitFor(() => expect(nextButton().disabled).toBe(false));
    fireEvent.click(screen.getByTestId('lesson-close'));
    const item = screen.getByTestId('lesson-item-stop-the-cascade');
    expect(item.textContent).toContain('1 done');
    expect(within(item).getByTestId('lesson-start-stop-the-cascade').textContent).toContain('Continue');
    fireEvent.click(within(item).getByTestId('lesson-start-stop-the-cascade'));
    await waitFor(() => expect(screen.getByTestId('lesson-player')).toBeTruthy());
    expect(screen.getByTestId('lesson-step-pill-0').className).toContain('is-done');
  });

  it('opens a lesson from a link; a broken link shows its errors with their paths and starts nothing', async () => {
    const store = setup();
    const custom: Lesson = { ...cascade, id: 'my-cascade', title: 'My cascade' };
    act(() => teachingStoreFor(store).getState().setLessonLink(encodeLessonFragment(custom)));
    await waitFor(() => expect(screen.getByTestId('lesson-title').textContent).toBe('My cascade'));
    expect(teachingStoreFor(store).getState().active?.source).toEqual({ kind: 'link' });
    fireEvent.click(screen.getByTestId('lesson-close'));

    const broken = { ...custom, steps: [{ ...custom.steps[0]!, check: { findings: { rule: 'shared-database' } } }] };
    const LZString = (await import('lz-string')).default;
    act(() => teachingStoreFor(store).getState().setLessonLink(`lesson=${LZString.compressToEncodedURIComponent(JSON.stringify(broken))}`));
    await waitFor(() => expect(store.getState().loadProblem).not.toBeNull());
    const problem = store.getState().loadProblem!;
    expect(problem.title).toBe('Could not open the lesson link');
    expect(problem.errors[0]?.path).toMatch(/^steps\[0\]\.check/);
    expect(teachingStoreFor(store).getState().active).toBeNull();
  });

  it('the lesson’s patterns open in the library', async () => {
    const store = setup();
    await start(store, cascade);
    fireEvent.click(screen.getByTestId('lesson-pattern-circuit-breaker'));
    expect(teachingStoreFor(store).getState()).toMatchObject({ drawer: 'library', libraryRequest: { entryId: 'circuit-breaker' } });
  });

  it('opens a lesson file; a broken one shows its errors with path and line, and starts nothing', async () => {
    const store = setup();
    const yaml = [
      'format: faultline-lesson',
      'version: 1',
      'id: my-yaml-lesson',
      'title: From YAML',
      'summary: A lesson written by hand.',
      `start: ${JSON.stringify(cascade.start)}`,
      'steps:',
      '  - id: one',
      '    title: One',
      '    instructions: Add a **timeout**.',
      '    check:',
      '      link: { from: order-service, to: payment-service, has: [timeout] }',
    ].join('\n');
    picked.file = new File([yaml], 'mine.yaml');
    fireEvent.click(screen.getByTestId('lesson-open-file'));
    await waitFor(() => expect(screen.getByTestId('lesson-title').textContent).toBe('From YAML'));
    expect(teachingStoreFor(store).getState().active?.source).toEqual({ kind: 'file', name: 'mine.yaml' });
    fireEvent.click(screen.getByTestId('lesson-close'));

    picked.file = new File([yaml.replace('link: {', 'links: {')], 'broken.yaml');
    fireEvent.click(screen.getByTestId('lesson-open-file'));
    await waitFor(() => expect(store.getState().loadProblem).not.toBeNull());
    const problem = store.getState().loadProblem!;
    expect(problem.title).toContain('broken.yaml');
    expect(problem.errors[0]).toMatchObject({ path: expect.stringMatching(/^steps\[0\]\.check/), line: 12 });
    expect(teachingStoreFor(store).getState().active).toBeNull();
  });
});
