import { useState } from 'react';
import { describeCheck, encodeLessonFragment, getPattern, type Check, type PatternEntry } from '../../core/teaching/index.ts';
import { openStoredDocument } from '../../store/document-actions.ts';
import { useEditor, useEditorStore, useServices } from '../../store/StoreProvider.tsx';
import {
  canStepForward,
  closeLesson,
  goToLessonStep,
  stepBack,
  stepForward,
  useTeaching,
  useTeachingStore,
  type ActiveLesson,
} from '../../store/teaching.ts';
import type { LessonProgress } from '../../core/teaching/index.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Markdown, MarkdownInline } from '../../ui/markdown/index.ts';
import { CheckCard } from './CheckCard.tsx';
import { BackIcon, BookIcon, BulbIcon, CheckIcon, LinkIcon, NextIcon, ResetIcon, TrophyIcon } from './icons.tsx';
import { restartLesson } from './start-lesson.ts';
import { useStepCheck } from './useStepCheck.ts';

/** The lesson being played: the current step's instructions, hints, live check, and Back / Next. */
export function LessonPlayer({ active, progress }: { active: ActiveLesson; progress: LessonProgress }) {
  const store = useEditorStore();
  const services = useServices();
  const teaching = useTeachingStore();
  const check = useTeaching((s) => s.check);
  const canNext = useTeaching(canStepForward);
  const docId = useEditor((s) => s.docId);
  const { lesson, source } = active;
  const step = lesson.steps[progress.stepIndex];
  const { onDemand, run, cancel } = useStepCheck(step);
  const [confirmReset, setConfirmReset] = useState(false);
  const done = new Set(progress.completed);
  const doneCount = lesson.steps.filter((s) => done.has(s.id)).length;
  const patterns = (lesson.patterns ?? []).map(getPattern).filter((p): p is PatternEntry => p !== undefined);
  const stepCheck = step && check?.stepId === step.id ? check : null;

  const copyLink = async () => {
    const link = `${window.location.origin}${window.location.pathname}#${encodeLessonFragment(lesson)}`;
    try {
      await navigator.clipboard.writeText(link);
      store.getState().notify({ tone: 'success', message: `Lesson link copied (${(link.length / 1024).toFixed(1)} KB): whoever opens it gets this lesson, nothing is uploaded` });
    } catch {
      store.getState().notify({ tone: 'error', message: 'The browser did not allow copying to the clipboard' });
    }
  };

  const backToModel = async () => {
    try {
      const doc = await services.documents?.get(active.docId);
      if (doc && (await openStoredDocument(store, doc))) return;
    } catch {
      // Fall through to the notice.
    }
    store.getState().notify({ tone: 'info', message: 'The lesson’s model is no longer saved; use “Reset progress” to start again on a fresh copy' });
  };

  return (
    <div className="lsn-player" data-testid="lesson-player" data-lesson={lesson.id}>
      <div className="lsn-player__bar">
        <button type="button" className="lsn-ghost" data-testid="lesson-close" onClick={() => closeLesson(store)} title="Back to the list (your progress is kept)">
          <BackIcon size={14} /> All lessons
        </button>
        <span className="lsn-player__spacer" />
        <button type="button" className="tool-btn tool-btn--icon lsn-icon-btn" aria-label="Copy a link to this lesson" title="Copy a link to this lesson (for your class)"
          data-testid="lesson-copy-link" onClick={() => void copyLink()}>
          <LinkIcon size={15} />
        </button>
        <button type="button" className="tool-btn tool-btn--icon lsn-icon-btn" aria-label="Reset progress" title="Reset progress…"
          data-testid="lesson-reset" onClick={() => setConfirmReset(true)}>
          <ResetIcon size={15} />
        </button>
      </div>

      <div className="lsn-player__scroll">
        <header className="lsn-player__head">
          <h3 className="lsn-player__title" data-testid="lesson-title">{lesson.title}</h3>
          {source.kind !== 'shipped' && (
            <p className="lsn-player__source">{source.kind === 'file' ? `From ${source.name}` : 'From a lesson link'}</p>
          )}
          <div className="lsn-meter" aria-label={`${doneCount} of ${lesson.steps.length} steps done`} data-testid="lesson-progress">
            <div className="lsn-meter__bar" style={{ width: `${(doneCount / lesson.steps.length) * 100}%` }} />
          </div>
          <ol className="lsn-steps" aria-label="Steps">
            {lesson.steps.map((s, i) => {
              const isDone = done.has(s.id);
              const current = i === progress.stepIndex;
              return (
                <li key={s.id}>
                  <button type="button" className={`lsn-pill${isDone ? ' is-done' : ''}${current ? ' is-current' : ''}`} aria-current={current ? 'step' : undefined}
                    title={`${i + 1}. ${s.title}${isDone ? ' (done)' : ''}`} data-testid={`lesson-step-pill-${i}`}
                    onClick={() => goToLessonStep(store, i)}>
                    {isDone ? <CheckIcon size={11} /> : i + 1}
                  </button>
                </li>
              );
            })}
          </ol>
        </header>

        {docId !== active.docId && (
          <div className="lsn-note" role="note" data-testid="lesson-other-model">
            <span>Another model is open: the checks now look at it.</span>
            <button type="button" className="lsn-link" onClick={() => void backToModel()}>Back to the lesson’s model</button>
          </div>
        )}

        {step ? (
          <section className="lsn-step" aria-labelledby="lesson-step-title" data-testid="lesson-step" data-step={step.id}>
            <p className="lsn-step__index" data-testid="lesson-step-index">Step {progress.stepIndex + 1} of {lesson.steps.length}</p>
            <h4 className="lsn-step__title" id="lesson-step-title" data-testid="lesson-step-title">{step.title}</h4>
            <Markdown source={step.instructions} headingBase={5} className="lsn-step__md" testId="lesson-instructions" />
            {step.hints && step.hints.length > 0 && <Hints key={step.id} hints={step.hints} />}
            <CheckCard description={headline(step.check)} check={stepCheck} onDemand={onDemand} doneBefore={done.has(step.id)}
              onRun={run} onCancel={cancel} />
          </section>
        ) : (
          <section className="lsn-finished" data-testid="lesson-complete">
            <TrophyIcon size={28} className="lsn-finished__icon" />
            <h4 className="lsn-step__title">Lesson complete</h4>
            <p>Every step of “{lesson.title}” passed. Keep the model: it is saved with your others under <em>Models</em>.</p>
          </section>
        )}

        {patterns.length > 0 && (
          <section className="lsn-learn" aria-label="Learn more">
            <h4 className="lsn-learn__title"><BookIcon size={13} /> In the pattern library</h4>
            <ul className="lsn-learn__list">
              {patterns.map((p) => (
                <li key={p.id}>
                  <button type="button" className={`lsn-chip lsn-chip--${p.kind}`} data-testid={`lesson-pattern-${p.id}`}
                    onClick={() => teaching.getState().requestLibrary({ entryId: p.id })}>{p.title}</button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>

      <footer className="lsn-player__foot">
        <button type="button" className="btn btn--secondary" data-testid="lesson-back" disabled={progress.stepIndex === 0} onClick={() => stepBack(store)}>
          <BackIcon size={14} /> Back
        </button>
        <span className="lsn-player__count" aria-hidden="true">{doneCount}/{lesson.steps.length}</span>
        {step ? (
          <button type="button" className="btn btn--primary" data-testid="lesson-next" disabled={!canNext} onClick={() => stepForward(store)}
            title={canNext ? undefined : 'Next unlocks when the check passes'}>
            {progress.stepIndex === lesson.steps.length - 1 ? 'Finish' : 'Next'} <NextIcon size={14} />
          </button>
        ) : (
          <button type="button" className="btn btn--primary" data-testid="lesson-done" onClick={() => closeLesson(store)}>All lessons</button>
        )}
      </footer>

      {confirmReset && (
        <Dialog title="Reset your progress?" tone="danger" onClose={() => setConfirmReset(false)} testId="lesson-reset-confirm"
          footer={<>
            <button type="button" className="btn btn--secondary" onClick={() => setConfirmReset(false)}>Cancel</button>
            <button type="button" className="btn btn--danger" data-testid="lesson-reset-yes" onClick={() => {
              setConfirmReset(false);
              void restartLesson(store, services, lesson, source);
            }}>Reset progress</button>
          </>}>
          <p className="dialog__text">
            “{lesson.title}” starts again from step 1 on a fresh copy of its starting model. The model you worked on stays
            under <em>Models</em>.
          </p>
        </Dialog>
      )}
    </div>
  );
}

/** What the check card says the check asks: its label; for an unlabelled all / any, a lead-in to its parts. */
function headline(check: Check): string {
  const label = (check as { label?: string }).label;
  if (label) return label;
  if ('all' in check && check.all.length > 1) return 'All of these:';
  if ('any' in check && check.any.length > 1) return 'Any one of these:';
  return describeCheck(check);
}

/** Hints, revealed one at a time. */
function Hints({ hints }: { hints: readonly string[] }) {
  const [shown, setShown] = useState(0);
  return (
    <div className="lsn-hints" data-testid="lesson-hints">
      {hints.slice(0, shown).map((hint, i) => (
        <p key={i} className="lsn-hint" data-testid="lesson-hint">
          <BulbIcon size={14} className="lsn-hint__icon" />
          <span><MarkdownInline source={hint} /></span>
        </p>
      ))}
      {shown < hints.length && (
        <button type="button" className="lsn-link" data-testid="lesson-hint-button" onClick={() => setShown((n) => n + 1)}>
          <BulbIcon size={13} /> {shown === 0 ? 'Show a hint' : 'Another hint'}{hints.length > 1 ? ` (${shown + 1} of ${hints.length})` : ''}
        </button>
      )}
    </div>
  );
}
