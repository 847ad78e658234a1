/**
 * The lessons drawer: the shipped lessons (with the learner's progress), "Open lesson file…", lesson
 * links, and — once a lesson is started — its player. A broken lesson file or link never starts: its
 * errors, each with its JSON path (and line), show in the load-problem dialog.
 */
import { useEffect, useId } from 'react';
import {
  decodeLessonFragment,
  getLesson,
  isLessonComplete,
  LESSONS,
  loadLesson,
  progressFraction,
  type Lesson,
  type LessonLoadError,
} from '../../core/teaching/index.ts';
import { useEditorStore, useServices } from '../../store/StoreProvider.tsx';
import { activateLesson, readActiveLesson, savedProgress, useTeaching, useTeachingStore, type LessonSource } from '../../store/teaching.ts';
import { pickFile } from '../../ui/file-io.ts';
import { CapIcon, CheckIcon, FileIcon, PlayIcon } from './icons.tsx';
import { LessonPlayer } from './LessonPlayer.tsx';
import { startLesson } from './start-lesson.ts';
import './lessons.css';

export function LessonsPanel() {
  const store = useEditorStore();
  const services = useServices();
  const teaching = useTeachingStore();
  const active = useTeaching((s) => s.active);
  const progress = useTeaching((s) => s.progress);
  const link = useTeaching((s) => s.lessonLink);
  const headingId = useId();

  const showErrors = (title: string, errors: readonly LessonLoadError[]) => store.getState().setLoadProblem({ title, errors });

  // After a reload: the lesson the learner had open in this document comes back.
  useEffect(() => {
    if (teaching.getState().active) return;
    const record = readActiveLesson(store.getState().docId);
    if (!record) return;
    let lesson: Lesson | undefined;
    if (record.text !== undefined) {
      const loaded = loadLesson(record.text, { fileName: 'lesson.json' });
      lesson = loaded.ok ? loaded.lesson : undefined;
    } else lesson = getLesson(record.id);
    if (lesson) activateLesson(store, lesson, record.source, record.docId, true);
  }, [store, teaching]);

  // A lesson link (taken from the address at start-up, or pasted into it later).
  useEffect(() => {
    if (!link) return;
    teaching.getState().setLessonLink(null);
    const result = decodeLessonFragment(link);
    if (!result.ok) {
      showErrors('Could not open the lesson link', result.errors);
      return;
    }
    void start(result.lesson, { kind: 'link' }, true, result.warnings);
    // showErrors and start only read the store: the link is what this effect is about.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [link, teaching]);

  async function start(lesson: Lesson, source: LessonSource, resume: boolean, warnings: readonly string[] = []) {
    try {
      await startLesson(store, services, lesson, source, resume);
      if (warnings.length > 0) store.getState().notify({ tone: 'info', message: `The lesson opened with ${warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`}: ${warnings.join('; ')}` });
    } catch (error) {
      store.getState().notify({ tone: 'error', message: `The lesson could not start: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  const openFile = async () => {
    const file = await pickFile('.json,.yaml,.yml,application/json');
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      showErrors(`Could not read “${file.name}”`, [{ path: '(root)', message: error instanceof Error ? error.message : String(error) }]);
      return;
    }
    const result = loadLesson(text, { fileName: file.name });
    if (!result.ok) {
      showErrors(`“${file.name}” is not a lesson Faultline can open`, result.errors);
      return;
    }
    await start(result.lesson, { kind: 'file', name: file.name }, true, result.warnings);
  };

  return (
    <aside className={`lsn drawer${active ? ' is-playing' : ''}`} aria-labelledby={headingId} data-testid="lessons-panel">
      <header className="drawer__header">
        <CapIcon size={16} className="drawer__icon" />
        <h2 id={headingId}>Lessons</h2>
        <button type="button" className="tool-btn tool-btn--icon" aria-label="Close the lessons" title="Close" data-testid="lessons-close"
          onClick={() => teaching.getState().closeDrawer()}>×</button>
      </header>
      {active && progress ? (
        <LessonPlayer active={active} progress={progress} />
      ) : (
        <div className="lsn-list" data-testid="lesson-list">
          <p className="lsn-list__intro">Hands-on lessons: each opens its own model, and every step turns green when your diagram gets it right.</p>
          <ol className="lsn-items">
            {LESSONS.map((lesson, i) => <LessonItem key={lesson.id} lesson={lesson} index={i} onStart={(resume) => void start(lesson, { kind: 'shipped' }, resume)} />)}
          </ol>
          <div className="lsn-list__own">
            <button type="button" className="btn btn--secondary lsn-open" data-testid="lesson-open-file" onClick={() => void openFile()}>
              <FileIcon size={14} /> Open lesson file…
            </button>
            <p className="lsn-list__hint">Teachers write their own lessons as JSON or YAML files (format: <code>faultline-lesson</code>), or share them as links.</p>
          </div>
        </div>
      )}
    </aside>
  );
}

function LessonItem({ lesson, index, onStart }: { lesson: Lesson; index: number; onStart: (resume: boolean) => void }) {
  const saved = savedProgress(lesson);
  const fraction = saved ? progressFraction(lesson, saved.progress) : 0;
  const complete = saved ? isLessonComplete(lesson, saved.progress) : false;
  const started = saved !== undefined && (saved.progress.completed.length > 0 || saved.progress.stepIndex > 0);
  const doneSteps = Math.round(fraction * lesson.steps.length);
  return (
    <li className={`lsn-item${complete ? ' is-complete' : ''}`} data-testid={`lesson-item-${lesson.id}`}>
      <span className="lsn-item__num" aria-hidden="true">{complete ? <CheckIcon size={13} /> : index + 1}</span>
      <div className="lsn-item__body">
        <span className="lsn-item__title">{lesson.title}</span>
        <span className="lsn-item__summary">{lesson.summary}</span>
        <span className="lsn-item__meta">
          {lesson.steps.length} steps
          {started && !complete && <> · <strong>{doneSteps} done</strong></>}
          {complete && <> · <strong className="lsn-item__done">completed</strong></>}
        </span>
        {started && !complete && (
          <span className="lsn-meter lsn-meter--thin" aria-hidden="true"><span className="lsn-meter__bar" style={{ width: `${fraction * 100}%` }} /></span>
        )}
      </div>
      <button type="button" className={`btn ${started && !complete ? 'btn--primary' : 'btn--secondary'} lsn-item__start`}
        data-testid={`lesson-start-${lesson.id}`} onClick={() => onStart(true)}>
        <PlayIcon size={11} /> {complete ? 'Review' : started ? 'Continue' : 'Start'}
      </button>
    </li>
  );
}

export default LessonsPanel;
