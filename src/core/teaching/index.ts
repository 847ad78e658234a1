/**
 * Teaching: the pattern library, apply-to-selection, the lesson format with its check language, the
 * shipped lessons and the learner's progress. Pure; the lesson panel, the library panel and presenter
 * mode are shells over this. See README.md for the lesson file format.
 */
// Pattern library
export { PATTERNS, PATTERN_IDS, getPattern, searchPatterns, patternForRule, antiPatternForRule } from './patterns/library.ts';
export type { PatternEntry, PatternKind } from './patterns/types.ts';

// Apply to selection, and gateway route edits
export { APPLY_ACTIONS, getApplyAction, applyToSelection } from './apply/registry.ts';
export type { ApplyResult } from './apply/registry.ts';
export { APPLY_ACTION_IDS } from './apply/types.ts';
export type { ApplyAction, ApplyActionId, Selection } from './apply/types.ts';
export { setRoute, moveRoute, removeRoute, pruneRoutes } from './apply/routes.ts';
export { effectiveRouteShares } from './apply/route-shares.ts';

// Checks
export { evaluateCheck, evaluateChecks } from './checks/evaluate.ts';
export type { CheckContext, CheckResult } from './checks/context.ts';
export { describeCheck } from './checks/describe.ts';
export { forEachCheck, needsSimulation } from './checks/walk.ts';
export { checkSchema, CHECK_KEYS, LINK_POLICIES, DATA_OWNERSHIP, VERDICTS } from './checks/schema.ts';
export type { Check, LeafCheck, AllCheck, AnyCheck, NotCheck, Expectation, Range, LinkPolicy, DataOwnership } from './checks/schema.ts';
export { resolveNodes } from './refs.ts';
export type { NodeSelector } from './refs.ts';

// Lessons
export { LESSONS, getLesson } from './lessons/index.ts';
export { loadLesson, loadLessonLazy } from './lessons/load-lesson.ts';
export { loadLessonWith } from './lessons/load.ts';
export type { LoadLessonResult, LessonLoadError, LoadLessonOptions } from './lessons/load.ts';
export { serializeLesson, encodeLessonFragment, decodeLessonFragment } from './lessons/share.ts';
export { lessonSchema, LESSON_FORMAT, LESSON_VERSION } from './lessons/schema.ts';
export type { Lesson, LessonStep, LessonInput } from './lessons/schema.ts';
export { evaluateStep, evaluateLesson } from './lessons/evaluate-lesson.ts';
export type { StepResult } from './lessons/evaluate-lesson.ts';
export {
  startProgress,
  resetProgress,
  currentStep,
  completeStep,
  goToStep,
  isLessonComplete,
  progressFraction,
  restoreProgress,
} from './lessons/progress.ts';
export type { LessonProgress } from './lessons/progress.ts';
