/** The lessons Faultline ships, in the order a course would take them. */
import { cutByBusinessCapability } from './catalog/cut-by-business-capability.ts';
import { ownDatabase } from './catalog/own-database.ts';
import { sagaWithCompensations } from './catalog/saga-with-compensations.ts';
import { shouldThisBeMicroservices } from './catalog/should-this-be-microservices.ts';
import { stopTheCascade } from './catalog/stop-the-cascade.ts';
import { strangleTheMonolith } from './catalog/strangle-the-monolith.ts';
import { syncOrAsync } from './catalog/sync-or-async.ts';
import type { Lesson } from './schema.ts';

export const LESSONS: readonly Lesson[] = Object.freeze([
  shouldThisBeMicroservices,
  cutByBusinessCapability,
  strangleTheMonolith,
  ownDatabase,
  stopTheCascade,
  sagaWithCompensations,
  syncOrAsync,
]);

/** The shipped lesson with this id, if any. */
export function getLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
