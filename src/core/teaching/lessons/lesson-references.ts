/**
 * Cross-references a schema cannot see: a simulation check's entry points and fault targets should name
 * nodes of the start model. Only a warning — a lesson may simulate a node the learner is asked to add.
 */
import { forEachCheck } from '../checks/walk.ts';
import { resolveScenario } from '../checks/eval-simulation.ts';
import type { Lesson } from './schema.ts';

/** One warning per simulation check whose scenario names a node (or link) the start model lacks. */
export function scenarioReferenceWarnings(lesson: Lesson): string[] {
  const warnings: string[] = [];
  lesson.steps.forEach((step, i) => {
    forEachCheck(step.check, (check) => {
      if (!('simulation' in check)) return;
      const resolved = resolveScenario(lesson.start, check.simulation.scenario);
      if (!resolved.ok) warnings.push(`steps[${i}] (${step.id}): the simulation names “${resolved.missing}”, which the start model does not have; the learner must add it`);
    });
  });
  return warnings;
}
